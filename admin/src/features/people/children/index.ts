import ChildCareIcon from '@mui/icons-material/ChildCare';
import type { RaRecord } from 'react-admin';
import { ChildCreate } from './ChildCreate';
import { ChildEdit } from './ChildEdit';
import { ChildList } from './ChildList';
import { ChildShow } from './ChildShow';

export default {
  name: 'Child',
  list: ChildList,
  show: ChildShow,
  edit: ChildEdit,
  create: ChildCreate,
  icon: ChildCareIcon,
  recordRepresentation: (record: RaRecord) => String(record.caseReference ?? record.id),
};
