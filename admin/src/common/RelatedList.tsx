import { Box, Divider } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, Pagination, ReferenceManyField, type SortPayload } from 'react-admin';
import { IfCanRead, SectionTitle } from './fields';
import { defaultSort } from './sorting';

interface RelatedListProps {
  title: string;
  /** A button beside the title, e.g. "Add plan". */
  action?: ReactNode;
  reference: string;
  target: string;
  filter?: Record<string, unknown>;
  /** The API's default order for the referenced resource unless given. */
  sort?: SortPayload;
  emptyText: string;
  perPage?: number;
  /** The DataTable columns. */
  children: ReactNode;
}

/**
 * A titled, paginated table of the records that point at the one on screen (a child's plans, say). Left out for a
 * role the API would refuse the list (a commissioner reads a cycle but not its audits).
 */
export const RelatedList = ({ title, action, reference, target, filter, sort, emptyText, perPage = 10, children }: RelatedListProps) => {
  const empty = <Box sx={{ color: 'text.secondary', py: 1 }}>{emptyText}</Box>;
  return (
    <IfCanRead resource={reference}>
      <Divider />
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', pr: 2 }}>
        <SectionTitle>{title}</SectionTitle>
        {action}
      </Box>
      <Box sx={{ px: 2, pb: 2 }}>
        <ReferenceManyField
          reference={reference}
          target={target}
          filter={filter}
          sort={sort ?? defaultSort(reference)}
          perPage={perPage}
          pagination={<Pagination rowsPerPageOptions={[perPage, perPage * 2.5]} />}
          empty={empty}
        >
          <DataTable bulkActionButtons={false} rowClick="show" resource={reference} empty={empty}>
            {children}
          </DataTable>
        </ReferenceManyField>
      </Box>
    </IfCanRead>
  );
};
