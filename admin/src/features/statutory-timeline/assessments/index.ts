import AssignmentIcon from '@mui/icons-material/Assignment';
import type { RaRecord } from 'react-admin';
import { ukDate } from '../../../common/fields';
import { AssessmentCreate, AssessmentEdit } from './AssessmentForm';
import { AssessmentList } from './AssessmentList';
import { AssessmentShow } from './AssessmentShow';

/** EHC needs assessments and plans transferred in, step by step against their deadlines. */
export default {
  name: 'AssessmentRequest',
  list: AssessmentList,
  show: AssessmentShow,
  edit: AssessmentEdit,
  create: AssessmentCreate,
  icon: AssignmentIcon,
  options: { label: 'Assessments' },
  recordRepresentation: (record: RaRecord) =>
    `${record.kind === 'TRANSFER_IN' ? 'Transfer in' : 'Assessment request'} ${record.receivedOn ? ukDate(String(record.receivedOn)) : ''}`.trim(),
};
