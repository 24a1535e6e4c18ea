import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Typography } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  DateField,
  DateInput,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  required,
  type RaRecord,
} from 'react-admin';
import { RecordCreate, RecordShow } from '../../common/pages';
import { ExportableList } from '../placements/ExportableList';
import { ragChoices, visitAreas, visitStatusChoices } from '../placements/choices';

const VisitList = () => (
  <ExportableList
    title="Monitoring visits"
    filters={[<SelectInput key="overallRag" source="overallRag" label="Overall RAG" choices={ragChoices} alwaysOn />]}
    sort={{ field: 'visitDate', order: 'DESC' }}
  >
    <DataTable.Col source="visitDate" label="Date">
      <DateField source="visitDate" locales="en-GB" />
    </DataTable.Col>
    <DataTable.Col source="placement.contractReference" label="Placement" disableSort />
    <DataTable.Col source="officer" label="Officer" />
    <DataTable.Col source="status" label="Status">
      <SelectField source="status" choices={visitStatusChoices} />
    </DataTable.Col>
    {visitAreas.map((area) => (
      <DataTable.Col key={area.source} source={area.source} label={area.label} disableSort>
        <SelectField source={area.source} choices={ragChoices} />
      </DataTable.Col>
    ))}
    <DataTable.Col source="overallRag" label="Overall">
      <SelectField source="overallRag" choices={ragChoices} />
    </DataTable.Col>
  </ExportableList>
);

const VisitShow = () => (
  <RecordShow heading="Monitoring visit">
    <ReferenceField source="placement.id" reference="Placement" label="Placement" link="show" />
    <DateField source="visitDate" label="Date" locales="en-GB" />
    <TextField source="officer" label="Officer" />
    <SelectField source="status" label="Status" choices={visitStatusChoices} />
    {visitAreas.map((area) => (
      <SelectField key={area.source} source={area.source} label={area.label} choices={ragChoices} />
    ))}
    <SelectField source="overallRag" label="Overall RAG" choices={ragChoices} />
    <TextField source="findings" label="Findings" />
  </RecordShow>
);

/** The form walks through the areas in order; the overall rating defaults to the worst area. */
const VisitCreate = () => (
  <RecordCreate title="Record a monitoring visit" defaultValues={{ status: 'DONE' }}>
    <ReferenceInput source="placement.id" reference="Placement">
      <AutocompleteInput label="Placement (contract reference)" optionText="contractReference" filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ minWidth: 320 }} />
    </ReferenceInput>
    <DateInput source="visitDate" label="Visit date" validate={required()} />
    <SelectInput source="status" label="Status" choices={visitStatusChoices} validate={required()} />
    <TextInput source="officer" label="Officer" validate={required()} />
    <Typography variant="subtitle2" sx={{ mt: 2 }}>
      Rate each area: green as commissioned, amber some concern, red serious concern
    </Typography>
    {visitAreas.map((area) => (
      <RadioButtonGroupInput key={area.source} source={area.source} label={area.label} choices={ragChoices} />
    ))}
    <RadioButtonGroupInput source="overallRag" label="Overall (leave empty for the worst area)" choices={ragChoices} />
    <TextInput source="findings" label="Findings" multiline fullWidth />
  </RecordCreate>
);

export default {
  name: 'MonitoringVisit',
  list: VisitList,
  show: VisitShow,
  create: VisitCreate,
  icon: FactCheckIcon,
  recordRepresentation: (record: RaRecord) => String(record.visitDate ?? record.id),
};
