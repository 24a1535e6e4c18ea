import { Edit, SimpleForm, TextInput, maxLength, regex, required } from 'react-admin';
import { LocalAuthorityTitle } from './LocalAuthorityShow';

export const LocalAuthorityEdit = () => (
  <Edit title={<LocalAuthorityTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 1040 }} warnWhenUnsavedChanges>
      <TextInput source="name" label="Name" validate={[required(), maxLength(200)]} sx={{ minWidth: 360 }} />
      <TextInput
        source="code"
        label="DfE code"
        validate={[required(), regex(/^\d{3}$/, 'The DfE code is three digits')]}
        helperText="The three-digit local authority code, e.g. 873"
      />
    </SimpleForm>
  </Edit>
);
