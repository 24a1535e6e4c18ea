import { DataTable } from 'react-admin';
import { PlanStatusChip } from '../../../common/fields';

export const PlanStatusColumn = ({ disableSort }: { disableSort?: boolean }) => (
  <DataTable.Col source="status" label="Status" disableSort={disableSort}>
    <PlanStatusChip />
  </DataTable.Col>
);
