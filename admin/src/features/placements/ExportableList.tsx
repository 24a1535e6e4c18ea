import type { ReactElement, ReactNode } from 'react';
import { DataTable, List } from 'react-admin';

/** A list the commissioner can download as CSV (react-admin's default exporter): every list in this feature. */
export const ExportableList = ({ title, filters, sort, children }: { title: string; filters?: ReactElement[]; sort?: { field: string; order: 'ASC' | 'DESC' }; children: ReactNode }) => (
  <List title={title} filters={filters} sort={sort} perPage={25}>
    <DataTable bulkActionButtons={false} rowClick="show">
      {children}
    </DataTable>
  </List>
);
