import { RecordCreate } from '../../common/pages';
import { CycleFormFields } from './CycleForm';

export const CycleCreate = () => (
  <RecordCreate
    title="New audit cycle"
    defaultValues={{ kind: 'EHCP_AUDIT', stratifyBy: ['TEAM', 'PHASE', 'PRIMARY_NEED'], reauditBelowGood: true, excludeAuditedInLastCycles: 2 }}
    inLocalAuthority
  >
    <CycleFormFields isCreate />
  </RecordCreate>
);
