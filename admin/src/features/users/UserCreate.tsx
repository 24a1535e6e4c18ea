import { Create, SimpleForm } from 'react-admin';
import { UserFormFields } from './UserForm';

export const UserCreate = () => (
  <Create title="New user" redirect="show">
    <SimpleForm sx={{ maxWidth: 1040 }} defaultValues={{ roles: ['VIEWER'], localAuthoritiesIds: [] }}>
      <UserFormFields isCreate />
    </SimpleForm>
  </Create>
);
