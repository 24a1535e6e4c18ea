import { RecordCreate, RecordEdit } from '../../common/pages';
import { ActionFormFields } from './ActionForm';

export const ActionCreate = () => (
  <RecordCreate title="New follow-up action">
    <ActionFormFields isCreate />
  </RecordCreate>
);

export const ActionEdit = () => (
  <RecordEdit>
    <ActionFormFields isCreate={false} />
  </RecordEdit>
);
