import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { teamKindChoices } from '../../common/choices';

const teamFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Team name…" sx={{ minWidth: 260 }} />,
  <SelectInput key="kind" source="kind" label="Kind" choices={teamKindChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <ReferenceInput key="localAuthorityId" source="localAuthorityId" reference="LocalAuthority" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput optionText="name" label="Local authority" />
  </ReferenceInput>,
];

export const TeamList = () => (
  <List title="Teams and services" filters={teamFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="name" label="Name">
        <TextField source="name" sx={{ fontWeight: 600 }} />
      </DataTable.Col>
      <DataTable.Col source="kind" label="Kind">
        <SelectField source="kind" choices={teamKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="localAuthority" label="Local authority">
        <ReferenceField source="localAuthority.id" reference="LocalAuthority" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
    </DataTable>
  </List>
);
