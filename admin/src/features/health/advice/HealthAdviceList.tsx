import { BooleanInput, DataTable, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { adviceOccasionChoices } from '../../../common/choices';
import { LocalAuthorityColumn } from '../../../common/columns';
import { CaseReferenceField, UkDateField } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';
import { RecordList } from '../../../common/pages';
import { healthTeamFilter, ReviewGradeChip, TimelinessChip } from './fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Case reference starts with…" />,
  <BooleanInput key="awaitingReview" source="awaitingReview" label="Awaiting review" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" label="Overdue" alwaysOn />,
  <ReferenceInput key="teamId" source="teamId" reference="Team" filter={healthTeamFilter} perPage={100} alwaysOn>
    <SelectInput label="Service" optionText="name" />
  </ReferenceInput>,
  localAuthorityFilter,
];

export const HealthAdviceList = () => (
  <RecordList title="Advice requests" filters={filters} sort={{ field: 'dueOn', order: 'DESC' }}>
    <DataTable.Col source="caseReference" label="Case reference">
      <CaseReferenceField link />
    </DataTable.Col>
    <DataTable.Col source="team" label="Service">
      <ReferenceField source="team.id" reference="Team" link={false} />
    </DataTable.Col>
    <DataTable.Col source="occasion" label="For">
      <SelectField source="occasion" choices={adviceOccasionChoices} />
    </DataTable.Col>
    <DataTable.Col source="requestedOn" label="Requested" field={UkDateField} />
    <DataTable.Col source="dueOn" label="Due" field={UkDateField} />
    <DataTable.Col source="receivedOn" label="Received" field={UkDateField} />
    <DataTable.Col label="Timeliness" disableSort>
      <TimelinessChip />
    </DataTable.Col>
    <DataTable.Col source="reviewGrade" label="Quality">
      <ReviewGradeChip />
    </DataTable.Col>
    <LocalAuthorityColumn />
  </RecordList>
);
