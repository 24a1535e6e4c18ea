import { RecordCreate } from '../../../common/pages';
import { PartTimeTimetableFormFields } from './PartTimeTimetableForm';

export const PartTimeTimetableCreate = () => (
  <RecordCreate title="New part-time timetable" inLocalAuthority defaultValues={{ senStatus: 'SEN_SUPPORT', hasSocialWorker: false }}>
    <PartTimeTimetableFormFields isCreate />
  </RecordCreate>
);
