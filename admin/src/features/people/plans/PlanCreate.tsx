import { RecordCreate } from '../../../common/pages';
import { PlanFormFields } from './PlanForm';

export const PlanCreate = () => (
  <RecordCreate title="New plan" defaultValues={{ status: 'DRAFT' }}>
    <PlanFormFields isCreate />
  </RecordCreate>
);
