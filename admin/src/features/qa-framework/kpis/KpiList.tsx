import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { DataTable, NumberField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { kpiFrequencyChoices, kpiSourceChoices, kpiUnitChoices, reportingCalendarChoices } from '../../../common/choices';
import { KeyColumn, LocalAuthorityColumn } from '../../../common/columns';
import { localAuthorityFilter } from '../../../common/inputs';
import { RecordList } from '../../../common/pages';
import { OwnerField } from '../../../common/owner';

const kpiFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Code or name…" sx={{ minWidth: 240 }} />,
  <SelectInput key="source" source="source" label="Source" choices={kpiSourceChoices} alwaysOn />,
  <SelectInput key="frequency" source="frequency" label="Frequency" choices={kpiFrequencyChoices} />,
  <SelectInput key="calendar" source="calendar" label="Counted in" choices={reportingCalendarChoices} />,
  localAuthorityFilter,
];

export const KpiList = () => (
  <>
    <Button component={Link} to="/framework" sx={{ mt: 1, alignSelf: 'flex-start' }}>
      Open the framework dashboard
    </Button>
    <RecordList title="KPIs" filters={kpiFilters}>
      <KeyColumn source="code" label="Code" />
      <DataTable.Col source="name" label="Name" field={TextField} />
      <DataTable.Col source="unit" label="Unit" disableSort>
        <SelectField source="unit" choices={kpiUnitChoices} />
      </DataTable.Col>
      <DataTable.Col source="target" label="Target" disableSort field={NumberField} />
      <DataTable.Col source="frequency" label="Frequency">
        <SelectField source="frequency" choices={kpiFrequencyChoices} />
        <SelectField source="calendar" label="Counted in" choices={reportingCalendarChoices} />
      </DataTable.Col>
      <DataTable.Col source="source" label="Source" disableSort>
        <SelectField source="source" choices={kpiSourceChoices} />
      </DataTable.Col>
      <DataTable.Col source="owner" label="Owner" disableSort field={OwnerField} />
      <LocalAuthorityColumn />
    </RecordList>
  </>
);
