import { DataTable, List, SearchInput, TextField, TextInput } from 'react-admin';

const laFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name…" sx={{ minWidth: 260 }} />,
  <TextInput key="code" source="code" label="DfE code" />,
];

export const LocalAuthorityList = () => (
  <List title="Local authorities" filters={laFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="name" label="Name">
        <TextField source="name" sx={{ fontWeight: 600 }} />
      </DataTable.Col>
      <DataTable.Col source="code" label="DfE code" />
    </DataTable>
  </List>
);
