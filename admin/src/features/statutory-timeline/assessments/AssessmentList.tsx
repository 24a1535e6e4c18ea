import { DataTable, DateInput, NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, TextInput } from 'react-admin';
import { assessmentKindChoices, assessmentOutcomeChoices } from '../../../common/choices';
import { LocalAuthorityColumn } from '../../../common/columns';
import { recordExporter } from '../../../common/csv';
import { UkDateField } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';
import { RecordList } from '../../../common/pages';

const filters = [
  <SearchInput key="q" source="q" placeholder="Case reference starts with" alwaysOn />,
  <NullableBooleanInput key="open" source="open" label="Still under way" alwaysOn />,
  <SelectInput key="kind" source="kind" label="Kind" choices={assessmentKindChoices} />,
  <ReferenceInput key="teamId" source="teamId" reference="Team" filter={{ kind: 'CASEWORK' }} sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput label="Casework team" optionText="name" />
  </ReferenceInput>,
  <TextInput key="caseworker" source="caseworker" label="Caseworker" />,
  <DateInput key="receivedOn_gte" source="receivedOn_gte" label="Received on or after" />,
  <DateInput key="receivedOn_lte" source="receivedOn_lte" label="Received on or before" />,
  localAuthorityFilter,
];

export const AssessmentList = () => (
  <RecordList title="EHC needs assessments" filters={filters} exporter={recordExporter}>
    <DataTable.Col source="caseReference" label="Case reference">
      <ReferenceField source="child.id" reference="Child" link={false} />
    </DataTable.Col>
    <DataTable.Col source="kind" label="Kind" disableSort>
      <SelectField source="kind" choices={assessmentKindChoices} />
    </DataTable.Col>
    <DataTable.Col source="receivedOn" label="Received" field={UkDateField} />
    <DataTable.Col source="decisionOn" label="Decision" field={UkDateField} />
    <DataTable.Col source="outcome" label="Outcome" disableSort>
      <SelectField source="outcome" choices={assessmentOutcomeChoices} emptyText="Under way" />
    </DataTable.Col>
    <DataTable.Col source="outcomeOn" label="Outcome on" field={UkDateField} />
    <DataTable.Col source="team" label="Casework team">
      <ReferenceField source="team.id" reference="Team" link={false} emptyText="None" />
    </DataTable.Col>
    <DataTable.Col source="caseworker" label="Caseworker" />
    <LocalAuthorityColumn />
  </RecordList>
);
