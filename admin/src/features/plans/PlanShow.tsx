import { Divider, LinearProgress } from '@mui/material';
import {
  EditButton,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useGetOne,
  useRecordContext,
} from 'react-admin';
import { primaryNeedChoices, sexChoices } from '../../common/choices';
import {
  AgeField,
  PlanStatusChip,
  SectionTitle,
  UkDateField,
  UkDateTimeField,
  YesNoField,
  gridLayoutSx,
} from '../../common/fields';
import { RecordHistory } from '../history/RecordHistory';

export const PlanTitle = () => {
  const record = useRecordContext();
  const childId = (record?.child as { id?: string } | undefined)?.id;
  const { data: child } = useGetOne('Child', { id: childId ?? '' }, { enabled: !!childId });
  if (!record) return null;
  return <span>Plan {child?.caseReference ? `for ${child.caseReference as string}` : ''}</span>;
};

const PlanShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** The child the plan is for, in brief. */
const ChildSummary = () => {
  const plan = useRecordContext();
  const childId = (plan?.child as { id?: string } | undefined)?.id;
  const { data: child, isPending } = useGetOne('Child', { id: childId ?? '' }, { enabled: !!childId });
  if (!childId) return null;
  if (isPending || !child) return <LinearProgress sx={{ mx: 2, my: 2 }} />;
  return (
    <SimpleShowLayout sx={gridLayoutSx} record={child}>
      <ReferenceField source="id" reference="Child" link="show" label="Case reference">
        <TextField source="caseReference" />
      </ReferenceField>
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
  <Show title={<PlanTitle />} actions={<PlanShowActions />}>
    <SectionTitle>Plan</SectionTitle>
    <SimpleShowLayout sx={gridLayoutSx}>
      <ReferenceField source="child.id" reference="Child" link="show" label="Case reference">
        <TextField source="caseReference" />
      </ReferenceField>
      <PlanStatusChip label="Status" />
      <UkDateField source="requestDate" label="Date of request" />
      <UkDateField source="issueDate" label="Issue date" emptyText="Not issued" />
      <UkDateField source="lastAnnualReviewDate" label="Last annual review" emptyText="None yet" />
      <ReferenceField source="setting.id" reference="Setting" link="show" label="Section I: named setting" emptyText="None named" />
      <ReferenceField source="team.id" reference="Team" link="show" label="Casework team" emptyText="None" />
      <ReferenceField source="localAuthority.id" reference="LocalAuthority" link="show" label="Local authority">
        <TextField source="name" />
      </ReferenceField>
      <UkDateTimeField source="createdAt" label="Created" />
      <UkDateTimeField source="updatedAt" label="Last changed" />
    </SimpleShowLayout>
    <Divider />
    <SectionTitle>Child</SectionTitle>
    <ChildSummary />
    <RecordHistory entityName="Plan" />
  </Show>
);
