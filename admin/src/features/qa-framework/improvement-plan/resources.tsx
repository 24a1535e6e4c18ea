import AccountTreeIcon from '@mui/icons-material/AccountTree';
import FlagIcon from '@mui/icons-material/Flag';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  DataTable,
  DateInput,
  NumberInput,
  ReferenceArrayField,
  ReferenceArrayInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  SingleFieldList,
  TextField,
  TextInput,
  required,
  type RaRecord,
} from 'react-admin';
import { actionResourceChoices, bragChoices } from '../../../common/choices';
import { KeyColumn, LocalAuthorityColumn } from '../../../common/columns';
import { LocalAuthorityField, UkDateField } from '../../../common/fields';
import { FixedAfterCreate, FormRow, LocalAuthorityInput, localAuthorityFilter } from '../../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../../common/pages';
import { BragKey, ShownBragField } from './brag';
import { OwnerField, OwnerInput } from '../../../common/owner';

const BoardLink = () => (
  <Button component={Link} to="/improvement-plan" sx={{ mt: 1, alignSelf: 'flex-start' }}>
    Open the improvement plan board
  </Button>
);

/** The parent record a child record hangs off: chosen on create, fixed after. */
const ParentInput = ({ isCreate, source, reference, label, optionText }: { isCreate: boolean; source: string; reference: string; label: string; optionText: string }) => (
  <FixedAfterCreate isCreate={isCreate} label={label} source={source} reference={reference} display={optionText} link="show">
    <ReferenceInput source={source} reference={reference} perPage={200}>
      <SelectInput label={label} optionText={optionText} validate={required()} sx={{ minWidth: 420 }} />
    </ReferenceInput>
  </FixedAfterCreate>
);

// --- Workstreams ---

const WorkstreamForm = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <LocalAuthorityInput isCreate={isCreate} />
    <FormRow columns={3}>
      <NumberInput source="number" label="Number" validate={required()} />
      <TextInput source="title" label="Title" validate={required()} />
      <TextInput source="seniorSponsor" label="Senior sponsor" validate={required()} />
    </FormRow>
  </>
);

export const workstreams = {
  name: 'Workstream',
  icon: ViewKanbanIcon,
  options: { label: 'Workstreams' },
  recordRepresentation: (r: RaRecord) => `${String(r.number)}. ${String(r.title)}`,
  list: () => (
    <>
      <BoardLink />
      <RecordList title="Improvement plan: workstreams" filters={[<SearchInput key="q" source="q" alwaysOn />, localAuthorityFilter]}>
        <DataTable.Col source="number" label="No." field={TextField} />
        <KeyColumn source="title" label="Title" />
        <DataTable.Col source="seniorSponsor" label="Senior sponsor" disableSort field={TextField} />
        <LocalAuthorityColumn />
      </RecordList>
    </>
  ),
  show: () => (
    <RecordShow heading="Workstream">
      <TextField source="number" label="Number" />
      <TextField source="title" label="Title" />
      <TextField source="seniorSponsor" label="Senior sponsor" />
      <LocalAuthorityField label="Local authority" />
    </RecordShow>
  ),
  create: () => (
    <RecordCreate title="New workstream" inLocalAuthority>
      <WorkstreamForm isCreate />
    </RecordCreate>
  ),
  edit: () => (
    <RecordEdit>
      <WorkstreamForm isCreate={false} />
    </RecordEdit>
  ),
};

// --- Outcomes ---

const OutcomeForm = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <ParentInput isCreate={isCreate} source="workstream.id" reference="Workstream" label="Workstream" optionText="title" />
    <TextInput source="reference" label="Reference (e.g. 2.4)" validate={required()} />
    <TextInput source="intendedImpact" label="Intended impact" validate={required()} multiline fullWidth />
  </>
);

export const improvementOutcomes = {
  name: 'ImprovementOutcome',
  icon: FlagIcon,
  options: { label: 'Outcomes' },
  recordRepresentation: (r: RaRecord) => `${String(r.reference)} ${String(r.intendedImpact)}`,
  list: () => (
    <RecordList title="Improvement plan: outcomes" filters={[<SearchInput key="q" source="q" alwaysOn />, localAuthorityFilter]}>
      <KeyColumn source="reference" label="Ref." />
      <DataTable.Col source="intendedImpact" label="Intended impact" disableSort field={TextField} />
      <DataTable.Col source="workstream.id" label="Workstream" disableSort>
        <ReferenceField source="workstream.id" reference="Workstream" link={false} />
      </DataTable.Col>
      <LocalAuthorityColumn />
    </RecordList>
  ),
  show: () => (
    <RecordShow heading="Outcome">
      <TextField source="reference" label="Reference" />
      <TextField source="intendedImpact" label="Intended impact" />
      <ReferenceField source="workstream.id" reference="Workstream" link="show" label="Workstream" />
      <LocalAuthorityField label="Local authority" />
    </RecordShow>
  ),
  create: () => (
    <RecordCreate title="New outcome">
      <OutcomeForm isCreate />
    </RecordCreate>
  ),
  edit: () => (
    <RecordEdit>
      <OutcomeForm isCreate={false} />
    </RecordEdit>
  ),
};

