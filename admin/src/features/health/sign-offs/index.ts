import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { RaRecord } from 'react-admin';
import { ukDate } from '../../../common/fields';
import { HealthSignOffCreate } from './HealthSignOffCreate';
import { HealthSignOffList } from './HealthSignOffList';
import { HealthSignOffShow } from './HealthSignOffShow';

export default {
  name: 'HealthSignOff',
  list: HealthSignOffList,
  show: HealthSignOffShow,
  create: HealthSignOffCreate,
  icon: FactCheckIcon,
  options: { label: 'Health sign-offs' },
  recordRepresentation: (record: RaRecord) => `Health sign-off asked ${record.requestedOn ? ukDate(String(record.requestedOn)) : ''}`.trim(),
};
