import { DataTable, SearchInput, SelectField, SelectInput } from 'react-admin';
import { ofstedRatingChoices, phaseChoices, settingTypeChoices } from '../../../common/choices';
import { KeyColumn, LocalAuthorityColumn } from '../../../common/columns';
import { OfstedChip } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';
import { RecordList } from '../../../common/pages';

const settingFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or URN…" sx={{ minWidth: 260 }} />,
  <SelectInput key="type" source="type" label="Setting type" choices={settingTypeChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <SelectInput key="phase" source="phase" label="Phase" choices={phaseChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <SelectInput key="ofstedRating" source="ofstedRating" label="Ofsted rating" choices={ofstedRatingChoices} />,
  localAuthorityFilter,
];

export const SettingList = () => (
  <RecordList title="Settings (schools, colleges, providers)" filters={settingFilters}>
    <KeyColumn source="name" label="Name" />
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
    <LocalAuthorityColumn />
  </RecordList>
);
