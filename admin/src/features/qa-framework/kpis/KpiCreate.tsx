import { RecordCreate } from '../../../common/pages';
import { KpiFormFields } from './KpiForm';

export const KpiCreate = () => (
  <RecordCreate
    title="New KPI"
    defaultValues={{ unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', frequency: 'MONTHLY', source: 'MANUAL', amberTolerance: 5, milestoneTargets: [] }}
    inLocalAuthority
  >
    <KpiFormFields isCreate />
  </RecordCreate>
);
