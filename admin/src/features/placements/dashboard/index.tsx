import InsightsIcon from '@mui/icons-material/Insights';
import { Alert, Box, Card, CardActionArea, CardContent, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { LinkBase, Title, useGetList } from 'react-admin';
import { AuthorityCaption, ForEachAuthority, type Authority } from '../../../common/authority';
import { choiceName, primaryNeedChoices } from '../../../common/choices';
import { compactPounds, pounds, ukDate } from '../../../common/fields';
import { graphql, query, type ResultOf } from '../../../common/graphql';

const HIGHLIGHTS = graphql(`
  query PlacementHighlights($localAuthorityId: UUID) {
    placementHighlights(localAuthorityId: $localAuthorityId) {
      date placements annualCost byPrimaryNeed { key count annualCost }
      outcomesReviewed outcomesAchievedOrOnTrack outcomesAchievedOrOnTrackPercent
      visitsOverdue redAtLastVisit urgentReviews contractsEndingIn90Days pastPlannedEnd countOverTime { date count target }
    }
  }
`);

type Highlights = ResultOf<typeof HIGHLIGHTS>['placementHighlights'];

const placementsLink = (filter: Record<string, unknown>) => ({ pathname: '/Placement', search: `?filter=${encodeURIComponent(JSON.stringify(filter))}` });

const Figure = ({ label, value, hint, to, authority }: { label: string; value: string; hint?: string; to?: ReturnType<typeof placementsLink>; authority: Authority }) => {
  const content = (
    <CardContent>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Typography variant="h4" component="p" sx={{ mt: 1, fontWeight: 600 }}>{value}</Typography>
      {hint ? <Typography variant="caption" color="text.secondary">{hint}</Typography> : null}
      <AuthorityCaption authority={authority} />
    </CardContent>
  );
  return (
    <Card sx={{ flex: '1 1 200px', minWidth: 200 }} aria-label={`${label} in ${authority.name}: ${value}`}>
      {to ? <CardActionArea component={LinkBase} to={to}>{content}</CardActionArea> : content}
    </Card>
  );
};

/** Annual cost (or, for those who may not see costs, the count) by primary need, largest first. */
const CostByNeed = ({ groups }: { groups: Highlights['byPrimaryNeed'] }) => {
  const costs = groups.every((g) => g.annualCost !== null);
  const rows = groups
    .map((g) => ({ need: choiceName(primaryNeedChoices, g.key), value: costs ? g.annualCost! : g.count, count: g.count }))
    .sort((a, b) => b.value - a.value);
  return (
    <Box sx={{ height: 40 + 28 * rows.length }} role="img" aria-label={costs ? 'Annual cost by primary need' : 'Placements by primary need'}>
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ top: 5, right: 30, bottom: 5, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => (costs ? compactPounds(v) : String(v))} />
          <YAxis type="category" dataKey="need" width={220} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v, _name, item) => [costs ? `${pounds(Number(v))} (${item.payload.count} placements)` : `${v} placements`, costs ? 'Annual cost' : 'Placements']} />
          <Bar dataKey="value" fill="#1d4e89" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};

