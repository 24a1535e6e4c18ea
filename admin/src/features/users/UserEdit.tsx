import { Edit, SimpleForm } from 'react-admin';
import { UserFormFields } from './UserForm';
import { UserTitle } from './UserShow';

export const UserEdit = () => (
  <Edit title={<UserTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 1040 }} warnWhenUnsavedChanges>
      <UserFormFields isCreate={false} />
    </SimpleForm>
  </Edit>
);
