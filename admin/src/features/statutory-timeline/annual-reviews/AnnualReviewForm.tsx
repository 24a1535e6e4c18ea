import { DateInput, FormDataConsumer, NullableBooleanInput, SelectInput, TextInput, required } from 'react-admin';
import { annualReviewDecisionChoices } from '../../../common/choices';
import { FormRow, PlanInput } from '../../../common/inputs';
import { RecordCreate, RecordEdit } from '../../../common/pages';

/** The steps after the meeting: the decision within 4 weeks, then an amendment or the reason to cease. */
const DecisionSteps = () => (
  <FormDataConsumer<{ decision?: string | null }>>
    {({ formData: { decision } }) => (
      <>
      <FormRow columns={2}>
        <SelectInput source="decision" label="Decision" choices={annualReviewDecisionChoices} emptyText="Not yet decided" helperText="Due within 4 weeks of the meeting" />
        <DateInput source="decisionDate" label="Decision sent" />
      </FormRow>
      {decision === 'AMEND' && (
        <FormRow columns={2}>
          <DateInput source="amendmentNoticeOn" label="Amendment notice sent" helperText="The proposed amendments, to the family" />
          <DateInput source="amendedPlanOn" label="Final amended plan issued" helperText="Due within 12 weeks of the meeting" />
        </FormRow>
      )}
      {decision === 'CEASE' && <TextInput source="ceaseReason" label="Why the plan is to cease" multiline fullWidth validate={required()} />}
      </>
    )}
  </FormDataConsumer>
);

const Fields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    {isCreate && <PlanInput filter={{ status: 'FINAL' }} helperText="Only issued plans are reviewed" />}
    <FormRow columns={2}>
      <DateInput source="meetingDate" label="Meeting" validate={required()} />
      <NullableBooleanInput source="healthCheckDiscussed" label="Annual health check discussed" />
    </FormRow>
    <DecisionSteps />
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
