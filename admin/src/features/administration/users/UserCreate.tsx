import { RecordCreate } from '../../../common/pages';
import { UserFormFields } from './UserForm';

export const UserCreate = () => (
  <RecordCreate title="New user" defaultValues={{ roles: ['VIEWER'], localAuthoritiesIds: [] }}>
    <UserFormFields isCreate />
  </RecordCreate>
);
