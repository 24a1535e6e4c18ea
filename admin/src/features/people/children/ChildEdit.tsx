import { RecordEdit } from '../../../common/pages';
import { ChildFormFields } from './ChildForm';

export const ChildEdit = () => (
  <RecordEdit>
    <ChildFormFields isCreate={false} />
  </RecordEdit>
);
