import { RecordCreate } from '../../../common/pages';
import { ChildFormFields } from './ChildForm';

export const ChildCreate = () => (
  <RecordCreate title="New child record" defaultValues={{ complexHealthNeeds: false, lookedAfter: false }} inLocalAuthority>
    <ChildFormFields isCreate />
  </RecordCreate>
);
