import InsightsIcon from '@mui/icons-material/Insights';
import type { RaRecord } from 'react-admin';
import { KpiCreate } from './KpiCreate';
import { KpiEdit } from './KpiEdit';
import { KpiList } from './KpiList';
import { KpiShow } from './KpiShow';

export default {
  name: 'Kpi',
  list: KpiList,
  show: KpiShow,
  edit: KpiEdit,
  create: KpiCreate,
  icon: InsightsIcon,
  options: { label: 'KPIs' },
  recordRepresentation: (record: RaRecord) => `${String(record.code)} ${String(record.name)}`,
};
