import { Create, SimpleForm } from 'react-admin';
import { PlanFormFields, validatePlan } from './PlanForm';

export const PlanCreate = () => (
  <Create title="New plan" redirect="show">
    <SimpleForm sx={{ maxWidth: 1040 }} validate={validatePlan} defaultValues={{ status: 'DRAFT' }}>
      <PlanFormFields isCreate />
    </SimpleForm>
  </Create>
);
