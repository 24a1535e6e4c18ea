/** What a monitoring visit asked the provider to do, and by when. */
import ChecklistIcon from '@mui/icons-material/Checklist';
import {
  DataTable,
  DateInput,
  NullableBooleanInput,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  required,
  type RaRecord,
} from 'react-admin';
import { UkDateField, YesNoField } from '../../../common/fields';
import { FormRow } from '../../../common/inputs';
import { OwnerField, OwnerInput } from '../../../common/owner';
import { RecordEdit, RecordList, RecordShow } from '../../../common/pages';
import { ChoiceColumn } from '../fields';
import { visitActionStatusChoices } from '../choices';
import { recordExporter } from '../../../common/csv';

export const VisitActionList = () => (
  <RecordList
    title="Visit actions"
    filters={[
      <SelectInput key="status" source="status" label="Status" choices={visitActionStatusChoices} alwaysOn />,
      <NullableBooleanInput key="overdue" source="overdue" label="Overdue" alwaysOn />,
      <SearchInput key="q" source="q" alwaysOn />,
    ]}
    sort={{ field: 'dueDate', order: 'ASC' }}
    exporter={recordExporter}
  >
    <DataTable.Col source="description" label="Action" disableSort />
    <DataTable.Col source="owner" label="Owner" disableSort field={OwnerField} />
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
      <OwnerField label="Owner" />
      <UkDateField source="dueDate" label="Due" />
      <SelectField source="status" label="Status" choices={visitActionStatusChoices} />
      <YesNoField source="overdue" label="Overdue" />
    </RecordShow>
  ),
  edit: () => (
    <RecordEdit>
      <TextInput source="description" label="Action" multiline fullWidth validate={required()} />
      <OwnerInput resource="VisitAction" />
      <FormRow>
        <DateInput source="dueDate" label="Due" validate={required()} />
        <SelectInput source="status" label="Status" choices={visitActionStatusChoices} validate={required()} />
      </FormRow>
    </RecordEdit>
  ),
  icon: ChecklistIcon,
  recordRepresentation: (record: RaRecord) => String(record.description ?? record.id),
};
