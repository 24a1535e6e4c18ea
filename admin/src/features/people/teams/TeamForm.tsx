import { SelectInput, TextInput, required } from 'react-admin';
import { teamKindChoices } from '../../../common/choices';
import { LocalAuthorityInput } from '../../../common/inputs';

export const TeamFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <LocalAuthorityInput isCreate={isCreate} />
    <TextInput source="name" label="Name" validate={required()} fullWidth />
    <SelectInput source="kind" label="Kind" choices={teamKindChoices} validate={required()} sx={{ minWidth: 320 }} />
  </>
);
