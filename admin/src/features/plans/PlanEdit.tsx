import { Edit, SimpleForm } from 'react-admin';
import { PlanFormFields, validatePlan } from './PlanForm';
import { PlanTitle } from './PlanShow';

export const PlanEdit = () => (
  <Edit title={<PlanTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 1040 }} validate={validatePlan} warnWhenUnsavedChanges>
      <PlanFormFields isCreate={false} />
    </SimpleForm>
  </Edit>
);
