import type { ReactNode } from 'react';
import { DataTable, ReferenceField } from 'react-admin';
import { RelatedList } from '../../../common/RelatedList';
import { UkDateField } from '../../../common/fields';
import { PlanStatusColumn } from './PlanStatusColumn';

type PlanColumn = 'child' | 'setting' | 'team' | 'lastAnnualReviewDate';

interface RelatedPlansProps {
  /** The plan filter that selects them: childId, settingId or teamId. */
  target: 'childId' | 'settingId' | 'teamId';
  title: string;
  emptyText: string;
  action?: ReactNode;
  /** Columns that would only repeat the record on screen. */
  omit?: PlanColumn[];
}

/** The plans of a child, a setting or a team, newest request first. */
export const RelatedPlans = ({ target, title, emptyText, action, omit = [] }: RelatedPlansProps) => {
  const shown = (column: PlanColumn) => !omit.includes(column);
  return (
    <RelatedList reference="Plan" target={target} title={title} emptyText={emptyText} action={action}>
      {shown('child') && (
        <DataTable.Col source="child.id" label="Case reference" disableSort>
          <ReferenceField source="child.id" reference="Child" link={false} />
        </DataTable.Col>
      )}
      <PlanStatusColumn disableSort />
      <DataTable.Col source="requestDate" label="Date of request" field={UkDateField} disableSort />
      <DataTable.Col source="issueDate" label="Issue date" field={UkDateField} disableSort />
      {shown('lastAnnualReviewDate') && <DataTable.Col source="lastAnnualReviewDate" label="Last annual review" field={UkDateField} disableSort />}
      {shown('setting') && (
        <DataTable.Col source="setting.id" label="Section I: named setting" disableSort>
          <ReferenceField source="setting.id" reference="Setting" link={false} />
        </DataTable.Col>
      )}
      {shown('team') && (
        <DataTable.Col source="team.id" label="Casework team" disableSort>
          <ReferenceField source="team.id" reference="Team" link={false} />
        </DataTable.Col>
      )}
    </RelatedList>
  );
};
