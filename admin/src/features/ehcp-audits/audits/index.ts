import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { RaRecord } from 'react-admin';
import { choiceName, auditStatusChoices } from '../../../common/choices';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

export { MyAudits } from './MyAudits';
export { ScoreAudit } from './ScoreAudit';

export default {
  name: 'Audit',
  options: { label: 'Audits' },
  list: AuditList,
  show: AuditShow,
  icon: FactCheckIcon,
  recordRepresentation: (record: RaRecord) => `Audit (${choiceName(auditStatusChoices, record.status)})`,
};
