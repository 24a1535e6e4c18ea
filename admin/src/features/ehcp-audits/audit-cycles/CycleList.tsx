import { DataTable, NumberInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { cycleKindChoices, termChoices } from '../../../common/choices';
import { KeyColumn, LocalAuthorityColumn } from '../../../common/columns';
import { UkDateField } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';
import { RecordList } from '../../../common/pages';

const cycleFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="term" source="term" label="Term" choices={termChoices} alwaysOn />,
  <NumberInput key="academicYear" source="academicYear" label="Academic year" />,
  <SelectInput key="kind" source="kind" label="Kind" choices={cycleKindChoices} />,
  localAuthorityFilter,
];

export const CycleList = () => (
  <RecordList title="Audit cycles" filters={cycleFilters}>
    <KeyColumn source="name" label="Name" />
    <DataTable.Col source="kind" label="Kind" disableSort>
      <SelectField source="kind" choices={cycleKindChoices} />
    </DataTable.Col>
    <DataTable.Col source="term" label="Term" disableSort>
      <SelectField source="term" choices={termChoices} />
    </DataTable.Col>
    <DataTable.Col source="academicYear" label="Academic year">
      <TextField source="academicYear" />
    </DataTable.Col>
    <DataTable.Col source="opensOn" label="Opens" field={UkDateField} />
    <DataTable.Col source="closesOn" label="Closes" field={UkDateField} disableSort />
    <DataTable.Col source="sampledAt" label="Sample drawn" field={UkDateField} disableSort />
    <LocalAuthorityColumn />
  </RecordList>
);
