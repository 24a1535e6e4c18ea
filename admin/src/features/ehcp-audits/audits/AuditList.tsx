import { DataTable, List, ReferenceField, SelectField, SelectInput, type Exporter } from 'react-admin';
import { CaseReferenceField } from '../../../common/fields';
import { auditLensChoices, auditStatusChoices, choiceName, gradeName } from '../../../common/choices';
import { downloadRows } from '../../../common/csv';
import { graphql, query } from '../../../common/graphql';
import { localAuthorityFilter } from '../../../common/inputs';
import { GradeField } from './GradeField';

const auditFilters = [
  <SelectInput key="status" source="status" label="Status" choices={auditStatusChoices} alwaysOn />,
  <SelectInput key="lens" source="lens" label="Lens" choices={auditLensChoices} />,
  localAuthorityFilter,
];

// The list provider brings related records as ids only; one query names them all for the export.
const EXPORT_QUERY = graphql(`query ($ids: [UUID!], $perPage: Int) { allAudits(filter: { ids: $ids }, perPage: $perPage, sortField: "status") {
  status lens suggestedGrade overallGrade overrideReason moderatorGrade agreedGrade submittedAt
  plan { id child { id caseReference } } cycle { id name } auditor { id displayName } moderator { id displayName } } }`);

/** One row per audit, with the case reference and cycle named, and only the grades the reader may see. */
export const auditExporter: Exporter = async (records) => {
  const { allAudits } = await query(EXPORT_QUERY, { ids: records.map((r) => String(r.id)), perPage: records.length });
  downloadRows(
    'audits',
    [
      { label: 'Case reference', value: (r) => r.plan.child.caseReference },
      { label: 'Cycle', value: (r) => r.cycle.name },
      { label: 'Status', value: (r) => choiceName(auditStatusChoices, r.status) },
      { label: 'Lens', value: (r) => choiceName(auditLensChoices, r.lens) },
      { label: 'Auditor', value: (r) => r.auditor?.displayName },
      { label: 'Suggested grade', value: (r) => gradeName(r.suggestedGrade) },
      { label: 'Overall grade', value: (r) => gradeName(r.overallGrade) },
      { label: 'Override reason', value: (r) => r.overrideReason },
      { label: 'Moderator', value: (r) => r.moderator?.displayName },
      { label: 'Moderator grade', value: (r) => gradeName(r.moderatorGrade) },
      { label: 'Agreed grade', value: (r) => gradeName(r.agreedGrade) },
      { label: 'Submitted', value: (r) => r.submittedAt },
    ],
    allAudits,
  );
};

export const AuditColumns = () => (
  <>
    <DataTable.Col source="caseReference" label="Case reference">
      <CaseReferenceField />
    </DataTable.Col>
    <DataTable.Col source="cycle" label="Cycle">
      <ReferenceField source="cycle.id" reference="AuditCycle" link={false} />
    </DataTable.Col>
    <DataTable.Col source="status" label="Status">
      <SelectField source="status" choices={auditStatusChoices} />
    </DataTable.Col>
    <DataTable.Col source="lens" label="Lens" disableSort>
      <SelectField source="lens" choices={auditLensChoices} />
    </DataTable.Col>
    <DataTable.Col source="overallGrade" label="Overall grade" disableSort>
      <GradeField source="overallGrade" />
    </DataTable.Col>
    <DataTable.Col source="agreedGrade" label="Agreed grade" disableSort>
      <GradeField source="agreedGrade" />
    </DataTable.Col>
  </>
);

export const AuditList = () => (
  <List title="Audits" filters={auditFilters} sort={{ field: 'status', order: 'ASC' }} perPage={25} exporter={auditExporter}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <AuditColumns />
    </DataTable>
  </List>
);
