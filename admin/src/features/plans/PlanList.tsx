import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { planStatusChoices, primaryNeedChoices } from '../../common/choices';
import { NeedCodeField, PlanStatusChip, UkDateField } from '../../common/fields';

export const planFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Case reference starts with…" sx={{ minWidth: 260 }} />,
  <SelectInput key="status" source="status" label="Status" choices={planStatusChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <SelectInput key="primaryNeed" source="primaryNeed" label="Primary need (SEN2)" choices={primaryNeedChoices} alwaysOn sx={{ minWidth: 240 }} />,
  <ReferenceInput key="localAuthorityId" source="localAuthorityId" reference="LocalAuthority" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput optionText="name" label="Local authority" />
  </ReferenceInput>,
  <ReferenceInput key="teamId" source="teamId" reference="Team" filter={{ kind: 'CASEWORK' }} sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput optionText="name" label="Casework team" />
  </ReferenceInput>,
  <ReferenceInput key="settingId" source="settingId" reference="Setting" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" label="Section I: named setting" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <DateInput key="requestDate_gte" source="requestDate_gte" label="Requested on or after" />,
  <DateInput key="requestDate_lte" source="requestDate_lte" label="Requested on or before" />,
];

export const PlanList = () => (
  <List
    title="Plans (EHCPs)"
    filters={planFilters}
    sort={{ field: 'requestDate', order: 'DESC' }}
    perPage={25}
    exporter={false}
  >
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="caseReference" label="Case reference">
        <ReferenceField source="child.id" reference="Child" link="show">
          <TextField source="caseReference" sx={{ fontWeight: 600 }} />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="primaryNeed" label="Primary need (SEN2)">
        <ReferenceField source="child.id" reference="Child" link={false}>
          <NeedCodeField />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="status" label="Status">
        <PlanStatusChip />
      </DataTable.Col>
      <DataTable.Col source="requestDate" label="Date of request" field={UkDateField} />
      <DataTable.Col source="issueDate" label="Issue date" field={UkDateField} />
      <DataTable.Col source="lastAnnualReviewDate" label="Last annual review" field={UkDateField} />
      <DataTable.Col source="setting" label="Section I: named setting">
        <ReferenceField source="setting.id" reference="Setting" link="show" />
      </DataTable.Col>
      <DataTable.Col source="team.id" label="Casework team" disableSort>
        <ReferenceField source="team.id" reference="Team" link={false} />
      </DataTable.Col>
      <DataTable.Col source="localAuthority.id" label="Local authority" disableSort>
        <ReferenceField source="localAuthority.id" reference="LocalAuthority" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
    </DataTable>
  </List>
);
