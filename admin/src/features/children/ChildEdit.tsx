import { Edit, SimpleForm } from 'react-admin';
import { ChildFormFields, validateChild } from './ChildForm';
import { ChildTitle } from './ChildShow';

export const ChildEdit = () => (
  <Edit title={<ChildTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 1040 }} validate={validateChild} warnWhenUnsavedChanges>
      <ChildFormFields isCreate={false} />
    </SimpleForm>
  </Edit>
);
