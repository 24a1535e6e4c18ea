import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { Box, Paper, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  DataTable,
  DateInput,
  FormDataConsumer,
  NullableBooleanInput,
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
  type RaRecord,
} from 'react-admin';
import { LocalAuthorityColumn } from '../../../common/columns';
import { LocalAuthorityField, UkDateField, YesNoField, ukDate } from '../../../common/fields';
import { FormRow } from '../../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../../common/pages';
import { RelatedList } from '../../../common/RelatedList';
import { VISIT_AREAS, outcomeProgressChoices, ragChoices, visitActionStatusChoices, visitStatusChoices } from '../choices';
import { ChoiceColumn, RagChip, VisitAreasSummary } from '../fields';
import { NO_ID } from '../placements';
import { recordExporter } from '../../../common/csv';
import { OwnerField, OwnerInput } from '../../../common/owner';

const visitFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Officer or case reference" />,
  <SelectInput key="status" source="status" label="Status" choices={visitStatusChoices} alwaysOn />,
  <SelectInput key="overall" source="overall" label="Overall" choices={ragChoices} alwaysOn />,
  <NullableBooleanInput key="anyRed" source="anyRed" label="Any area red" alwaysOn />,
  <DateInput key="visitDate_gte" source="visitDate_gte" label="On or after" />,
  <DateInput key="visitDate_lte" source="visitDate_lte" label="On or before" />,
];

export const MonitoringVisitList = () => (
  <RecordList title="Monitoring visits" filters={visitFilters} exporter={recordExporter}>
    <DataTable.Col source="visitDate" label="Date" field={UkDateField} />
    <DataTable.Col source="caseReference" label="Case reference" />
    <ChoiceColumn source="status" label="Status" choices={visitStatusChoices} />
    <DataTable.Col source="officer" label="Officer" />
    <DataTable.Col label="Areas not green" disableSort>
      <VisitAreasSummary />
    </DataTable.Col>
    <DataTable.Col source="overall" label="Overall">
      <RagChip source="overall" />
    </DataTable.Col>
    <LocalAuthorityColumn />
  </RecordList>
);

export const MonitoringVisitShow = () => (
  <RecordShow
    heading="Monitoring visit"
    related={
      <>
        <RelatedList title="Outcome reviews at this visit" reference="OutcomeReview" target="visitId" emptyText="No outcomes reviewed at this visit.">
          <DataTable.Col source="outcome.id" label="Outcome" disableSort>
            <ReferenceField source="outcome.id" reference="CommissionedOutcome" link="show" />
          </DataTable.Col>
          <ChoiceColumn source="progress" label="Progress" choices={outcomeProgressChoices} />
          <DataTable.Col source="evidence" label="Evidence" disableSort />
        </RelatedList>
        <RelatedList title="Actions" reference="VisitAction" target="visitId" emptyText="No actions.">
          <DataTable.Col source="description" label="Action" disableSort />
          <DataTable.Col source="owner" label="Owner" disableSort field={OwnerField} />
          <DataTable.Col source="dueDate" label="Due" field={UkDateField} />
          <ChoiceColumn source="status" label="Status" choices={visitActionStatusChoices} />
          <DataTable.Col source="overdue" label="Overdue" disableSort field={YesNoField} />
        </RelatedList>
      </>
    }
  >
    <ReferenceField source="placement.id" reference="Placement" link="show" label="Placement" />
    <UkDateField source="visitDate" label="Date" />
    <SelectField source="status" label="Status" choices={visitStatusChoices} />
    <TextField source="officer" label="Officer" />
    {VISIT_AREAS.map((area) => (
      <RagChip key={area.source} source={area.source} label={area.label} />
    ))}
    <RagChip source="overall" label="Overall" />
    <TextField source="findings" label="Findings" emptyText="—" />
    <LocalAuthorityField label="Local authority" />
  </RecordShow>
);

