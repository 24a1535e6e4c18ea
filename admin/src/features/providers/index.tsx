import StoreIcon from '@mui/icons-material/Store';
import { BooleanField, DataTable, DateField, NumberField, SearchInput, SelectField, TextField, type RaRecord } from 'react-admin';
import { settingTypeChoices } from '../../common/choices';
import { LocalAuthorityColumn } from '../../common/columns';
import { OfstedChip } from '../../common/fields';
import { RecordShow } from '../../common/pages';
import { ExportableList } from '../placements/ExportableList';
import { frameworkChoices } from '../placements/choices';

const ProviderList = () => (
  <ExportableList title="Providers" filters={[<SearchInput key="q" source="q" alwaysOn placeholder="Name, URN or postcode…" />]} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable.Col source="name" label="Name" />
    <DataTable.Col source="urn" label="URN" />
    <DataTable.Col source="type" label="Type" disableSort>
      <SelectField source="type" choices={settingTypeChoices} />
    </DataTable.Col>
    <DataTable.Col source="ofstedRating" label="Ofsted">
      <OfstedChip />
    </DataTable.Col>
    <DataTable.Col source="lastInspectionDate" label="Inspected">
      <DateField source="lastInspectionDate" locales="en-GB" />
    </DataTable.Col>
    <DataTable.Col source="inspectionOutOfDate" label="Inspection out of date" disableSort>
      <BooleanField source="inspectionOutOfDate" />
    </DataTable.Col>
    <DataTable.Col source="inArea" label="In area" disableSort>
      <BooleanField source="inArea" />
    </DataTable.Col>
    <LocalAuthorityColumn />
  </ExportableList>
);

const ProviderShow = () => (
  <RecordShow heading="Provider">
    <TextField source="name" label="Name" />
    <TextField source="urn" label="URN" />
    <SelectField source="type" label="Type" choices={settingTypeChoices} />
    <OfstedChip label="Ofsted rating" />
    <DateField source="lastInspectionDate" label="Last inspection" locales="en-GB" />
    <BooleanField source="inspectionOutOfDate" label="Inspection out of date" />
    <BooleanField source="inArea" label="In area" />
    <BooleanField source="residential" label="Residential" />
    <SelectField source="contractFramework" label="Bought under" choices={frameworkChoices} />
    <TextField source="postcode" label="Postcode" />
    <NumberField source="latitude" label="Latitude" />
    <NumberField source="longitude" label="Longitude" />
  </RecordShow>
);

export default {
  name: 'Provider',
  list: ProviderList,
  show: ProviderShow,
  icon: StoreIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? record.id),
};
