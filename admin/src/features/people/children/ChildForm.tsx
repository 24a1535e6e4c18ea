import { BooleanInput, DateInput, SelectInput, TextInput, required } from 'react-admin';
import { primaryNeedChoices, sexChoices } from '../../../common/choices';
import { FormRow, LocalAuthorityInput } from '../../../common/inputs';

// The form of a case reference and the age range are the API's rules; its errors show under the inputs.
export const ChildFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <LocalAuthorityInput isCreate={isCreate} />
    <FormRow>
      <TextInput source="caseReference" label="Case reference" validate={required()} helperText="The council's reference; never a name" />
      <DateInput source="dateOfBirth" label="Date of birth" validate={required()} />
      <SelectInput source="sex" label="Sex" choices={sexChoices} validate={required()} />
    </FormRow>
    <SelectInput source="primaryNeed" label="Primary need (SEN2)" choices={primaryNeedChoices} validate={required()} sx={{ minWidth: 320 }} />
    <BooleanInput source="complexHealthNeeds" label="Complex health needs" helperText="The DCO's deep dives sample these" />
    <BooleanInput source="lookedAfter" label="Looked after (a child in care)" />
  </>
);