/** Active placements month by month, with the reduction target's line where one is set. */
const OverTime = ({ points }: { points: Highlights['countOverTime'] }) => (
  <Box sx={{ height: 280 }} role="img" aria-label="Active placements over the last year against the target">
    <ResponsiveContainer>
      <LineChart data={points} margin={{ top: 10, right: 30, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tickFormatter={ukDate} />
        <YAxis allowDecimals={false} domain={['auto', 'auto']} />
        <Tooltip labelFormatter={(label) => ukDate(String(label))} formatter={(v) => Math.round(Number(v))} />
        <Legend />
        <Line dataKey="count" name="Active placements" stroke="#1565c0" strokeWidth={2} isAnimationActive={false} />
        <Line dataKey="target" name="Line to the reduction target" stroke="#c62828" strokeDasharray="6 3" dot={false} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </ResponsiveContainer>
  </Box>
);

/** A short list of placements matching a filter, each linking to it. */
const PlacementsNeedingAttention = ({ title, filter: asked, empty, authority }: { title: string; filter: Record<string, unknown>; empty: string; authority: Authority }) => {
  const filter = { ...asked, localAuthorityId: authority.id };
  const { data, total, isPending } = useGetList('Placement', { filter, pagination: { page: 1, perPage: 8 }, sort: { field: 'nextVisitDue', order: 'ASC' } });
  return (
    <Card sx={{ flex: '1 1 420px', minWidth: 0 }}>
      <CardContent>
        <Typography variant="h6" component="h2">{title} {total !== undefined ? `(${total})` : ''}</Typography>
        <AuthorityCaption authority={authority} />
        {isPending ? <LinearProgress /> : null}
        {data && data.length === 0 ? <Typography variant="body2" color="text.secondary">{empty}</Typography> : null}
        {data && data.length > 0 ? (
          <Table size="small">
            <TableHead>
              <TableRow><TableCell>Case reference</TableCell><TableCell>Provider</TableCell><TableCell>Next visit due</TableCell></TableRow>
            </TableHead>
            <TableBody>
              {data.map((p) => (
                <TableRow key={p.id} hover>
                  <TableCell><LinkBase to={`/Placement/${p.id}/show`}>{String(p.caseReference)}</LinkBase></TableCell>
                  <TableCell>{String(p.providerName)}</TableCell>
                  <TableCell>{ukDate(String(p.nextVisitDue))}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
        {total && total > 8 ? <LinkBase to={placementsLink(filter)}>All {total}</LinkBase> : null}
      </CardContent>
    </Card>
  );
};

/** One authority's placements: its figures, charts and the placements needing attention. */
const AuthorityPlacements = ({ authority }: { authority: Authority }) => {
  const [figures, setFigures] = useState<Highlights>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    setFigures(undefined);
    query(HIGHLIGHTS, { localAuthorityId: authority.id })
      .then((r) => live && setFigures(r.placementHighlights))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [authority.id]);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!figures) return <LinearProgress sx={{ m: 2 }} />;
  const percent = figures.outcomesAchievedOrOnTrackPercent;
  const link = (filter: Record<string, unknown>) => placementsLink({ ...filter, localAuthorityId: authority.id });
  return (
    <>
      <Typography variant="h6" component="h2" gutterBottom>
        {authority.name} on {ukDate(figures.date)}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <Figure authority={authority} label="Active placements" value={figures.placements.toLocaleString('en-GB')} to={link({ status: 'ACTIVE' })} />
        {figures.annualCost !== null ? <Figure authority={authority} label="Annual cost" value={compactPounds(figures.annualCost)} hint={`${pounds(figures.annualCost)}: education, health and social care`} /> : null}
        <Figure authority={authority} label="Outcomes achieved or on track" value={percent === null ? '—' : `${percent.toFixed(0)}%`} hint={`${figures.outcomesAchievedOrOnTrack} of ${figures.outcomesReviewed} reviewed`} />
        <Figure authority={authority} label="Visits overdue" value={String(figures.visitsOverdue)} to={link({ visitOverdue: true })} />
        <Figure authority={authority} label="Red at last visit" value={String(figures.redAtLastVisit)} to={link({ lastVisitRed: true, status: 'ACTIVE' })} />
        <Figure authority={authority} label="Urgent reviews (Inadequate provider)" value={String(figures.urgentReviews)} to={link({ urgentReview: true })} />
        <Figure authority={authority} label="Contracts ending in 90 days" value={String(figures.contractsEndingIn90Days)} />
        <Figure authority={authority} label="Still open after the planned end" value={String(figures.pastPlannedEnd)} to={link({ pastPlannedEnd: true })} />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <Card sx={{ flex: '1 1 480px' }}>
          <CardContent>
            <Typography variant="h6" component="h2">{figures.annualCost !== null ? 'Annual cost by primary need' : 'Placements by primary need'}</Typography>
            <AuthorityCaption authority={authority} />
            <CostByNeed groups={figures.byPrimaryNeed} />
          </CardContent>
        </Card>
        <Card sx={{ flex: '1 1 480px' }}>
          <CardContent>
            <Typography variant="h6" component="h2">Placements over the year</Typography>
            <AuthorityCaption authority={authority} />
            <OverTime points={figures.countOverTime} />
          </CardContent>
        </Card>
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        <PlacementsNeedingAttention authority={authority} title="Overdue visits" filter={{ visitOverdue: true }} empty="No visits overdue." />
        <PlacementsNeedingAttention authority={authority} title="Urgent reviews" filter={{ urgentReview: true }} empty="No placements at an Inadequate provider await a visit." />
        <PlacementsNeedingAttention authority={authority} title="Red at the last visit" filter={{ lastVisitRed: true, status: 'ACTIVE' }} empty="No red ratings at the last visits." />
      </Stack>
    </>
  );
};

/** The commissioner's dashboard, for the local authority chosen in the app bar (or each side by side). */
export const PlacementDashboard = () => (
  <Box sx={{ mt: 2, mb: 4 }}>
    <Title title="Commissioner's dashboard" />
    <Typography variant="h5" component="h1" gutterBottom>
      Independent and out-of-area placements
    </Typography>
    <ForEachAuthority>{(authority) => <AuthorityPlacements authority={authority} />}</ForEachAuthority>
  </Box>
);

export const placementDashboardResource = {
  name: 'commissioning',
  list: PlacementDashboard,
  icon: InsightsIcon,
  // It lists the placements next due a visit: those who may read placements open it (a board member reads the figures, not this).
  options: { label: "Commissioner's dashboard", operation: 'allPlacements' },
};
