import { Divider } from '@mui/material';
import { ReferenceField, SelectField, TextField, useRecordContext } from 'react-admin';
import { assessmentDecisionChoices, assessmentKindChoices, assessmentOutcomeChoices } from '../../../common/choices';
import { LocalAuthorityField, SectionTitle, UkDateField } from '../../../common/fields';
import { RecordShow } from '../../../common/pages';
import { StepsTable, type TimelineStep } from '../steps/StepsTable';

const Steps = () => {
  const record = useRecordContext();
  return (
    <>
      <Divider />
      <SectionTitle>Steps and deadlines</SectionTitle>
      <StepsTable steps={record?.steps as TimelineStep[] | undefined} emptyText="No steps recorded yet" />
    </>
  );
};

export const AssessmentShow = () => (
  <RecordShow heading="EHC needs assessment" related={<Steps />}>
    <ReferenceField source="child.id" reference="Child" link="show" label="Case reference" />
    <SelectField source="kind" label="Kind" choices={assessmentKindChoices} />
    <UkDateField source="receivedOn" label="Received" />
    <ReferenceField source="plan.id" reference="Plan" link="show" label="Plan" emptyText="None yet" />
    <ReferenceField source="team.id" reference="Team" link="show" label="Casework team" emptyText="None" />
    <TextField source="caseworker" label="Caseworker" emptyText="None named" />
    <SelectField source="decision" label="Decision whether to assess" choices={assessmentDecisionChoices} emptyText="Not yet decided" />
    <SelectField source="outcome" label="Outcome" choices={assessmentOutcomeChoices} emptyText="Under way" />
    <LocalAuthorityField label="Local authority" link="show" />
  </RecordShow>
);
