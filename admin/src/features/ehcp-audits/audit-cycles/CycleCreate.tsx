import { RecordCreate } from '../../../common/pages';
import { cycleKindsRun } from '../../../common/permissions';
import { CycleFormFields } from './CycleForm';

export const CycleCreate = () => (
  <RecordCreate
    title="New audit cycle"
    defaultValues={{ kind: cycleKindsRun()[0], stratifyBy: ['TEAM', 'PHASE', 'PRIMARY_NEED'], reauditBelowGood: true, excludeAuditedInLastCycles: 2, sampleSize: 30 }}
    inLocalAuthority
  >
    <CycleFormFields isCreate />
  </RecordCreate>
);
