import { Chip, Link as MuiLink, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { labelledChoices, choiceName } from '../common/choices';
import { useMyAuthorities } from '../common/authority';
import { ScrollBox } from '../common/ScrollBox';
import { dueDate, workLink } from './links';

const statusChoices = labelledChoices('WorkStatus');
const STATUS_COLOUR: Record<string, 'error' | 'warning' | 'default'> = { OVERDUE: 'error', DUE_SOON: 'warning', UPCOMING: 'default' };

export interface WorkRow {
  kind: string;
  label: string;
  title: string;
  dueOn: string;
  status: string;
  resource: string;
  recordId: string;
  localAuthorityId: string;
  assignee?: { displayName: string } | null;
}

interface WorkTableProps {
  items: WorkRow[];
  total: number;
  page: number;
  perPage: number;
  onPage: (page: number) => void;
  /** The team view names whose each item is. */
  showAssignee?: boolean;
  emptyText: string;
}

/** Items of work, soonest due first, each opening the record it is about. */
export const WorkTable = ({ items, total, page, perPage, onPage, showAssignee = false, emptyText }: WorkTableProps) => {
  const { authorities } = useMyAuthorities();
  const several = authorities.length > 1;
  if (total === 0) return <Typography sx={{ my: 2 }}>{emptyText}</Typography>;
  return (
    <>
      {/* A definite limit: the layout's flex content would otherwise widen to the table's widest title. */}
      <ScrollBox label="Work, scrolling sideways on a narrow screen" sx={{ maxWidth: 'calc(100vw - 48px)' }}>
        <Table size="small" aria-label="Work, soonest due first">
          <TableHead>
            <TableRow>
              <TableCell>Due</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Kind</TableCell>
              <TableCell>What</TableCell>
              {showAssignee ? <TableCell>Whose</TableCell> : null}
              {several ? <TableCell>Local authority</TableCell> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => (
              <TableRow key={`${item.kind} ${item.recordId} ${item.assignee?.displayName ?? ''}`} data-work-kind={item.kind}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{dueDate(item.dueOn)}</TableCell>
                <TableCell>
                  <Chip size="small" label={choiceName(statusChoices, item.status)} color={STATUS_COLOUR[item.status] ?? 'default'} />
                </TableCell>
                <TableCell>{item.label}</TableCell>
                <TableCell>
                  <MuiLink component={Link} to={workLink(item)}>
                    {item.title}
                  </MuiLink>
                </TableCell>
                {showAssignee ? <TableCell>{item.assignee?.displayName ?? '—'}</TableCell> : null}
                {several ? <TableCell>{authorities.find((la) => la.id === item.localAuthorityId)?.name ?? ''}</TableCell> : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollBox>
      <TablePagination
        component="div"
        count={total}
        page={page}
        rowsPerPage={perPage}
        rowsPerPageOptions={[perPage]}
        onPageChange={(_event, next) => onPage(next)}
        labelDisplayedRows={({ from, to, count }) => `${from}–${to} of ${count}`}
      />
    </>
  );
};
