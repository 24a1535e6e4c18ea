import ScheduleIcon from '@mui/icons-material/Schedule';
import type { RaRecord } from 'react-admin';
import { ukDate } from '../../../common/fields';
import { PartTimeTimetableCreate } from './PartTimeTimetableCreate';
import { PartTimeTimetableEdit } from './PartTimeTimetableEdit';
import { PartTimeTimetableList } from './PartTimeTimetableList';
import { PartTimeTimetableShow } from './PartTimeTimetableShow';

export { PartTimeFigures } from './PartTimeFigures';
export { PartTimeReturns } from './PartTimeReturns';

export default {
  name: 'PartTimeTimetable',
  options: { label: 'Part-time timetables' },
  list: PartTimeTimetableList,
  show: PartTimeTimetableShow,
  edit: PartTimeTimetableEdit,
  create: PartTimeTimetableCreate,
  icon: ScheduleIcon,
  recordRepresentation: (record: RaRecord) => `Part-time timetable from ${record.startDate ? ukDate(String(record.startDate)) : ''}`.trim(),
};
