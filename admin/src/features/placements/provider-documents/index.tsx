/** The documents a provider sends (its policies, inspection reports, cost breakdowns) and when new ones are due. */
import FolderIcon from '@mui/icons-material/Folder';
import {
  DataTable,
  DateInput,
  NullableBooleanInput,
  ReferenceField,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  required,
  type RaRecord,
} from 'react-admin';
import { UkDateField, YesNoField } from '../../../common/fields';
import { FormRow } from '../../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../../common/pages';
import { ChoiceColumn } from '../fields';
import { documentKindChoices } from '../choices';
import { ProviderInput } from '../providers';
import { recordExporter } from '../../../common/csv';

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
    exporter={recordExporter}
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