/** One step of the visit: what to look at in an area, and its rating. */
const AreaStep = ({ number, source, label, prompt }: { number: number; source: string; label: string; prompt: string }) => (
  <Paper variant="outlined" sx={{ p: 2, mb: 2, width: '100%' }} component="section" aria-label={label}>
    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
      {number}. {label}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {prompt}
    </Typography>
    {/* Every area is rated once the visit is completed (the API's rule), so the form says so before it is sent. */}
    <FormDataConsumer>
      {({ formData }) => <RadioButtonGroupInput source={source} label="Rating" choices={ragChoices} helperText={false} validate={formData.status === 'COMPLETED' ? RATED : undefined} />}
    </FormDataConsumer>
  </Paper>
);
const RATED = required('rate every area of a completed visit');

/** The areas in order, then the overall judgement and findings; the API asks for all of them once a visit is completed. */
const VisitAreas = () => (
  <>
    {VISIT_AREAS.map((area, i) => (
      <AreaStep key={area.source} number={i + 1} {...area} />
    ))}
    <AreaStep number={VISIT_AREAS.length + 1} source="overall" label="Overall" prompt="Your overall judgement of the placement at this visit." />
    <TextInput source="findings" label="Findings" multiline minRows={3} fullWidth />
  </>
);

/** The outcomes commissioned for the chosen placement. */
const OutcomeChoice = () => (
  <FormDataConsumer>
    {({ formData }) => (
      <ReferenceInput source="commissionedOutcomeId" reference="CommissionedOutcome" sort={{ field: 'planReference', order: 'ASC' }} filter={{ placementId: (formData.placement as { id?: string } | undefined)?.id ?? NO_ID }}>
        <SelectInput label="Outcome" optionText={(o: RaRecord) => `${String(o.planReference ?? '')} ${String(o.description ?? '')}`.trim()} validate={required()} sx={{ minWidth: 360 }} />
      </ReferenceInput>
    )}
  </FormDataConsumer>
);

export const MonitoringVisitCreate = () => (
  <RecordCreate title="Record a monitoring visit" defaultValues={{ status: 'COMPLETED' }}>
    <ReferenceInput source="placement.id" reference="Placement" filter={{ status: 'ACTIVE' }} sort={{ field: 'caseReference', order: 'ASC' }}>
      <AutocompleteInput
        label="Placement"
        optionText={(p: RaRecord) => `${String(p.caseReference ?? '')} at ${String(p.providerName ?? '')}`}
        filterToQuery={(q: string) => ({ q })}
        validate={required()}
        helperText="Start typing the child's case reference"
        fullWidth
      />
    </ReferenceInput>
    <FormRow>
      <RadioButtonGroupInput source="status" label="Status" choices={visitStatusChoices.filter((c) => c.id !== 'CANCELLED')} validate={required()} />
      <DateInput source="visitDate" label="Date of the visit" validate={required()} />
      <TextInput source="officer" label="Officer" validate={required()} />
    </FormRow>
    <VisitAreas />
    <Box sx={{ width: '100%' }}>
      <ArrayInput source="outcomeReviews" label="Outcome reviews">
        <SimpleFormIterator inline>
          <OutcomeChoice />
          <SelectInput source="progress" label="Progress" choices={outcomeProgressChoices} validate={required()} />
          <TextInput source="evidence" label="Evidence" validate={required()} sx={{ minWidth: 320 }} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="actions" label="Actions">
        <SimpleFormIterator inline>
          <TextInput source="description" label="Action" validate={required()} sx={{ minWidth: 360 }} />
          <OwnerInput resource="VisitAction" userSource="ownerUserId" />
          <DateInput source="dueDate" label="Due" validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
    </Box>
  </RecordCreate>
);

export const MonitoringVisitEdit = () => (
  <RecordEdit>
    <FormRow>
      <SelectInput source="status" label="Status" choices={visitStatusChoices} validate={required()} />
      <DateInput source="visitDate" label="Date of the visit" validate={required()} />
      <TextInput source="officer" label="Officer" validate={required()} />
    </FormRow>
    <VisitAreas />
  </RecordEdit>
);

export const monitoringVisitResource = {
  name: 'MonitoringVisit',
  list: MonitoringVisitList,
  show: MonitoringVisitShow,
  create: MonitoringVisitCreate,
  edit: MonitoringVisitEdit,
  icon: EventAvailableIcon,
  recordRepresentation: (record: RaRecord) => `Visit on ${ukDate(String(record.visitDate ?? ''))}`,
};
