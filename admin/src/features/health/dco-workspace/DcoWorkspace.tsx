import { Box, Card, CardContent, Chip, TextField as MuiTextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { Button, DataTable, List, ReferenceField, Title, useGetList, useNotify } from 'react-admin';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AuthorityCaption, ForEachAuthority, type Authority } from '../../../common/authority';
import { readableMessage } from '../../../common/errors';
import { auditStatusChoices, choiceName } from '../../../common/choices';
import { CaseReferenceField, SectionTitle, UkDateField, ukDate } from '../../../common/fields';
import { TimelinessChip } from '../advice/fields';
import { downloadRows, type Column } from '../../../common/csv';
import { graphql, query, type ResultOf } from '../../../common/graphql';
import { addDays, today } from '../../../common/dates';

const FIGURES = graphql(`query ($trend: HealthFigureOptions, $recent: HealthFigureOptions, $limit: Int, $localAuthorityId: UUID) {
  healthScorecards(options: $trend) {
    teamId teamName localAuthorityId period adviceRequested adviceDue adviceOnTime adviceOnTimePercent adviceReviewed adviceGoodOrBetter adviceGoodPercent
    deepDivesAudited deepDiveGoodPercent deepDiveActionsOpen baselineOnTimePercent onTimeChange baselineGoodPercent goodChange partial coveredPercent
  }
  healthServicesNeedingSupport(options: $recent, limit: $limit) { rank teamId teamName supportScore adviceOnTimePercent adviceGoodPercent deepDiveGoodPercent }
  annualHealthCheck(options: $recent) { reviews discussed percent target metTarget }
  healthSignOffSummary(localAuthorityId: $localAuthorityId) { awaiting changesRequested agreed agreedFirstTimePercent }
}`);

type Figures = ResultOf<typeof FIGURES>;
type Scorecard = Figures['healthScorecards'][number];

/** Percentages to one decimal place. */
const figure = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

const SCORECARD_COLUMNS: Column<Scorecard>[] = [
  { label: 'Health service', value: (s) => s.teamName },
  { label: 'Period', value: (s) => s.period },
  { label: 'Period partial', value: (s) => s.partial },
  { label: 'Advice requested', value: (s) => s.adviceRequested },
  { label: 'Advice due', value: (s) => s.adviceDue },
  { label: 'On time', value: (s) => s.adviceOnTime },
  { label: 'On time %', value: (s) => figure(s.adviceOnTimePercent) },
  { label: 'On time % against baseline', value: (s) => figure(s.onTimeChange) },
  { label: 'Reviewed', value: (s) => s.adviceReviewed },
  { label: 'Good or better', value: (s) => s.adviceGoodOrBetter },
  { label: 'Good or better %', value: (s) => figure(s.adviceGoodPercent) },
  { label: 'Good % against baseline', value: (s) => figure(s.goodChange) },
  { label: 'Deep dives', value: (s) => s.deepDivesAudited },
  { label: 'Deep dives good %', value: (s) => figure(s.deepDiveGoodPercent) },
  { label: 'Open deep-dive actions', value: (s) => s.deepDiveActionsOpen },
];

