/** The smaller records around placements: outcomes and their reviews, visit actions, provider documents, the policy. */
import ChecklistIcon from '@mui/icons-material/Checklist';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import FolderIcon from '@mui/icons-material/Folder';
import RuleIcon from '@mui/icons-material/Rule';
import TuneIcon from '@mui/icons-material/Tune';
import {
  DataTable,
  DateInput,
  NullableBooleanInput,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  AutocompleteInput,
  ListActions,
  Loading,
  Title,
  defaultExporter,
  required,
  useGetList,
  type RaRecord,
} from 'react-admin';
import { Alert } from '@mui/material';
import { defaultSort } from '../../common/sorting';
import { LocalAuthorityColumn } from '../../common/columns';
import { LocalAuthorityField, UkDateField, YesNoField, ukDate } from '../../common/fields';
import { FormRow, LocalAuthorityInput, localAuthorityFilter } from '../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../common/pages';
import { RelatedList } from '../../common/RelatedList';
import { ChoiceColumn } from './fields';
import { documentKindChoices, outcomeProgressChoices, visitActionStatusChoices } from './choices';
import { ProviderInput } from './providers';

const PlacementInput = () => (
  <ReferenceInput source="placement.id" reference="Placement" sort={{ field: 'caseReference', order: 'ASC' }}>
    <AutocompleteInput
      label="Placement"
      optionText={(p: RaRecord) => `${String(p.caseReference ?? '')} at ${String(p.providerName ?? '')}`}
      filterToQuery={(q: string) => ({ q })}
      validate={required()}
      fullWidth
    />
  </ReferenceInput>
);

// ---- Commissioned outcomes ----

export const CommissionedOutcomeList = () => (
  <RecordList title="Commissioned outcomes" filters={[<SearchInput key="q" source="q" alwaysOn />, localAuthorityFilter]} exporter={defaultExporter}>
    <DataTable.Col source="placement.id" label="Placement" disableSort>
      <ReferenceField source="placement.id" reference="Placement" link="show" />
    </DataTable.Col>
    <DataTable.Col source="planReference" label="Plan" />
    <DataTable.Col source="description" label="Outcome" disableSort />
    <DataTable.Col source="targetDate" label="Target date" field={UkDateField} />
    <ChoiceColumn source="latestProgress" label="Latest review" disableSort choices={outcomeProgressChoices} />
    <LocalAuthorityColumn />
  </RecordList>
);

export const CommissionedOutcomeShow = () => (
  <RecordShow
    heading="Commissioned outcome"
    related={
      <RelatedList title="Reviews" reference="OutcomeReview" target="outcomeId" emptyText="Not reviewed yet.">
        <DataTable.Col source="reviewedOn" label="Reviewed" field={UkDateField} />
        <ChoiceColumn source="progress" label="Progress" choices={outcomeProgressChoices} />
        <DataTable.Col source="evidence" label="Evidence" disableSort />
      </RelatedList>
    }
  >
    <ReferenceField source="placement.id" reference="Placement" link="show" label="Placement" />
    <TextField source="planReference" label="Plan reference" emptyText="—" />
    <TextField source="description" label="Outcome" />
    <UkDateField source="targetDate" label="Target date" />
    <SelectField source="latestProgress" label="Latest review" choices={outcomeProgressChoices} emptyText="Not reviewed yet" />
  </RecordShow>
);

const OutcomeFields = () => (
  <FormRow columns={3}>
    <TextInput source="planReference" label="Plan reference (e.g. E3)" />
    <TextInput source="description" label="Outcome" multiline validate={required()} />
    <DateInput source="targetDate" label="Target date" validate={required()} />
  </FormRow>
);

