import InsightsIcon from '@mui/icons-material/Insights';
import { gql } from '@apollo/client';
import { Alert, Box, Card, CardActionArea, CardContent, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { LinkBase, Title, useGetList } from 'react-admin';
import { choiceName, primaryNeedChoices } from '../../common/choices';
import { ukDate } from '../../common/fields';
import { apolloClient } from '../../dataProvider';
import { pounds } from './fields';

interface Group {
  key: string;
  count: number;
  annualCost: number | null;
}

interface Highlights {
  date: string;
  placements: number;
  annualCost: number | null;
  byPrimaryNeed: Group[];
  outcomesReviewed: number;
  outcomesAchievedOrOnTrack: number;
  outcomesAchievedOrOnTrackPercent: number | null;
  visitsOverdue: number;
  redAtLastVisit: number;
  urgentReviews: number;
  contractsEndingIn90Days: number;
  countOverTime: { date: string; count: number; target: number | null }[];
}

const HIGHLIGHTS = gql`
  query PlacementHighlights {
    placementHighlights {
      date placements annualCost byPrimaryNeed { key count annualCost }
      outcomesReviewed outcomesAchievedOrOnTrack outcomesAchievedOrOnTrackPercent
      visitsOverdue redAtLastVisit urgentReviews contractsEndingIn90Days countOverTime { date count target }
    }
  }
`;

const link = (filter: Record<string, unknown>) => ({ pathname: '/Placement', search: `?filter=${encodeURIComponent(JSON.stringify(filter))}` });

const Figure = ({ label, value, hint, to }: { label: string; value: string; hint?: string; to?: ReturnType<typeof link> }) => {
  const content = (
    <CardContent>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Typography variant="h4" component="p" sx={{ mt: 1, fontWeight: 600 }}>{value}</Typography>
      {hint ? <Typography variant="caption" color="text.secondary">{hint}</Typography> : null}
    </CardContent>
  );
  return (
    <Card sx={{ flex: '1 1 200px', minWidth: 200 }} aria-label={`${label}: ${value}`}>
      {to ? <CardActionArea component={LinkBase} to={to}>{content}</CardActionArea> : content}
    </Card>
  );
};

/** Annual cost (or, for those who may not see costs, the count) by primary need, as horizontal bars. */
const CostByNeed = ({ groups }: { groups: Group[] }) => {
  const costs = groups.every((g) => g.annualCost !== null);
  const value = (g: Group) => (costs ? g.annualCost! : g.count);
  const max = Math.max(1, ...groups.map(value));
  return (
    <Box role="img" aria-label={costs ? 'Annual cost by primary need' : 'Placements by primary need'}>
      {[...groups].sort((a, b) => value(b) - value(a)).map((g) => (
        <Stack key={g.key} direction="row" alignItems="center" spacing={1} sx={{ mb: 0.5 }}>
          <Typography variant="body2" sx={{ width: 240, flexShrink: 0 }} noWrap title={choiceName(primaryNeedChoices, g.key)}>
            {choiceName(primaryNeedChoices, g.key)}
          </Typography>
          <Box sx={{ flexGrow: 1, bgcolor: 'action.hover', height: 18, borderRadius: 1 }}>
            <Box sx={{ width: `${(100 * value(g)) / max}%`, bgcolor: 'primary.main', height: '100%', borderRadius: 1 }} />
          </Box>
          <Typography variant="body2" sx={{ width: 150, textAlign: 'right' }}>
            {costs ? pounds(g.annualCost!) : g.count} {costs ? `(${g.count})` : ''}
          </Typography>
        </Stack>
      ))}
    </Box>
  );
};

/** Active placements month by month, with the reduction target's line where one is set. */
const OverTime = ({ points }: { points: Highlights['countOverTime'] }) => {
  const width = 640;
  const height = 200;
  const pad = 32;
  const max = Math.max(1, ...points.map((p) => Math.max(p.count, p.target ?? 0))) * 1.1;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, points.length - 1);
  const y = (v: number) => height - pad - (v * (height - 2 * pad)) / max;
  const line = (values: (number | null)[]) =>
    values.map((v, i) => (v === null ? null : `${x(i)},${y(v)}`)).filter((p): p is string => p !== null).join(' ');
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label="Active placements over the last year against the target">
      <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke="#999" />
      <polyline points={line(points.map((p) => p.count))} fill="none" stroke="#1565c0" strokeWidth={2} />
      <polyline points={line(points.map((p) => p.target))} fill="none" stroke="#c62828" strokeWidth={2} strokeDasharray="6 4" />
      {points.map((p, i) => (
        <g key={p.date}>
          <circle cx={x(i)} cy={y(p.count)} r={3} fill="#1565c0">
            <title>{`${ukDate(p.date)}: ${p.count}${p.target === null ? '' : ` (target ${p.target.toFixed(0)})`}`}</title>
          </circle>
          {i % 3 === 0 ? <text x={x(i)} y={height - pad + 16} fontSize={11} textAnchor="middle">{ukDate(p.date).slice(3)}</text> : null}
        </g>
      ))}
      <text x={pad} y={14} fontSize={12}>{`Now ${points.at(-1)?.count ?? 0}; max ${Math.round(max / 1.1)}`}</text>
    </svg>
  );
};

