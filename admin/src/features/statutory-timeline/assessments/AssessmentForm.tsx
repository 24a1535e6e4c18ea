import { DateInput, FormDataConsumer, Labeled, SelectField, SelectInput, TextInput, required } from 'react-admin';
import { assessmentDecisionChoices, assessmentKindChoices, assessmentOutcomeChoices, timescaleExceptionChoices } from '../../../common/choices';
import { SectionTitle } from '../../../common/fields';
import { CaseworkTeamInput, ChildInput, FormRow, PlanInput } from '../../../common/inputs';
import { RecordCreate, RecordEdit } from '../../../common/pages';

/*
 * Each step's date with the exception, if any, that lifted its time limit. Which exceptions a step allows, and the
 * order the steps must come in, the API judges (statutory-timeline/rules.ts) and names the field when it refuses.
 */

const RequestSteps = () => (
  <>
    <SectionTitle>Decision whether to assess (6 weeks)</SectionTitle>
    <FormRow columns={3}>
      <SelectInput source="decision" label="Decision" choices={assessmentDecisionChoices} emptyText="Not yet decided" />
      <DateInput source="decisionOn" label="Decision sent" />
      <SelectInput source="decisionException" label="Exception to the 6 weeks" choices={timescaleExceptionChoices} emptyText="None" />
    </FormRow>
    <SectionTitle>Outcome (16 weeks not to issue, 20 weeks to issue)</SectionTitle>
    <FormRow columns={2}>
      <DateInput source="draftOn" label="Draft plan sent to the family" />
      <DateInput source="withdrawnOn" label="Request withdrawn" />
    </FormRow>
    <FormRow columns={3}>
      <SelectInput source="outcome" label="Outcome" choices={assessmentOutcomeChoices} emptyText="No outcome yet" />
      <DateInput source="outcomeOn" label="Final plan issued, or decision not to issue sent" />
      <SelectInput source="outcomeException" label="Exception to the 16 or 20 weeks" choices={timescaleExceptionChoices} emptyText="None" />
    </FormRow>
  </>
);

const TransferSteps = () => (
  <>
    <SectionTitle>The plan transferred in</SectionTitle>
    <FormRow columns={3}>
      <TextInput source="previousAuthority" label="Authority it came from" />
      <DateInput source="previousReviewOn" label="Its last review there" helperText="None: the plan's own date counts" />
      <DateInput source="transferNoticeOn" label="Family told of the transfer" helperText="Due within 6 weeks" />
    </FormRow>
  </>
);

const Fields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <FormRow columns={2}>
      <ChildInput isCreate={isCreate} />
      {isCreate ? (
        <SelectInput source="kind" label="Kind" choices={assessmentKindChoices} validate={required()} />
      ) : (
        <Labeled label="Kind">
          <SelectField source="kind" choices={assessmentKindChoices} />
        </Labeled>
      )}
    </FormRow>
    <FormRow columns={3}>
      <DateInput source="receivedOn" label="Received (or transferred)" validate={required()} />
      <CaseworkTeamInput emptyText="None" />
      <TextInput source="caseworker" label="Caseworker" />
    </FormRow>
    <FormDataConsumer<{ kind?: string; child?: { id?: string } }>>
      {({ formData }) => (
        <>
          {formData.child?.id && <PlanInput filter={{ childId: formData.child.id }} optional helperText="The plan it produced, or the plan transferred in" />}
          {formData.kind === 'TRANSFER_IN' ? <TransferSteps /> : <RequestSteps />}
        </>
      )}
    </FormDataConsumer>
  </>
);

export const AssessmentCreate = () => (
  <RecordCreate title="New assessment request" defaultValues={{ kind: 'REQUEST' }}>
    <Fields isCreate />
  </RecordCreate>
);

export const AssessmentEdit = () => (
  <RecordEdit>
    <Fields isCreate={false} />
  </RecordEdit>
);