const isoDaysAgo = (days: number) => addDays(today(), -days);
const pct = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value)}%`);
const change = (value: number | null | undefined) => (value === null || value === undefined ? '' : `${value >= 0 ? '+' : ''}${Math.round(value)}`);
/** Team names carry the authority and "(synthetic)"; the charts need the service. */
const shortName = (name: string) => name.replace(/^(Cambridgeshire|Peterborough)\s+/, '').replace(/\s*\(synthetic\)$/, '');
const COLOURS = ['#1565c0', '#2e7d32', '#c62828', '#6a1b9a', '#ef6c00', '#00838f', '#5d4037', '#455a64'];

const TrendChart = ({ rows, metric, title }: { rows: Scorecard[]; metric: 'adviceOnTimePercent' | 'adviceGoodPercent'; title: string }) => {
  const teams = [...new Map(rows.map((r) => [r.teamId, shortName(r.teamName)])).entries()];
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  // A half-year the window cuts short is labelled so, lest its figure be read as the whole half-year's.
  const data = periods.map((period) => ({
    period: rows.some((r) => r.period === period && r.partial) ? `${period} (partial)` : period,
    ...Object.fromEntries(teams.map(([id, name]) => [name, rows.find((r) => r.teamId === id && r.period === period)?.[metric] ?? null])),
  }));
  return (
    <Box sx={{ flex: '1 1 460px', minWidth: 320 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip formatter={(value) => pct(value as number)} />
          <Legend />
          {teams.map(([id, name], i) => (
            <Line key={id} type="monotone" dataKey={name} stroke={COLOURS[i % COLOURS.length]} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
};

const Panel = ({ title, authority, children }: { title: string; authority: Authority; children: React.ReactNode }) => (
  <Card variant="outlined" sx={{ mb: 2 }}>
    <CardContent>
      <SectionTitle>{title}</SectionTitle>
      <AuthorityCaption authority={authority} />
      {children}
    </CardContent>
  </Card>
);

const AUDIT_STATUSES = graphql(`query ($filter: AuditFilter) { allAudits(filter: $filter, perPage: 1000) { id status } }`);

/** The current deep dive: the authority's latest health deep-dive cycle and where its audits stand. */
const CurrentDeepDive = ({ localAuthorityId }: { localAuthorityId: string }) => {
  const notify = useNotify();
  const { data: cycles } = useGetList('AuditCycle', {
    filter: { kind: 'HEALTH_DEEP_DIVE', localAuthorityId },
    sort: { field: 'opensOn', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  const cycle = cycles?.[0];
  const [statuses, setStatuses] = useState<string[]>([]);
  useEffect(() => {
    if (!cycle) return;
    query(AUDIT_STATUSES, { filter: { cycleId: String(cycle.id) } }).then(
      (data) => setStatuses(data.allAudits.map((a) => a.status)),
      (error) => notify(readableMessage(error), { type: 'error' }),
    );
  }, [cycle, notify]);
  if (!cycle) return <Typography>No deep dive yet.</Typography>;
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return (
    <Box data-testid="current-deep-dive">
      <Typography sx={{ mb: 1 }}>
        <strong>{String(cycle.name)}</strong> — opened {ukDate(cycle.opensOn)}, closes {ukDate(cycle.closesOn)}; {statuses.length} plans of children with complex health needs sampled.
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {[...counts.entries()].map(([status, n]) => (
          <Chip key={status} label={`${choiceName(auditStatusChoices, status)}: ${n}`} />
        ))}
      </Box>
    </Box>
  );
};

/** One authority's workspace: what waits for the DCO there, and its health services' figures. */
const AuthorityWorkspace = ({ authority: shown }: { authority: Authority }) => {
  const notify = useNotify();
  const [limit, setLimit] = useState(4);
  const [figures, setFigures] = useState<Figures | null>(null);
  const authority = shown.id;

  useEffect(() => {
    const scope = { localAuthorityId: authority };
    setFigures(null);
    query(FIGURES, { trend: { ...scope, from: isoDaysAgo(730) }, recent: { ...scope, from: isoDaysAgo(365) }, limit, localAuthorityId: authority }).then(
      setFigures,
      (error) => notify(readableMessage(error), { type: 'error' }),
    );
  }, [authority, limit, notify]);

  const latest = useMemo(() => {
    const byTeam = new Map<string, Scorecard>();
    for (const row of figures?.healthScorecards ?? []) if ((byTeam.get(row.teamId)?.period ?? '') < row.period) byTeam.set(row.teamId, row);
    return [...byTeam.values()].sort((a, b) => a.teamName.localeCompare(b.teamName));
  }, [figures]);

  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, mb: 2, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {shown.name}
        </Typography>
        {figures && (
          <Typography data-testid="sign-off-summary">
            Sign-offs: {figures.healthSignOffSummary.awaiting} awaiting, {figures.healthSignOffSummary.changesRequested} with changes requested, {figures.healthSignOffSummary.agreed} agreed (
            {pct(figures.healthSignOffSummary.agreedFirstTimePercent)} first time)
          </Typography>
        )}
      </Box>

      <Panel authority={shown} title="Advice awaiting review">
        <List resource="AdviceRequest" filter={{ awaitingReview: true, agency: 'HEALTH', localAuthorityId: authority }} sort={{ field: 'dueOn', order: 'ASC' }} perPage={5} disableSyncWithLocation storeKey={`dco.advice.${authority}`} title=" ">
          <DataTable bulkActionButtons={false} rowClick={(id) => `/AdviceRequest/${id}/show`}>
            <DataTable.Col source="caseReference" label="Case reference">
              <CaseReferenceField link />
            </DataTable.Col>
            <DataTable.Col source="team" label="Health service">
              <ReferenceField source="team.id" reference="Team" link={false} />
            </DataTable.Col>
            <DataTable.Col source="dueOn" label="Due" field={UkDateField} />
            <DataTable.Col source="receivedOn" label="Received" field={UkDateField} />
            <DataTable.Col label="Timeliness" disableSort>
              <TimelinessChip />
            </DataTable.Col>
          </DataTable>
        </List>
      </Panel>

      <Panel authority={shown} title="Plans awaiting health sign-off">
        <List resource="HealthSignOff" filter={{ status: 'AWAITING', localAuthorityId: authority }} sort={{ field: 'requestedOn', order: 'ASC' }} perPage={5} disableSyncWithLocation storeKey={`dco.signoffs.${authority}`} title=" ">
          <DataTable bulkActionButtons={false} rowClick={(id) => `/HealthSignOff/${id}/show`}>
            <DataTable.Col source="caseReference" label="Case reference">
              <CaseReferenceField link />
            </DataTable.Col>
            <DataTable.Col source="requestedOn" label="Asked" field={UkDateField} />
          </DataTable>
        </List>
      </Panel>

      <Panel authority={shown} title="The current deep dive">
        <CurrentDeepDive localAuthorityId={authority} />
      </Panel>

      <Panel authority={shown} title="Health service scorecards">
        <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button label="Export CSV" onClick={() => downloadRows('health-scorecards', SCORECARD_COLUMNS, figures?.healthScorecards ?? [])} />
        </Box>
        <Box sx={{ overflowX: 'auto' }}>
          <Box component="table" data-testid="scorecards" sx={{ width: '100%', borderCollapse: 'collapse', '& td, & th': { borderBottom: '1px solid #ddd', p: 0.75, textAlign: 'left' } }}>
            <thead>
              <tr>
                <th>Health service</th>
                <th>Period</th>
                <th>Advice on time</th>
                <th>Against baseline</th>
                <th>Advice good or better</th>
                <th>Against baseline</th>
                <th>Deep dives good or better</th>
                <th>Open deep-dive actions</th>
              </tr>
            </thead>
            <tbody>
              {latest.map((row) => (
                <tr key={row.teamId} data-team={shortName(row.teamName)}>
                  <td>{shortName(row.teamName)}</td>
                  <td data-figure="period">{row.period}{row.partial ? ` (partial: ${Math.round(row.coveredPercent)}% of the half-year so far)` : ''}</td>
                  <td data-figure="onTime">
                    {pct(row.adviceOnTimePercent)} ({row.adviceOnTime} of {row.adviceDue})
                  </td>
                  <td>{change(row.onTimeChange)}</td>
                  <td data-figure="good">
                    {pct(row.adviceGoodPercent)} ({row.adviceGoodOrBetter} of {row.adviceReviewed})
                  </td>
                  <td>{change(row.goodChange)}</td>
                  <td>
                    {pct(row.deepDiveGoodPercent)} ({row.deepDivesAudited})
                  </td>
                  <td>{row.deepDiveActionsOpen}</td>
                </tr>
              ))}
            </tbody>
          </Box>
        </Box>
        <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', mt: 3 }}>
          <TrendChart rows={figures?.healthScorecards ?? []} metric="adviceOnTimePercent" title="Advice received on time, by half-year" />
          <TrendChart rows={figures?.healthScorecards ?? []} metric="adviceGoodPercent" title="Advice good or better, by half-year" />
        </Box>
      </Panel>

      <Panel authority={shown} title="Most in need of targeted support (last 12 months)">
        <MuiTextField type="number" label="How many services" value={limit} onChange={(e) => setLimit(Math.max(1, Number(e.target.value) || 1))} size="small" sx={{ mb: 2, width: 180 }} />
        <Box component="ol" data-testid="ranking">
          {(figures?.healthServicesNeedingSupport ?? []).map((row) => (
            <li key={row.teamId}>
              <strong>{shortName(row.teamName)}</strong> — support score {Math.round(row.supportScore)} (on time {pct(row.adviceOnTimePercent)}, good advice {pct(row.adviceGoodPercent)}, good deep
              dives {pct(row.deepDiveGoodPercent)})
            </li>
          ))}
        </Box>
      </Panel>

      {figures && (
        <Panel authority={shown} title="Annual health checks (young people 14–25 with a learning disability, last 12 months)">
          <Typography data-testid="health-check">
            Discussed at {figures.annualHealthCheck.discussed} of {figures.annualHealthCheck.reviews} annual reviews: {pct(figures.annualHealthCheck.percent)} against a target of{' '}
            {figures.annualHealthCheck.target}% {figures.annualHealthCheck.metTarget === null ? '' : figures.annualHealthCheck.metTarget ? '(met)' : '(not met)'}
          </Typography>
        </Panel>
      )}
    </>
  );
};

/** The DCO's workspace for the local authority chosen in the app bar (or each side by side). */
export const DcoWorkspace = () => (
  <Box sx={{ p: 2 }}>
    <Title title="DCO workspace" />
    <ForEachAuthority>{(authority) => <AuthorityWorkspace authority={authority} />}</ForEachAuthority>
  </Box>
);
