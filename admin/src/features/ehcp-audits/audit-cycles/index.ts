import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import type { RaRecord } from 'react-admin';
import { CycleCreate } from './CycleCreate';
import { CycleEdit } from './CycleEdit';
import { CycleList } from './CycleList';
import { CycleShow } from './CycleShow';

export default {
  name: 'AuditCycle',
  options: { label: 'Audit cycles' },
  list: CycleList,
  show: CycleShow,
  edit: CycleEdit,
  create: CycleCreate,
  icon: EventRepeatIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? ''),
};
