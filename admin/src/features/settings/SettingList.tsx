import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { ofstedRatingChoices, phaseChoices, settingTypeChoices } from '../../common/choices';
import { OfstedChip } from '../../common/fields';

const settingFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or URN…" sx={{ minWidth: 260 }} />,
  <SelectInput key="type" source="type" label="Setting type" choices={settingTypeChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <SelectInput key="phase" source="phase" label="Phase" choices={phaseChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <SelectInput key="ofstedRating" source="ofstedRating" label="Ofsted rating" choices={ofstedRatingChoices} />,
  <ReferenceInput key="localAuthorityId" source="localAuthorityId" reference="LocalAuthority" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput optionText="name" label="Local authority" />
  </ReferenceInput>,
];

export const SettingList = () => (
  <List title="Settings (schools, colleges, providers)" filters={settingFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="name" label="Name">
        <TextField source="name" sx={{ fontWeight: 600 }} />
      </DataTable.Col>
      <DataTable.Col source="urn" label="URN" />
      <DataTable.Col source="type" label="Setting type">
        <SelectField source="type" choices={settingTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="phase" label="Phase">
        <SelectField source="phase" choices={phaseChoices} />
      </DataTable.Col>
      <DataTable.Col source="ofstedRating" label="Ofsted rating">
        <OfstedChip />
      </DataTable.Col>
      <DataTable.Col source="localAuthority.id" label="Local authority" disableSort>
        <ReferenceField source="localAuthority.id" reference="LocalAuthority" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
    </DataTable>
  </List>
);
