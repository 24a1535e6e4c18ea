import { Divider, LinearProgress } from '@mui/material';
import { ReferenceField, SelectField, SimpleShowLayout, useGetOne, useRecordContext } from 'react-admin';
import { primaryNeedChoices, sexChoices, timescaleExceptionChoices } from '../../../common/choices';
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

export const PlanShow = () => (
  <RecordShow
    heading="Plan"
    title={<PlanTitle />}
    related={
      <>
        <Divider />
        <SectionTitle>Child</SectionTitle>
        <ChildSummary />
      </>
    }
  >
    <ReferenceField source="child.id" reference="Child" link="show" label="Case reference" />
    <PlanStatusChip label="Status" />
    <UkDateField source="requestDate" label="Date of request" />
    <UkDateField source="issueDate" label="Issue date" emptyText="Not issued" />
    <SelectField source="timescaleException" label="Exception to the 20-week timescale" choices={timescaleExceptionChoices} emptyText="None" />
    <UkDateField source="lastAnnualReviewDate" label="Last annual review" emptyText="None yet" />
    <ReferenceField source="setting.id" reference="Setting" link="show" label="Section I: named setting" emptyText="None named" />
    <ReferenceField source="team.id" reference="Team" link="show" label="Casework team" emptyText="None" />
    <LocalAuthorityField label="Local authority" link="show" />
    <UkDateTimeField source="createdAt" label="Created" />
    <UkDateTimeField source="updatedAt" label="Last changed" />
  </RecordShow>
);
