import { RecordEdit } from '../../../common/pages';
import { CycleFormFields } from './CycleForm';

export const CycleEdit = () => (
  <RecordEdit>
    <CycleFormFields isCreate={false} />
  </RecordEdit>
);
