import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import type { RaRecord } from 'react-admin';
import { ukDate } from '../../../common/fields';
import { HealthAdviceCreate } from './HealthAdviceCreate';
import { HealthAdviceEdit } from './HealthAdviceEdit';
import { HealthAdviceList } from './HealthAdviceList';
import { HealthAdviceShow } from './HealthAdviceShow';

export default {
  name: 'AdviceRequest',
  list: HealthAdviceList,
  show: HealthAdviceShow,
  edit: HealthAdviceEdit,
  create: HealthAdviceCreate,
  icon: LocalHospitalIcon,
  options: { label: 'Health advice' },
  recordRepresentation: (record: RaRecord) => `Health advice requested ${record.requestedOn ? ukDate(String(record.requestedOn)) : ''}`.trim(),
};
