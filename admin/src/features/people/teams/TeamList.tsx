import { DataTable, SearchInput, SelectField, SelectInput } from 'react-admin';
import { teamKindChoices } from '../../../common/choices';
import { KeyColumn, LocalAuthorityColumn } from '../../../common/columns';
import { localAuthorityFilter } from '../../../common/inputs';
import { RecordList } from '../../../common/pages';

const teamFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Team name…" sx={{ minWidth: 260 }} />,
  <SelectInput key="kind" source="kind" label="Kind" choices={teamKindChoices} alwaysOn sx={{ minWidth: 190 }} />,
  localAuthorityFilter,
];

export const TeamList = () => (
  <RecordList title="Teams and services" filters={teamFilters}>
    <KeyColumn source="name" label="Name" />
    <DataTable.Col source="kind" label="Kind">
      <SelectField source="kind" choices={teamKindChoices} />
    </DataTable.Col>
    <LocalAuthorityColumn sortable />
  </RecordList>
);
