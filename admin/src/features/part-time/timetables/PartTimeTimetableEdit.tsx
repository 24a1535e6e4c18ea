import { RecordEdit } from '../../../common/pages';
import { PartTimeTimetableFormFields } from './PartTimeTimetableForm';

export const PartTimeTimetableEdit = () => (
  <RecordEdit>
    <PartTimeTimetableFormFields isCreate={false} />
  </RecordEdit>
);
