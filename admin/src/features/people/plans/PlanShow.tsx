import { Box, Divider, LinearProgress } from '@mui/material';
import { ReferenceField, SelectField, SimpleShowLayout, useGetOne, useRecordContext } from 'react-admin';
import { primaryNeedChoices, sexChoices } from '../../../common/choices';
import {
  AgeField,
  LocalAuthorityField,
  PlanStatusChip,
  SectionTitle,
  UkDateField,
  UkDateTimeField,
  YesNoField,
  gridLayoutSx,
} from '../../../common/fields';
import { RecordShow } from '../../../common/pages';
import { StepsTable, type TimelineStep } from '../../statutory-timeline/steps/StepsTable';
import { PlanTitle } from './PlanTitle';

/** The child the plan is for, in brief. */
const ChildSummary = () => {
  const plan = useRecordContext();
  const childId = (plan?.child as { id?: string } | undefined)?.id;
  const { data: child, isPending } = useGetOne('Child', { id: childId ?? '' }, { enabled: !!childId });
  if (!childId) return null;
  if (isPending || !child) return <LinearProgress sx={{ mx: 2, my: 2 }} />;
  return (
    <SimpleShowLayout sx={gridLayoutSx} record={child}>
      <ReferenceField source="id" reference="Child" link="show" label="Case reference" />
      <SelectField source="primaryNeed" choices={primaryNeedChoices} label="Primary need (SEN2)" />
      <UkDateField source="dateOfBirth" label="Date of birth" />
      <AgeField label="Age" />
      <SelectField source="sex" choices={sexChoices} label="Sex" />
      <YesNoField source="complexHealthNeeds" label="Complex health needs" />
      <YesNoField source="lookedAfter" label="Looked after" />
    </SimpleShowLayout>
  );
};

/** The assessment (or transfer in), each annual review and the next review due, in order. */
const PlanTimeline = () => {
  const plan = useRecordContext();
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <StepsTable steps={plan?.timeline as TimelineStep[] | undefined} emptyText="No steps recorded" />
    </Box>
  );
};

export const PlanShow = () => (
  <RecordShow
    heading="Plan"
    title={<PlanTitle />}
    related={
      <>
        <Divider />
        <SectionTitle>Child</SectionTitle>
        <ChildSummary />
        <Divider />
        <SectionTitle>Timeline: every step and its deadline</SectionTitle>
        <PlanTimeline />
      </>
    }
  >
    <ReferenceField source="child.id" reference="Child" link="show" label="Case reference" />
    <PlanStatusChip label="Status" />
    <UkDateField source="requestDate" label="Date of request" />
    <UkDateField source="issueDate" label="Issue date" emptyText="Not issued" />
    <UkDateField source="lastAnnualReviewDate" label="Last annual review" emptyText="None yet" />
    <ReferenceField source="setting.id" reference="Setting" link="show" label="Section I: named setting" emptyText="None named" />
    <ReferenceField source="team.id" reference="Team" link="show" label="Casework team" emptyText="None" />
    <LocalAuthorityField label="Local authority" link="show" />
    <UkDateTimeField source="createdAt" label="Created" />
    <UkDateTimeField source="updatedAt" label="Last changed" />
  </RecordShow>
);
