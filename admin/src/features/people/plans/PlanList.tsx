import { DataTable, DateInput, ReferenceField, SearchInput, SelectInput, TextField } from 'react-admin';
import { planStatusChoices, primaryNeedChoices } from '../../../common/choices';
import { LocalAuthorityColumn } from '../../../common/columns';
import { NeedCodeField, UkDateField } from '../../../common/fields';
import { CaseworkTeamInput, SettingInput, localAuthorityFilter } from '../../../common/inputs';
import { RecordList } from '../../../common/pages';
import { PlanStatusColumn } from './PlanStatusColumn';

const planFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Case reference starts with…" sx={{ minWidth: 260 }} />,
  <SelectInput key="status" source="status" label="Status" choices={planStatusChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <SelectInput key="primaryNeed" source="primaryNeed" label="Primary need (SEN2)" choices={primaryNeedChoices} alwaysOn sx={{ minWidth: 240 }} />,
  localAuthorityFilter,
  <CaseworkTeamInput key="teamId" source="teamId" />,
  <SettingInput key="settingId" source="settingId" sx={{ minWidth: 280 }} />,
  <DateInput key="requestDate_gte" source="requestDate_gte" label="Requested on or after" />,
  <DateInput key="requestDate_lte" source="requestDate_lte" label="Requested on or before" />,
];

export const PlanList = () => (
  <RecordList title="Plans (EHCPs)" filters={planFilters}>
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
    <PlanStatusColumn />
    <DataTable.Col source="requestDate" label="Date of request" field={UkDateField} />
    <DataTable.Col source="issueDate" label="Issue date" field={UkDateField} />
    <DataTable.Col source="lastAnnualReviewDate" label="Last annual review" field={UkDateField} />
    <DataTable.Col source="setting" label="Section I: named setting">
      <ReferenceField source="setting.id" reference="Setting" link="show" />
    </DataTable.Col>
    <DataTable.Col source="team.id" label="Casework team" disableSort>
      <ReferenceField source="team.id" reference="Team" link={false} />
    </DataTable.Col>
    <LocalAuthorityColumn />
  </RecordList>
);
