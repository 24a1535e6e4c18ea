import DescriptionIcon from '@mui/icons-material/Description';
import type { RaRecord } from 'react-admin';
import { ukDate } from '../../../common/fields';
import { PlanCreate } from './PlanCreate';
import { PlanEdit } from './PlanEdit';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';

export default {
  name: 'Plan',
  list: PlanList,
  show: PlanShow,
  edit: PlanEdit,
  create: PlanCreate,
  icon: DescriptionIcon,
  recordRepresentation: (record: RaRecord) =>
    `Plan requested ${record.requestDate ? ukDate(String(record.requestDate)) : ''}`.trim(),
};
