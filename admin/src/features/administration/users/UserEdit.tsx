import { RecordEdit } from '../../../common/pages';
import { UserFormFields } from './UserForm';

export const UserEdit = () => (
  <RecordEdit>
    <UserFormFields isCreate={false} />
  </RecordEdit>
);
