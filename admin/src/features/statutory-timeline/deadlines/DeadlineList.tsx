import { DataTable, List, NumberInput, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, TextInput, useRecordContext, type RaRecord } from 'react-admin';
import { stepStatusChoices, timelineProcessChoices, timelineStepKindChoices } from '../../../common/choices';
import { recordExporter } from '../../../common/csv';
import { UkDateField } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';
import { StepStatusChip } from '../steps/StepStatusChip';

const filters = [
  <SearchInput key="q" source="q" placeholder="Case reference starts with" alwaysOn />,
  <SelectInput key="status" source="status" label="Status" choices={stepStatusChoices.filter((c) => c.id === 'OVERDUE' || c.id === 'DUE_SOON')} alwaysOn />,
  <NumberInput key="withinDays" source="withinDays" label="Due within (days)" min={0} max={365} alwaysOn />,
  <SelectInput key="process" source="process" label="Process" choices={timelineProcessChoices} />,
  <SelectInput key="kind" source="kind" label="Step" choices={timelineStepKindChoices} />,
  <ReferenceInput key="teamId" source="teamId" reference="Team" filter={{ kind: 'CASEWORK' }} sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput label="Casework team" optionText="name" />
  </ReferenceInput>,
  <TextInput key="caseworker" source="caseworker" label="Caseworker" />,
  localAuthorityFilter,
];

/** Where a deadline's record lives: the assessment, the review, or (for the next review still to hold) the plan. */
const SOURCES: Record<string, string> = { AssessmentRequest: 'show', AnnualReview: 'edit', Plan: 'show' };
const rowLink = (record: RaRecord) => `/${record.sourceType}/${record.sourceId}/${SOURCES[record.sourceType as string] ?? 'show'}`;

const DaysField = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const days = record.daysOverdue as number;
  return <>{days > 0 ? `${days} overdue` : days === 0 ? 'Due today' : `${-days} to go`}</>;
};

/**
 * What needs doing: every step past or within N days of its deadline, soonest-overdue first, by team and
 * caseworker. A row opens the record that holds the step.
 */
export const DeadlineList = () => (
  <List title="Deadlines: what needs doing" filters={filters} sort={{ field: 'dueOn', order: 'ASC' }} perPage={25} exporter={recordExporter}>
    <DataTable bulkActionButtons={false} rowClick={(_id, _resource, record) => rowLink(record)}>
      <DataTable.Col source="caseReference" label="Case reference" />
      <DataTable.Col source="label" label="Step" disableSort />
      <DataTable.Col source="process" label="Process" disableSort>
        <SelectField source="process" choices={timelineProcessChoices} />
      </DataTable.Col>
      <DataTable.Col source="dueOn" label="Due" field={UkDateField} />
      <DataTable.Col source="daysOverdue" label="Days" disableSort>
        <DaysField />
      </DataTable.Col>
      <DataTable.Col source="status" label="Status" disableSort render={(record: RaRecord) => <StepStatusChip status={record.status as string} />} />
      <DataTable.Col source="team" label="Casework team" render={(record: RaRecord) => (record.teamName as string | null) ?? 'None'} />
      <DataTable.Col source="caseworker" label="Caseworker" />
      <DataTable.Col source="localAuthorityId" label="Local authority" disableSort>
        <ReferenceField source="localAuthorityId" reference="LocalAuthority" link={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);
