import { RecordEdit } from '../../../common/pages';
import { PlanFormFields } from './PlanForm';
import { PlanTitle } from './PlanTitle';

export const PlanEdit = () => (
  <RecordEdit title={<PlanTitle />}>
    <PlanFormFields isCreate={false} />
  </RecordEdit>
);
