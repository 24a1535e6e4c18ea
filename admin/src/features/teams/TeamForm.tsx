import { Box } from '@mui/material';
import { Labeled, ReferenceField, SelectInput, TextField, TextInput, maxLength, required } from 'react-admin';
import { teamKindChoices } from '../../common/choices';
import { LocalAuthorityInput } from '../../common/inputs';

export const TeamFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    {isCreate ? (
      <Box sx={{ minWidth: 320 }}>
        <LocalAuthorityInput />
      </Box>
    ) : (
      <Labeled label="Local authority">
        <ReferenceField source="localAuthority.id" reference="LocalAuthority" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </Labeled>
    )}
    <TextInput source="name" label="Name" validate={[required(), maxLength(200)]} fullWidth />
    <SelectInput source="kind" label="Kind" choices={teamKindChoices} validate={required()} sx={{ minWidth: 320 }} />
  </>
);