// --- Actions ---

const ActionForm = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <ParentInput isCreate={isCreate} source="outcome.id" reference="ImprovementOutcome" label="Outcome" optionText="reference" />
    <FormRow columns={2}>
      <TextInput source="reference" label="Reference (e.g. 2.4.1)" validate={required()} />
      <SelectInput source="resource" label="Resource" choices={actionResourceChoices} validate={required()} />
    </FormRow>
    <OwnerInput resource="ImprovementAction" label="Owner (leads it, and owns its milestones)" />
    <TextInput source="description" label="What will be done" validate={required()} multiline fullWidth />
    <ReferenceArrayInput source="kpiIds" reference="Kpi" perPage={100} sort={{ field: 'code', order: 'ASC' }}>
      <SelectArrayInput label="KPIs that show its impact" optionText="code" sx={{ minWidth: 420 }} />
    </ReferenceArrayInput>
  </>
);

export const improvementActions = {
  name: 'ImprovementAction',
  icon: TaskAltIcon,
  options: { label: 'Actions' },
  recordRepresentation: (r: RaRecord) => `${String(r.reference)} ${String(r.description)}`,
  list: () => (
    <RecordList title="Improvement plan: actions" filters={[<SearchInput key="q" source="q" alwaysOn />, localAuthorityFilter]}>
      <KeyColumn source="reference" label="Ref." />
      <DataTable.Col source="description" label="What will be done" disableSort field={TextField} />
      <DataTable.Col source="owner" label="Owner" disableSort field={OwnerField} />
      <DataTable.Col source="resource" label="Resource" disableSort>
        <SelectField source="resource" choices={actionResourceChoices} />
      </DataTable.Col>
      <LocalAuthorityColumn />
    </RecordList>
  ),
  show: () => (
    <RecordShow heading="Action">
      <TextField source="reference" label="Reference" />
      <TextField source="description" label="What will be done" />
      <OwnerField label="Owner" />
      <SelectField source="resource" label="Resource" choices={actionResourceChoices} />
      <ReferenceField source="outcome.id" reference="ImprovementOutcome" link="show" label="Outcome" />
      {/* Chips would link to the KPI's edit page, which most roles may not open. */}
      <ReferenceArrayField source="kpiIds" reference="Kpi" label="KPIs that show its impact">
        <SingleFieldList linkType="show" />
      </ReferenceArrayField>
      <LocalAuthorityField label="Local authority" />
    </RecordShow>
  ),
  create: () => (
    <RecordCreate title="New action" defaultValues={{ resource: 'EXISTING', kpiIds: [] }}>
      <ActionForm isCreate />
    </RecordCreate>
  ),
  edit: () => (
    <RecordEdit>
      <ActionForm isCreate={false} />
    </RecordEdit>
  ),
};

// --- Milestones ---

const MilestoneForm = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <ParentInput isCreate={isCreate} source="action.id" reference="ImprovementAction" label="Action" optionText="reference" />
    <TextInput source="description" label="Milestone" validate={required()} multiline fullWidth />
    <FormRow columns={2}>
      <DateInput source="deadline" label="Deadline" validate={required()} />
      <SelectInput source="brag" label="BRAG" choices={bragChoices} validate={required()} />
    </FormRow>
    <BragKey />
  </>
);

export const milestones = {
  name: 'Milestone',
  icon: AccountTreeIcon,
  options: { label: 'Milestones' },
  recordRepresentation: (r: RaRecord) => String(r.description),
  list: () => (
    <>
      <BoardLink />
      <BragKey />
      <RecordList
        title="Improvement plan: milestones"
        filters={[<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="brag" source="brag" choices={bragChoices} label="BRAG as set" alwaysOn />, localAuthorityFilter]}
        sort={{ field: 'deadline', order: 'ASC' }}
      >
        <KeyColumn source="description" label="Milestone" />
        <DataTable.Col source="deadline" label="Deadline" field={UkDateField} />
        <DataTable.Col source="brag" label="BRAG (shown today)">
          <ShownBragField />
        </DataTable.Col>
        <DataTable.Col source="action.id" label="Action" disableSort>
          <ReferenceField source="action.id" reference="ImprovementAction" link={false}>
            <TextField source="reference" />
          </ReferenceField>
        </DataTable.Col>
        <LocalAuthorityColumn />
      </RecordList>
    </>
  ),
  show: () => (
    <RecordShow heading="Milestone" related={<BragKey />}>
      <TextField source="description" label="Milestone" />
      <UkDateField source="deadline" label="Deadline" />
      <ShownBragField label="BRAG shown today" />
      <SelectField source="brag" label="BRAG as set" choices={bragChoices} />
      <UkDateField source="bragSetOn" label="Rating set on" />
      <ReferenceField source="action.id" reference="ImprovementAction" link="show" label="Action" />
      <LocalAuthorityField label="Local authority" />
    </RecordShow>
  ),
  create: () => (
    <RecordCreate title="New milestone" defaultValues={{ brag: 'GREEN' }}>
      <MilestoneForm isCreate />
    </RecordCreate>
  ),
  edit: () => (
    <RecordEdit>
      <MilestoneForm isCreate={false} />
    </RecordEdit>
  ),
};

