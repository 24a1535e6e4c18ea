import { DataTable, SearchInput, TextInput } from 'react-admin';
import { KeyColumn } from '../../../common/columns';
import { RecordList } from '../../../common/pages';

const laFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name…" sx={{ minWidth: 260 }} />,
  <TextInput key="code" source="code" label="DfE code" />,
];

export const LocalAuthorityList = () => (
  <RecordList title="Local authorities" filters={laFilters}>
    <KeyColumn source="name" label="Name" />
    <DataTable.Col source="code" label="DfE code" />
  </RecordList>
);
