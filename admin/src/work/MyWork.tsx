import { Alert, Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { graphql, useGraphQL } from '../common/graphql';
import { WorkTable } from './WorkTable';

const PER_PAGE = 25;
const MY_WORK = graphql(`query ($page: Int, $perPage: Int) {
  myWork(page: $page, perPage: $perPage) { total items { kind label title dueOn status resource recordId localAuthorityId } }
  myWorkCounts { overdue dueSoon total }
}`);

/** The counts at the head of a list of work, in words. */
export const WorkCounts = ({ counts }: { counts: { overdue: number; dueSoon: number; total: number } }) => (
  <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ my: 1 }} aria-label="How much is waiting">
    <Chip color={counts.overdue ? 'error' : 'default'} label={`${counts.overdue} overdue`} />
    <Chip color={counts.dueSoon ? 'warning' : 'default'} label={`${counts.dueSoon} due in the next two weeks`} />
    <Chip variant="outlined" label={`${counts.total} in all`} />
  </Stack>
);

/**
 * Everything waiting on the signed-in user, from every capability, soonest due first: audits to score and to
 * moderate, actions they own, visits and health advice due, exception notes owed, reviews and milestones.
 * Each row opens its record.
 */
export const MyWork = () => {
  const [page, setPage] = useState(0);
  const { data, error, loading } = useGraphQL(MY_WORK, { page, perPage: PER_PAGE });
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="My work" />
      <Typography variant="h5" component="h1" sx={{ mt: 1 }}>
        My work
      </Typography>
      {loading ? <LinearProgress aria-label="Loading your work" /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data ? (
        <>
          <WorkCounts counts={data.myWorkCounts} />
          <WorkTable items={data.myWork.items} total={data.myWork.total} page={page} perPage={PER_PAGE} onPage={setPage} emptyText="Nothing is waiting on you." />
        </>
      ) : null}
    </Box>
  );
};