export const commissionedOutcomeResource = {
  name: 'CommissionedOutcome',
  list: CommissionedOutcomeList,
  show: CommissionedOutcomeShow,
  create: () => (
    <RecordCreate title="New commissioned outcome">
      <PlacementInput />
      <OutcomeFields />
    </RecordCreate>
  ),
  edit: () => (
    <RecordEdit>
      <OutcomeFields />
    </RecordEdit>
  ),
  icon: RuleIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.planReference ?? '')} ${String(record.description ?? '')}`.trim(),
};

// ---- Outcome reviews ----

export const OutcomeReviewList = () => (
  <RecordList
    title="Outcome reviews"
    filters={[<SelectInput key="progress" source="progress" label="Progress" choices={outcomeProgressChoices} alwaysOn />, <SearchInput key="q" source="q" alwaysOn placeholder="Evidence" />]}
    sort={{ field: 'reviewedOn', order: 'DESC' }}
    exporter={defaultExporter}
  >
    <DataTable.Col source="reviewedOn" label="Reviewed" field={UkDateField} />
    <DataTable.Col source="outcome.id" label="Outcome" disableSort>
      <ReferenceField source="outcome.id" reference="CommissionedOutcome" link="show" />
    </DataTable.Col>
    <ChoiceColumn source="progress" label="Progress" choices={outcomeProgressChoices} />
    <DataTable.Col source="evidence" label="Evidence" disableSort />
    <LocalAuthorityColumn />
  </RecordList>
);

export const outcomeReviewResource = {
  name: 'OutcomeReview',
  list: OutcomeReviewList,
  show: () => (
    <RecordShow heading="Outcome review">
      <ReferenceField source="outcome.id" reference="CommissionedOutcome" link="show" label="Outcome" />
      <ReferenceField source="visit.id" reference="MonitoringVisit" link="show" label="Visit" emptyText="Not at a visit" />
      <UkDateField source="reviewedOn" label="Reviewed" />
      <SelectField source="progress" label="Progress" choices={outcomeProgressChoices} />
      <TextField source="evidence" label="Evidence" />
    </RecordShow>
  ),
  icon: FactCheckIcon,
  recordRepresentation: (record: RaRecord) => `Review on ${ukDate(String(record.reviewedOn ?? ''))}`,
};

// ---- Visit actions ----

export const VisitActionList = () => (
  <RecordList
    title="Visit actions"
    filters={[
      <SelectInput key="status" source="status" label="Status" choices={visitActionStatusChoices} alwaysOn />,
      <NullableBooleanInput key="overdue" source="overdue" label="Overdue" alwaysOn />,
      <SearchInput key="q" source="q" alwaysOn />,
    ]}
    sort={{ field: 'dueDate', order: 'ASC' }}
    exporter={defaultExporter}
  >
    <DataTable.Col source="description" label="Action" disableSort />
    <DataTable.Col source="owner" label="Owner" />
    <DataTable.Col source="dueDate" label="Due" field={UkDateField} />
    <ChoiceColumn source="status" label="Status" choices={visitActionStatusChoices} />
    <DataTable.Col source="overdue" label="Overdue" disableSort field={YesNoField} />
    <DataTable.Col source="visit.id" label="Visit" disableSort>
      <ReferenceField source="visit.id" reference="MonitoringVisit" link="show" />
    </DataTable.Col>
  </RecordList>
);

export const visitActionResource = {
  name: 'VisitAction',
  list: VisitActionList,
  show: () => (
    <RecordShow heading="Visit action">
      <ReferenceField source="visit.id" reference="MonitoringVisit" link="show" label="Visit" />
      <TextField source="description" label="Action" />
      <TextField source="owner" label="Owner" />
      <UkDateField source="dueDate" label="Due" />
      <SelectField source="status" label="Status" choices={visitActionStatusChoices} />
      <YesNoField source="overdue" label="Overdue" />
    </RecordShow>
  ),
  edit: () => (
    <RecordEdit>
      <TextInput source="description" label="Action" multiline fullWidth validate={required()} />
      <FormRow>
        <TextInput source="owner" label="Owner" validate={required()} />
        <DateInput source="dueDate" label="Due" validate={required()} />
        <SelectInput source="status" label="Status" choices={visitActionStatusChoices} validate={required()} />
      </FormRow>
    </RecordEdit>
  ),
  icon: ChecklistIcon,
  recordRepresentation: (record: RaRecord) => String(record.description ?? record.id),
};

// ---- Provider documents ----

const DocumentFields = () => (
  <>
    <FormRow>
      <SelectInput source="kind" label="Document" choices={documentKindChoices} validate={required()} />
      <TextInput source="title" label="Title" validate={required()} />
    </FormRow>
    <FormRow>
      <DateInput source="documentDate" label="Dated" validate={required()} />
      <DateInput source="receivedOn" label="Received" validate={required()} />
      <DateInput source="reviewDue" label="New one due" />
    </FormRow>
  </>
);

export const ProviderDocumentList = () => (
  <RecordList
    title="Provider documents"
    filters={[
      <SelectInput key="kind" source="kind" label="Document" choices={documentKindChoices} alwaysOn />,
      <NullableBooleanInput key="reviewOverdue" source="reviewOverdue" label="New one overdue" alwaysOn />,
      <ProviderInput key="providerId" source="providerId" />,
    ]}
    sort={{ field: 'documentDate', order: 'DESC' }}
    exporter={defaultExporter}
  >
    <DataTable.Col source="provider" label="Provider">
      <ReferenceField source="provider.id" reference="Provider" link="show" />
    </DataTable.Col>
    <ChoiceColumn source="kind" label="Document" choices={documentKindChoices} />
    <DataTable.Col source="documentDate" label="Dated" field={UkDateField} />
    <DataTable.Col source="receivedOn" label="Received" field={UkDateField} />
    <DataTable.Col source="reviewDue" label="New one due" field={UkDateField} />
    <DataTable.Col source="reviewOverdue" label="Overdue" disableSort field={YesNoField} />
  </RecordList>
);

export const providerDocumentResource = {
  name: 'ProviderDocument',
  list: ProviderDocumentList,
  show: () => (
    <RecordShow heading="Provider document">
      <ReferenceField source="provider.id" reference="Provider" link="show" label="Provider" />
      <SelectField source="kind" label="Document" choices={documentKindChoices} />
      <TextField source="title" label="Title" />
      <UkDateField source="documentDate" label="Dated" />
      <UkDateField source="receivedOn" label="Received" />
      <UkDateField source="reviewDue" label="New one due" emptyText="—" />
      <YesNoField source="reviewOverdue" label="Overdue" />
    </RecordShow>
  ),
  create: () => (
    <RecordCreate title="New provider document">
      <ProviderInput source="provider.id" isRequired />
      <DocumentFields />
    </RecordCreate>
  ),
  edit: () => (
    <RecordEdit>
      <DocumentFields />
    </RecordEdit>
  ),
  icon: FolderIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? record.id),
};

// ---- The authority's commissioning policy ----

/** An authority has one commissioning policy: those of the user's authorities that have none yet. */
function useAuthoritiesWithoutPolicy(): { isPending: boolean; ids: string[] } {
  const all = { pagination: { page: 1, perPage: 100 } };
  const authorities = useGetList('LocalAuthority', { ...all, sort: defaultSort('LocalAuthority') });
  const policies = useGetList('CommissioningPolicy', { ...all, sort: defaultSort('CommissioningPolicy') });
  const taken = new Set((policies.data ?? []).map((p) => (p.localAuthority as { id?: string } | undefined)?.id));
  return { isPending: authorities.isPending || policies.isPending, ids: (authorities.data ?? []).map((la) => String(la.id)).filter((id) => !taken.has(id)) };
}

const PolicyListActions = () => {
  const { isPending, ids } = useAuthoritiesWithoutPolicy();
  return <ListActions hasCreate={!isPending && ids.length > 0} />;
};

const PolicyCreate = () => {
  const { isPending, ids } = useAuthoritiesWithoutPolicy();
  if (isPending) return <Loading />;
  if (ids.length === 0) {
    return (
      <>
        <Title title="New commissioning policy" />
        <Alert severity="info" sx={{ mt: 2 }}>
          Each of your local authorities has its commissioning policy: open it from the list to change it.
        </Alert>
      </>
    );
  }
  return (
    <RecordCreate title="New commissioning policy" inLocalAuthority>
      <PolicyFields isCreate authorities={ids} />
    </RecordCreate>
  );
};

const PolicyFields = ({ isCreate, authorities }: { isCreate: boolean; authorities?: string[] }) => (
  <>
    <LocalAuthorityInput isCreate={isCreate} filter={authorities ? { ids: authorities } : undefined} />
    <FormRow>
      <NumberInput source="visitIntervalMonths" label="Visit every (months)" helperText="Default for new placements" />
      <NumberInput source="visitDueSoonDays" label="Flag visits due within (days)" />
      <NumberInput source="ofstedReinspectionMonths" label="Ofsted judgement out of date after (months)" />
    </FormRow>
    <FormRow columns={2}>
      <NumberInput source="homeLatitude" label="Distances from: latitude" />
      <NumberInput source="homeLongitude" label="Distances from: longitude" />
    </FormRow>
    <FormRow columns={4}>
      <DateInput source="baselineDate" label="Baseline date" />
      <NumberInput source="baselineCount" label="Placements at baseline" />
      <NumberInput source="targetReductionPercent" label="Reduction aimed for (%)" />
      <DateInput source="targetDate" label="By" />
    </FormRow>
  </>
);

export const commissioningPolicyResource = {
  name: 'CommissioningPolicy',
  list: () => (
    <RecordList title="Commissioning policy" filters={[]} actions={<PolicyListActions />}>
      <LocalAuthorityColumn />
      <DataTable.Col source="visitIntervalMonths" label="Visit every (months)" disableSort />
      <DataTable.Col source="ofstedReinspectionMonths" label="Ofsted window (months)" disableSort />
      <DataTable.Col source="baselineCount" label="Baseline" disableSort />
      <DataTable.Col source="targetReductionPercent" label="Reduction %" disableSort />
      <DataTable.Col source="targetDate" label="By" disableSort field={UkDateField} />
    </RecordList>
  ),
  show: () => (
    <RecordShow heading="Commissioning policy">
      <LocalAuthorityField label="Local authority" />
      <NumberField source="visitIntervalMonths" label="Visit every (months)" />
      <NumberField source="visitDueSoonDays" label="Flag visits due within (days)" />
      <NumberField source="ofstedReinspectionMonths" label="Ofsted judgement out of date after (months)" />
      <NumberField source="homeLatitude" label="Distances from: latitude" />
      <NumberField source="homeLongitude" label="Distances from: longitude" />
      <UkDateField source="baselineDate" label="Baseline date" />
      <NumberField source="baselineCount" label="Placements at baseline" />
      <NumberField source="targetReductionPercent" label="Reduction aimed for (%)" />
      <UkDateField source="targetDate" label="By" />
    </RecordShow>
  ),
  create: PolicyCreate,
  edit: () => (
    <RecordEdit>
      <PolicyFields isCreate={false} />
    </RecordEdit>
  ),
  icon: TuneIcon,
  recordRepresentation: () => 'Commissioning policy',
};
