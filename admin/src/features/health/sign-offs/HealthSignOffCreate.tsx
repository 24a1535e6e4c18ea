import { DateInput } from 'react-admin';
import { FormRow, PlanInput } from '../../../common/inputs';
import { RecordCreate } from '../../../common/pages';

export const HealthSignOffCreate = () => (
  <RecordCreate title="Ask the DCO to sign off health sections">
    <FormRow columns={2}>
      <PlanInput />
      <DateInput source="requestedOn" label="Asked on" helperText="Today if left empty" />
    </FormRow>
  </RecordCreate>
);