/** A short list of placements matching a filter, each linking to it. */
const PlacementsNeedingAttention = ({ title, filter, empty }: { title: string; filter: Record<string, unknown>; empty: string }) => {
  const { data, total, isPending } = useGetList('Placement', { filter, pagination: { page: 1, perPage: 8 }, sort: { field: 'nextVisitDue', order: 'ASC' } });
  return (
    <Card sx={{ flex: '1 1 420px' }}>
      <CardContent>
        <Typography variant="h6" component="h2">{title} {total !== undefined ? `(${total})` : ''}</Typography>
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
        {total && total > 8 ? <LinkBase to={link(filter)}>All {total}</LinkBase> : null}
      </CardContent>
    </Card>
  );
};

export const PlacementDashboard = () => {
  const [figures, setFigures] = useState<Highlights>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    apolloClient
      .query<{ placementHighlights: Highlights }>({ query: HIGHLIGHTS, fetchPolicy: 'network-only' })
      .then((r) => live && setFigures(r.data.placementHighlights))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, []);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!figures) return <LinearProgress sx={{ m: 2 }} />;
  const percent = figures.outcomesAchievedOrOnTrackPercent;
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="Commissioner's dashboard" />
      <Typography variant="h5" component="h1" gutterBottom>
        Independent and out-of-area placements on {ukDate(figures.date)}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <Figure label="Active placements" value={figures.placements.toLocaleString('en-GB')} to={link({ status: 'ACTIVE' })} />
        {figures.annualCost !== null ? <Figure label="Annual cost" value={pounds(figures.annualCost)} hint="Education, health and social care" /> : null}
        <Figure label="Outcomes achieved or on track" value={percent === null ? '—' : `${percent.toFixed(0)}%`} hint={`${figures.outcomesAchievedOrOnTrack} of ${figures.outcomesReviewed} reviewed`} />
        <Figure label="Visits overdue" value={String(figures.visitsOverdue)} to={link({ visitOverdue: true })} />
        <Figure label="Red at last visit" value={String(figures.redAtLastVisit)} to={link({ lastVisitRed: true, status: 'ACTIVE' })} />
        <Figure label="Urgent reviews (Inadequate provider)" value={String(figures.urgentReviews)} to={link({ urgentReview: true })} />
        <Figure label="Contracts ending in 90 days" value={String(figures.contractsEndingIn90Days)} />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <Card sx={{ flex: '1 1 480px' }}>
          <CardContent>
            <Typography variant="h6" component="h2">{figures.annualCost !== null ? 'Annual cost by primary need' : 'Placements by primary need'}</Typography>
            <CostByNeed groups={figures.byPrimaryNeed} />
          </CardContent>
        </Card>
        <Card sx={{ flex: '1 1 480px' }}>
          <CardContent>
            <Typography variant="h6" component="h2">Placements over the year (dashed: reduction target)</Typography>
            <OverTime points={figures.countOverTime} />
          </CardContent>
        </Card>
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        <PlacementsNeedingAttention title="Overdue visits" filter={{ visitOverdue: true }} empty="No visits overdue." />
        <PlacementsNeedingAttention title="Urgent reviews" filter={{ urgentReview: true }} empty="No placements at an Inadequate provider await a visit." />
        <PlacementsNeedingAttention title="Red at the last visit" filter={{ lastVisitRed: true, status: 'ACTIVE' }} empty="No red ratings at the last visits." />
      </Stack>
    </Box>
  );
};

export const placementDashboardResource = {
  name: 'commissioning',
  list: PlacementDashboard,
  icon: InsightsIcon,
  options: { label: "Commissioner's dashboard" },
};
