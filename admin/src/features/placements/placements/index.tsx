import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import {
  ArrayInput,
  CreateButton,
  DataTable,
  DateInput,
  FormDataConsumer,
  NullableBooleanInput,
  NumberField,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleFormIterator,
  TextField,
  TextInput,
  required,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { ofstedRatingChoices, primaryNeedChoices, settingTypeChoices } from '../../../common/choices';
import { KeyColumn, LocalAuthorityColumn } from '../../../common/columns';
import { LocalAuthorityField, NeedCodeField, UkDateField, YesNoField } from '../../../common/fields';
import { ChildInput, FormRow } from '../../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../../common/pages';
import { RelatedList } from '../../../common/RelatedList';
import { attendanceChoices, distanceBandChoices, outcomeProgressChoices, placementStatusChoices, visitStatusChoices } from '../choices';
import { ChoiceColumn, CostField, PlacementFlags, RagChip } from '../fields';
import { ProviderInput } from '../providers';
import { recordExporter } from '../../../common/csv';

const placementFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Case reference starts with…" />,
  <SelectInput key="status" source="status" label="Status" choices={placementStatusChoices} alwaysOn />,
  <SelectInput key="primaryNeed" source="primaryNeed" label="Primary need" choices={primaryNeedChoices} alwaysOn sx={{ minWidth: 220 }} />,
  <NullableBooleanInput key="visitOverdue" source="visitOverdue" label="Visit overdue" alwaysOn />,
  <NullableBooleanInput key="lastVisitRed" source="lastVisitRed" label="Red at last visit" />,
  <NullableBooleanInput key="urgentReview" source="urgentReview" label="Urgent review" />,
  <NullableBooleanInput key="pastPlannedEnd" source="pastPlannedEnd" label="Still open after the planned end" />,
  <SelectInput key="settingType" source="settingType" label="Provider type" choices={settingTypeChoices} />,
  <SelectInput key="ofstedRating" source="ofstedRating" label="Provider Ofsted" choices={ofstedRatingChoices} />,
  <ProviderInput key="providerId" source="providerId" />,
  <DateInput key="plannedEndDate_lte" source="plannedEndDate_lte" label="Ending on or before" />,
];

export const PlacementList = () => (
  <RecordList title="Placements" filters={placementFilters} filterDefaultValues={{ status: 'ACTIVE' }} exporter={recordExporter}>
    <KeyColumn source="caseReference" label="Case reference" />
    <DataTable.Col source="primaryNeed" label="Need">
      <NeedCodeField />
    </DataTable.Col>
    <DataTable.Col source="provider" label="Provider">
      <TextField source="providerName" />
    </DataTable.Col>
    <ChoiceColumn source="status" label="Status" choices={placementStatusChoices} />
    <DataTable.Col source="startDate" label="Started" field={UkDateField} />
    <DataTable.Col source="plannedEndDate" label="Planned end" field={UkDateField} />
    <DataTable.Col source="annualCost" label="Annual cost" disableSort>
      <CostField source="annualCost" />
    </DataTable.Col>
    <DataTable.Col source="nextVisitDue" label="Next visit due" field={UkDateField} />
    <DataTable.Col label="Flags" disableSort>
      <PlacementFlags />
    </DataTable.Col>
    <LocalAuthorityColumn />
  </RecordList>
);

/** "Record a visit" opens the visit form with this placement chosen. */
const RecordVisitButton = () => {
  const record = useRecordContext();
  if (!record) return null;
  return <CreateButton resource="MonitoringVisit" label="Record a visit" state={{ record: { placement: { id: record.id }, status: 'COMPLETED' } }} />;
};

const AddOutcomeButton = () => {
  const record = useRecordContext();
  if (!record) return null;
  return <CreateButton resource="CommissionedOutcome" label="Add outcome" state={{ record: { placement: { id: record.id } } }} />;
};

export const PlacementShow = () => (
  <RecordShow
    heading="Placement"
    related={
      <>
        <RelatedList title="Commissioned outcomes" action={<AddOutcomeButton />} reference="CommissionedOutcome" target="placementId" sort={{ field: 'targetDate', order: 'ASC' }} emptyText="No outcomes commissioned.">
          <DataTable.Col source="planReference" label="Plan" />
          <DataTable.Col source="description" label="Outcome" />
          <DataTable.Col source="targetDate" label="Target date" field={UkDateField} />
          <ChoiceColumn source="latestProgress" label="Latest review" disableSort choices={outcomeProgressChoices} />
          <DataTable.Col source="lastReviewedOn" label="Reviewed" disableSort field={UkDateField} />
        </RelatedList>
        <RelatedList title="Monitoring visits" action={<RecordVisitButton />} reference="MonitoringVisit" target="placementId" sort={{ field: 'visitDate', order: 'DESC' }} emptyText="No visits yet.">
          <DataTable.Col source="visitDate" label="Date" field={UkDateField} />
          <ChoiceColumn source="status" label="Status" choices={visitStatusChoices} />
          <DataTable.Col source="officer" label="Officer" />
          <DataTable.Col source="overall" label="Overall">
            <RagChip source="overall" />
          </DataTable.Col>
          <DataTable.Col source="anyRed" label="Any red" disableSort field={YesNoField} />
        </RelatedList>
      </>
    }
  >
    <ReferenceField source="child.id" reference="Child" link="show" label="Case reference" />
    <NeedCodeField label="Primary need" />
    <ReferenceField source="plan.id" reference="Plan" link="show" label="Plan" />
    <ReferenceField source="provider.id" reference="Provider" link="show" label="Provider" />
    <SelectField source="status" label="Status" choices={placementStatusChoices} />
    <PlacementFlags label="Flags" />
    <UkDateField source="startDate" label="Started" />
    <UkDateField source="plannedEndDate" label="Planned end" />
    <UkDateField source="endedOn" label="Ended" emptyText="—" />
    <TextField source="contractReference" label="Contract reference" />
    <CostField source="educationCost" label="Education (a year)" />
    <CostField source="healthCost" label="Health (a year)" />
    <CostField source="socialCareCost" label="Social care (a year)" />
    <CostField source="annualCost" label="Total (a year)" />
    <SelectField source="attendancePattern" label="Day or residential" choices={attendanceChoices} />
    <NumberField source="nightsPerWeek" label="Nights a week" emptyText="—" />
    <NumberField source="weeksPerYear" label="Weeks a year" />
    <YesNoField source="outOfArea" label="Out of area" />
    <SelectField source="distanceBand" label="Distance" choices={distanceBandChoices} />
    <NumberField source="visitIntervalMonths" label="Visit every (months)" />
    <UkDateField source="lastVisitOn" label="Last visit" emptyText="None yet" />
    <UkDateField source="nextVisitDue" label="Next visit due" />
    <TextField source="noLocalProvisionReason" label="Why no local provision" />
    <TextField source="overlapReason" label="Why another placement at the same time" emptyText="—" />
    <LocalAuthorityField label="Local authority" link="show" />
  </RecordShow>
);

