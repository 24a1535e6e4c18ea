import { DataTable, DateInput, FunctionField, SelectField, SelectInput, TextInput } from 'react-admin';
import { changeActionChoices } from '../../../common/choices';
import { recordTypeChoices, recordTypeName } from './recordTypes';
import { UkDateTimeField } from '../../../common/fields';
import { RecordList } from '../../../common/pages';
import { ChangedFieldsField } from './ChangesTable';
import { EntityLinkField } from './EntityLinkField';

const startOfDay = (v: string) => (v ? `${v}T00:00:00.000Z` : undefined);
const endOfDay = (v: string) => (v ? `${v}T23:59:59.999Z` : undefined);
const dayOf = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : '');

const historyFilters = [
  <SelectInput key="entityName" source="entityName" label="Record type" choices={recordTypeChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <SelectInput key="action" source="action" label="Action" choices={changeActionChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <DateInput key="at_gte" source="at_gte" label="From" parse={startOfDay} format={dayOf} alwaysOn />,
  <DateInput key="at_lte" source="at_lte" label="To" parse={endOfDay} format={dayOf} alwaysOn />,
  <TextInput key="entityId" source="entityId" label="Record id" />,
  <TextInput key="cause" source="cause" label="Cause (ImportRun:<id>)" />,
];

export const HistoryList = () => (
  <RecordList title="History of changes" filters={historyFilters}>
    <DataTable.Col source="at" label="When" field={UkDateTimeField} />
    <DataTable.Col source="actorEmail" label="Who" />
    <DataTable.Col source="action" label="Action" disableSort>
      <SelectField source="action" choices={changeActionChoices} />
    </DataTable.Col>
    <DataTable.Col source="entityName" label="Record type">
      <FunctionField source="entityName" render={(r) => recordTypeName(r.entityName)} />
    </DataTable.Col>
    <DataTable.Col source="entityId" label="Record" disableSort>
      <EntityLinkField />
    </DataTable.Col>
    <DataTable.Col source="changes" label="Fields changed" disableSort>
      <ChangedFieldsField />
    </DataTable.Col>
  </RecordList>
);
