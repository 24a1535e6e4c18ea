import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { BooleanField, DataTable, DateField, NumberField, ReferenceField, ReferenceManyField, SelectField, SelectInput, TextField, type RaRecord } from 'react-admin';
import { RecordShow } from '../../common/pages';
import { ExportableList } from './ExportableList';
import { placementStatusChoices, ragChoices } from './choices';

const gbp = { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 } as const;

const PlacementList = () => (
  <ExportableList
    title="Placements"
    filters={[<SelectInput key="status" source="status" label="Status" choices={placementStatusChoices} alwaysOn />]}
    sort={{ field: 'startDate', order: 'DESC' }}
  >
    <DataTable.Col source="contractReference" label="Contract" />
    <DataTable.Col source="child.caseReference" label="Child" disableSort />
    <DataTable.Col source="provider.name" label="Provider" disableSort />
    <DataTable.Col source="startDate" label="Start">
      <DateField source="startDate" locales="en-GB" />
    </DataTable.Col>
    <DataTable.Col source="plannedEndDate" label="Planned end">
      <DateField source="plannedEndDate" locales="en-GB" />
    </DataTable.Col>
    <DataTable.Col source="annualCost" label="Annual cost" disableSort>
      <NumberField source="annualCost" options={gbp} />
    </DataTable.Col>
    <DataTable.Col source="nextVisitDue" label="Next visit due" disableSort>
      <DateField source="nextVisitDue" locales="en-GB" />
    </DataTable.Col>
    <DataTable.Col source="visitOverdue" label="Visit overdue" disableSort>
      <BooleanField source="visitOverdue" />
    </DataTable.Col>
    <DataTable.Col source="urgentReviewRequired" label="Urgent review" disableSort>
      <BooleanField source="urgentReviewRequired" />
    </DataTable.Col>
    <DataTable.Col source="status" label="Status">
      <SelectField source="status" choices={placementStatusChoices} />
    </DataTable.Col>
  </ExportableList>
);

const PlacementShow = () => (
  <RecordShow
    heading="Placement"
    related={
      <ReferenceManyField reference="MonitoringVisit" target="placementId" label="Monitoring visits" sort={{ field: 'visitDate', order: 'DESC' }}>
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="visitDate" label="Date">
            <DateField source="visitDate" locales="en-GB" />
          </DataTable.Col>
          <DataTable.Col source="officer" label="Officer" />
          <DataTable.Col source="overallRag" label="Overall">
            <SelectField source="overallRag" choices={ragChoices} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    }
  >
    <TextField source="contractReference" label="Contract reference" />
    <TextField source="child.caseReference" label="Child" />
    <ReferenceField source="provider.id" reference="Provider" label="Provider" link="show" />
    <DateField source="startDate" label="Start" locales="en-GB" />
    <DateField source="plannedEndDate" label="Planned end" locales="en-GB" />
    <NumberField source="educationCost" label="Education £/year" options={gbp} />
    <NumberField source="healthCost" label="Health £/year" options={gbp} />
    <NumberField source="socialCareCost" label="Social care £/year" options={gbp} />
    <NumberField source="annualCost" label="Annual cost" options={gbp} />
    <BooleanField source="residential" label="Residential" />
    <NumberField source="nightsPerWeek" label="Nights a week" />
    <NumberField source="weeksPerYear" label="Weeks a year" />
    <TextField source="noLocalProvisionReason" label="Why no local provision" />
    <SelectField source="status" label="Status" choices={placementStatusChoices} />
    <NumberField source="visitFrequencyMonths" label="Visit every (months)" />
    <DateField source="nextVisitDue" label="Next visit due" locales="en-GB" />
    <BooleanField source="visitOverdue" label="Visit overdue" />
    <BooleanField source="urgentReviewRequired" label="Urgent review (provider Inadequate)" />
    <TextField source="distanceBand" label="Distance from home" />
  </RecordShow>
);

export default {
  name: 'Placement',
  list: PlacementList,
  show: PlacementShow,
  icon: HomeWorkIcon,
  recordRepresentation: (record: RaRecord) => String(record.contractReference ?? record.id),
};
