import { DateInput, NullableBooleanInput, required } from 'react-admin';
import { FormRow, PlanInput } from '../../../common/inputs';
import { RecordCreate, RecordEdit } from '../../../common/pages';

const Fields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    {isCreate && <PlanInput filter={{ status: 'FINAL' }} helperText="Only issued plans are reviewed" />}
    <FormRow columns={3}>
      <DateInput source="meetingDate" label="Meeting" validate={required()} />
      <DateInput source="decisionDate" label="Decision" />
      <NullableBooleanInput source="healthCheckDiscussed" label="Annual health check discussed" />
    </FormRow>
  </>
);

export const AnnualReviewCreate = () => (
  <RecordCreate title="New annual review">
    <Fields isCreate />
  </RecordCreate>
);

export const AnnualReviewEdit = () => (
  <RecordEdit>
    <Fields isCreate={false} />
  </RecordEdit>
);