/** Matches nothing: the choices stay empty until the record they depend on is chosen. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';

/** The child's own final plans, once a child is chosen. */
const PlanInput = () => (
  <FormDataConsumer>
    {({ formData }) => {
      const childId = (formData.child as { id?: string } | undefined)?.id;
      return (
        <ReferenceInput source="plan.id" reference="Plan" sort={{ field: 'issueDate', order: 'DESC' }} filter={{ childId: childId ?? NO_ID, status: 'FINAL' }}>
          <SelectInput label="Final plan" optionText={(plan: RaRecord) => `Issued ${String(plan.issueDate ?? '')}`} validate={required()} disabled={!childId} />
        </ReferenceInput>
      );
    }}
  </FormDataConsumer>
);

const weeks = [{ id: 38, name: '38 weeks (term time)' }, { id: 52, name: '52 weeks' }];

// The rules (dates in order, costs not negative, nights for a residential place, overlaps) are the API's; its errors show here.
const PlacementTerms = () => (
  <>
    <FormRow columns={4}>
      <DateInput source="startDate" label="Start" validate={required()} />
      <DateInput source="plannedEndDate" label="Planned end" validate={required()} />
      <TextInput source="contractReference" label="Contract reference" validate={required()} />
      <NumberInput source="visitIntervalMonths" label="Visit every (months)" helperText="Empty: the authority's default" />
    </FormRow>
    <FormRow columns={3}>
      <NumberInput source="educationCost" label="Education £ a year" validate={required()} />
      <NumberInput source="healthCost" label="Health £ a year" validate={required()} />
      <NumberInput source="socialCareCost" label="Social care £ a year" validate={required()} />
    </FormRow>
    <FormRow columns={3}>
      <RadioButtonGroupInput source="attendancePattern" label="Day or residential" choices={attendanceChoices} validate={required()} />
      <FormDataConsumer>
        {({ formData }) => (formData.attendancePattern === 'RESIDENTIAL' ? <NumberInput source="nightsPerWeek" label="Nights a week" /> : null)}
      </FormDataConsumer>
      <RadioButtonGroupInput source="weeksPerYear" label="Weeks a year" choices={weeks} validate={required()} />
    </FormRow>
    <TextInput source="noLocalProvisionReason" label="Why no local provision could meet the need" multiline fullWidth validate={required()} />
    <TextInput source="overlapReason" label="Why the child has another placement at the same time (only if so)" multiline fullWidth />
  </>
);

export const PlacementCreate = () => (
  <RecordCreate title="New placement" defaultValues={{ attendancePattern: 'DAY', weeksPerYear: 38, healthCost: 0, socialCareCost: 0 }}>
    <ChildInput isCreate />
    <FormRow columns={2}>
      <PlanInput />
      <ProviderInput source="provider.id" isRequired />
    </FormRow>
    <PlacementTerms />
    <ArrayInput source="outcomes" label="Commissioned outcomes (from section E of the plan)">
      <SimpleFormIterator inline>
        <TextInput source="planReference" label="Plan ref." sx={{ width: 100 }} />
        <TextInput source="description" label="Outcome" sx={{ minWidth: 420 }} validate={required()} />
        <DateInput source="targetDate" label="Target date" validate={required()} />
      </SimpleFormIterator>
    </ArrayInput>
  </RecordCreate>
);

export const PlacementEdit = () => (
  <RecordEdit>
    <FormRow columns={2}>
      <SelectInput source="status" label="Status" choices={placementStatusChoices} validate={required()} />
      <DateInput source="endedOn" label="Ended on" helperText="Only for an ended placement" />
    </FormRow>
    <PlacementTerms />
  </RecordEdit>
);

export const placementResource = {
  name: 'Placement',
  list: PlacementList,
  show: PlacementShow,
  create: PlacementCreate,
  edit: PlacementEdit,
  icon: AssignmentIndIcon,
  recordRepresentation: (record: RaRecord) => `Placement ${String(record.caseReference ?? '')} at ${String(record.providerName ?? '')}`.trim(),
};
