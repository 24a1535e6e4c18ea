import { Alert, Box, Button, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { graphql, useGraphQL } from '../common/graphql';
import { ScrollBox } from '../common/ScrollBox';
import { WorkTable } from './WorkTable';

const PER_PAGE = 25;
const COUNTS = graphql('query { teamWorkCounts { user { id displayName } overdue dueSoon total } }');
const TEAM_WORK = graphql(`query ($userId: UUID, $page: Int, $perPage: Int) {
  teamWork(userId: $userId, page: $page, perPage: $perPage) {
    total items { kind label title dueOn status resource recordId localAuthorityId assignee { id displayName } }
  }
}`);

/** One colleague's work, or everyone's. */
const Items = ({ userId }: { userId: string | null }) => {
  const [page, setPage] = useState(0);
  const { data, error, loading } = useGraphQL(TEAM_WORK, { userId, page, perPage: PER_PAGE });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (loading && !data) return <LinearProgress aria-label="Loading the work" />;
  return data ? (
    <WorkTable items={data.teamWork.items} total={data.teamWork.total} page={page} perPage={PER_PAGE} onPage={setPage} showAssignee={!userId} emptyText="Nothing is waiting." />
  ) : null;
};

/**
 * For QA officers and admins: how much work waits on each colleague in their authorities, and what it is
 * (only what the manager could open themselves).
 */
export const TeamWork = () => {
  const { data, error, loading } = useGraphQL(COUNTS, {});
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="Team work" />
      <Typography variant="h5" component="h1" sx={{ mt: 1 }}>
        Team work
      </Typography>
      {loading ? <LinearProgress aria-label="Loading the team's work" /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data ? (
        <ScrollBox label="Colleagues, scrolling sideways on a narrow screen" sx={{ mb: 3, maxWidth: 'calc(100vw - 48px)' }}>
          <Table size="small" aria-label="Work waiting on each colleague">
            <TableHead>
              <TableRow>
                <TableCell>Colleague</TableCell>
                <TableCell align="right">Overdue</TableCell>
                <TableCell align="right">Due in two weeks</TableCell>
                <TableCell align="right">In all</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.teamWorkCounts.map((row) => (
                <TableRow key={row.user?.id ?? ''} selected={chosen?.id === row.user?.id}>
                  <TableCell>{row.user?.displayName ?? '—'}</TableCell>
                  <TableCell align="right">{row.overdue}</TableCell>
                  <TableCell align="right">{row.dueSoon}</TableCell>
                  <TableCell align="right">{row.total}</TableCell>
                  <TableCell>
                    {row.user ? (
                      <Button size="small" onClick={() => setChosen({ id: row.user!.id, name: row.user!.displayName })} aria-label={`Show the work of ${row.user.displayName}`}>
                        Show
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollBox>
      ) : null}
      <Typography variant="h6" component="h2">
        {chosen ? `Work of ${chosen.name}` : 'Everyone’s work'}
      </Typography>
      {chosen ? (
        <Button size="small" onClick={() => setChosen(null)}>
          Show everyone’s
        </Button>
      ) : null}
      <Items key={chosen?.id ?? 'everyone'} userId={chosen?.id ?? null} />
    </Box>
  );
};
