import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useGetList } from 'react-admin';
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GRADES, choiceName, gradeChoices, gradeName, phaseChoices, primaryNeedChoices, settingTypeChoices, trendBreakdownChoices, type Choice, type Grade } from '../../../common/choices';
import { AuthorityCaption, type Authority } from '../../../common/authority';
import { downloadRows } from '../../../common/csv';
import { partialNote } from '../../../common/dates';
import { PeriodChoice, periodInWords, type Periodicity } from '../../../common/periods';
import { graphql, query, type ApiEnum, type ResultOf } from '../../../common/graphql';
import { ScrollBox } from '../../../common/ScrollBox';

const TREND = graphql(`query ($options: GradeTrendOptions) { gradeTrend(options: $options) { period group audited goodOrOutstanding percent low high tooFewToReport fewAudits partial elapsedPercent } }`);
const CYCLE_FIGURES = graphql(`query { sectionGradeCounts { cycleId cycleName code grade count }
  moderationAgreement { cycleId cycleName moderated exact exactPercent withinOne withinOnePercent }
  overrideCounts { cycleId audited overridden percent } }`);

type TrendPoint = ResultOf<typeof TREND>['gradeTrend'][number];
type Breakdown = ApiEnum<'TrendBreakdown'>;

const COLOURS = ['#1565c0', '#2e7d32', '#c62828', '#6a1b9a', '#ef6c00', '#00838f', '#4e342e', '#ad1457', '#37474f', '#9e9d24'];
const GRADE_COLOURS: { [G in Grade]: string } = { 4: '#2e7d32', 3: '#1565c0', 2: '#ef6c00', 1: '#c62828' };

const percent = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${value.toFixed(1)}%`);

/** The API's flags on a point, in words: whether it can be read as it stands. */
function cautions(p: TrendPoint): string[] {
  return [
    p.tooFewToReport ? `too few to report (${p.audited} final audits)` : p.fewAudits ? `few audits (${p.audited}): read with care` : '',
    p.partial ? `${partialNote(p.elapsedPercent)}, more audits may count` : '',
  ].filter(Boolean);
}

const FEW_COLOUR = '#b45309';

/** The breakdown group's readable name (team ids become team names). */
function useGroupName(breakdown: Breakdown | ''): (group: string | null) => string {
  const { data: teams } = useGetList('Team', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } }, { enabled: breakdown === 'TEAM' });
  return useMemo(() => {
    const choices: { [B in Exclude<Breakdown, 'TEAM'>]: Choice[] } = { PRIMARY_NEED: primaryNeedChoices, PHASE: phaseChoices, SETTING_TYPE: settingTypeChoices };
    return (group) => {
      if (!breakdown) return 'All plans';
      if (group === null) return 'Not recorded';
      if (breakdown === 'TEAM') return (teams?.find((t) => t.id === group)?.name as string | undefined) ?? group;
      return choiceName(choices[breakdown], group);
    };
  }, [breakdown, teams]);
}

interface ChartRow {
  period: string;
  [key: string]: unknown;
}

const TrendTooltip = ({ active, payload, label, points, groupName }: { active?: boolean; payload?: { dataKey?: unknown }[]; label?: string; points: TrendPoint[]; groupName: (g: string | null) => string }) => {
  if (!active || !payload?.length) return null;
  const shown = points.filter((p) => p.period === label);
  return (
    <Card variant="outlined" sx={{ p: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      {shown.map((p) => (
        <Typography key={p.group ?? ''} variant="caption" component="p">
          {groupName(p.group)}: {p.goodOrOutstanding} of {p.audited} good or outstanding, {percent(p.percent)} (95% CI {percent(p.low)}–{percent(p.high)})
          {cautions(p).map((c) => ` · ${c}`).join('')}
        </Typography>
      ))}
    </Card>
  );
};

/** A point on the line; hollow and amber when the API flags it as few audits or a partial term. */
const CautionDot = ({ cx, cy, caution, colour }: { cx?: number; cy?: number; caution: boolean; colour: string }) =>
  cx === undefined || cy === undefined || Number.isNaN(cy) ? null : caution ? (
    <circle cx={cx} cy={cy} r={6} fill="#fff" stroke={FEW_COLOUR} strokeWidth={2.5} />
  ) : (
    <circle cx={cx} cy={cy} r={3} fill={colour} stroke={colour} />
  );

/** Says above the chart which points cannot yet be read at face value, and why. */
const TrendCautions = ({ points, groupName }: { points: TrendPoint[]; groupName: (g: string | null) => string }) => {
  const flagged = points.filter((p) => !p.tooFewToReport && (p.fewAudits || p.partial));
  if (flagged.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1 }} data-testid="trend-cautions">
      Read with care:{' '}
      {flagged
        .map((p) => `${p.period}${p.group !== null || points.some((q) => q.group !== null) ? ` (${groupName(p.group)})` : ''}, ${cautions(p).join(' and ')}`)
        .join('; ')}
      .
    </Alert>
  );
};

/** % of final audits graded good or outstanding per term, with the counts and confidence behind every point. */
export const GradeTrendCard = ({ authority }: { authority: Authority }) => {
  const [breakdown, setBreakdown] = useState<Breakdown | ''>('');
  const [periods, setPeriods] = useState<Periodicity>({ calendar: 'ACADEMIC', frequency: 'TERMLY' });
  const localAuthorityId = authority.id;
  const [apiPoints, setPoints] = useState<TrendPoint[]>();
  // Shown in words, so "2026/27 Q1" says which year's quarter it is; pages and tests find a row by the API's label.
  const points = useMemo(() => apiPoints?.map((p) => ({ ...p, period: periodInWords(periods, p.period) })), [apiPoints, periods]);
  const [error, setError] = useState<string>();
  const groupName = useGroupName(breakdown);

  useEffect(() => {
    let live = true;
    setPoints(undefined);
    query(TREND, { options: { ...periods, breakdown: breakdown || null, localAuthorityId } })
      .then((r) => live && setPoints(r.gradeTrend))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [breakdown, localAuthorityId, periods]);

  const groups = useMemo(() => [...new Set((points ?? []).map((p) => p.group ?? ''))], [points]);
  const rows = useMemo(() => {
    const byPeriod = new Map<string, ChartRow>();
    for (const p of points ?? []) {
      const row = byPeriod.get(p.period) ?? { period: p.period };
      const key = p.group ?? '';
      // Points too small to report are left off the line (the table still shows them).
      row[`g:${key}`] = p.tooFewToReport ? null : p.percent;
      row[`ci:${key}`] = p.low === null || p.high === null ? null : [p.low, p.high];
      row[`few:${key}`] = p.fewAudits || p.partial;
      byPeriod.set(p.period, row);
    }
    return [...byPeriod.values()];
  }, [points]);

  const exportShown = () =>
    downloadRows<TrendPoint>(
      'grade-trend',
      [
        { label: 'Period', value: (p) => p.period },
        ...(breakdown ? [{ label: choiceName(trendBreakdownChoices, breakdown), value: (p: TrendPoint) => groupName(p.group) }] : []),
        { label: 'Final audits', value: (p) => p.audited },
        { label: 'Good or outstanding', value: (p) => p.goodOrOutstanding },
        { label: 'Per cent', value: (p) => p.percent?.toFixed(1) },
        { label: '95% CI low', value: (p) => p.low?.toFixed(1) },
        { label: '95% CI high', value: (p) => p.high?.toFixed(1) },
        { label: 'Too few to report', value: (p) => (p.tooFewToReport ? 'yes' : 'no') },
        { label: 'Few audits', value: (p) => (p.fewAudits ? 'yes' : 'no') },
        { label: 'Partial period', value: (p) => (p.partial ? `yes, ${Math.round(p.elapsedPercent)}% elapsed` : 'no') },
      ],
      points ?? [],
    );

  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'center' }} sx={{ mb: 2 }}>
          <Box sx={{ flex: 1 }}>
            <Typography variant="h6" component="h2">
              EHCP audits: % good or outstanding per {periods.frequency === 'TERMLY' ? 'term' : 'period'}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="p">
              A term&apos;s audits count in the period that holds the middle of the term.
            </Typography>
            <AuthorityCaption authority={authority} />
          </Box>
          <PeriodChoice value={periods} onChange={setPeriods} />
          <TextField select size="small" fullWidth={false} label="Breakdown" value={breakdown} onChange={(e) => setBreakdown(e.target.value as Breakdown | '')} sx={{ minWidth: 200 }}>
            <MenuItem value="">None</MenuItem>
            {trendBreakdownChoices.map((c) => (
              <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>
            ))}
          </TextField>
          <Button startIcon={<DownloadIcon />} onClick={exportShown} disabled={!points?.length}>
            Export CSV
          </Button>
        </Stack>
        {error ? <Alert severity="error">{error}</Alert> : null}
        {points && points.length === 0 ? <Alert severity="info">No final audits yet.</Alert> : null}
        <TrendCautions points={points ?? []} groupName={groupName} />
        {points && points.length > 0 ? (
          <>
            <Box sx={{ height: 320 }} aria-hidden="true">
              <ResponsiveContainer>
                <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="period" />
                  <YAxis domain={[0, 100]} unit="%" />
                  <Tooltip content={<TrendTooltip points={points} groupName={groupName} />} />
                  <Legend />
                  {!breakdown ? <Area dataKey="ci:" name="95% confidence interval" stroke="none" fill="#90caf9" fillOpacity={0.4} isAnimationActive={false} /> : null}
                  {groups.map((g, i) => (
                    <Line
                      key={g}
                      dataKey={`g:${g}`}
                      name={groupName(g || null)}
                      stroke={COLOURS[i % COLOURS.length]}
                      strokeWidth={2}
                      connectNulls={false}
                      isAnimationActive={false}
                      dot={(props: { cx?: number; cy?: number; index?: number; payload?: ChartRow }) => (
                        <CautionDot key={`${g}-${props.index}`} {...props} caution={Boolean(props.payload?.[`few:${g}`])} colour={COLOURS[i % COLOURS.length]!} />
                      )}
                    />
                  ))}
                </ComposedChart>
              </ResponsiveContainer>
            </Box>
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
              Only final audits count, with the moderated grade where there is one. Points with fewer final audits than the reporting threshold are flagged and left off the line;
              hollow amber points rest on few audits or on a term not yet over.
            </Typography>
            <ScrollBox label="Grade trend figures" sx={{ maxHeight: 360 }}>
              <Table size="small" aria-label="Grade trend figures">
                <TableHead>
                  <TableRow>
                    <TableCell>Period</TableCell>
                    {breakdown ? <TableCell>{choiceName(trendBreakdownChoices, breakdown)}</TableCell> : null}
                    <TableCell align="right">Final audits</TableCell>
                    <TableCell align="right">Good or outstanding</TableCell>
                    <TableCell align="right">%</TableCell>
                    <TableCell align="right">95% CI</TableCell>
                    <TableCell>Note</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {points.map((p, i) => (
                    <TableRow key={`${p.period}|${p.group ?? ''}`} data-period={apiPoints![i]!.period} data-group={p.group ?? ''}>
                      <TableCell>{p.period}</TableCell>
                      {breakdown ? <TableCell>{groupName(p.group)}</TableCell> : null}
                      <TableCell align="right" data-testid="audited">{p.audited}</TableCell>
                      <TableCell align="right">{p.goodOrOutstanding}</TableCell>
                      <TableCell align="right">{percent(p.percent)}</TableCell>
                      <TableCell align="right">{`${percent(p.low)}–${percent(p.high)}`}</TableCell>
                      <TableCell data-testid="note">{cautions(p).join('; ').replace(/^./, (c) => c.toUpperCase())}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollBox>
          </>
        ) : null}
      </CardContent>
    </Card>
  );
};

/** For one cycle: which sections pull plans down, how often moderators agreed, how often grades were overridden. */
export const CycleFiguresCard = ({ authority }: { authority: Authority }) => {
  const { data: authorityCycles } = useGetList('AuditCycle', { filter: { localAuthorityId: authority.id }, pagination: { page: 1, perPage: 500 }, sort: { field: 'opensOn', order: 'ASC' } });
  const [figures, setFigures] = useState<ResultOf<typeof CYCLE_FIGURES>>();
  const [cycleId, setCycleId] = useState('');
  const [error, setError] = useState<string>();
  useEffect(() => {
    query(CYCLE_FIGURES)
      .then(setFigures)
      .catch((e: Error) => setError(e.message));
  }, []);

  const cycles = useMemo(() => {
    // The figures cover all the user's authorities; each card keeps to its own authority's cycles.
    const own = new Set((authorityCycles ?? []).map((c) => String(c.id)));
    const named = new Map<string, string>();
    for (const c of figures?.sectionGradeCounts ?? []) if (own.has(c.cycleId)) named.set(c.cycleId, c.cycleName);
    for (const a of figures?.moderationAgreement ?? []) if (own.has(a.cycleId)) named.set(a.cycleId, a.cycleName);
    return [...named.entries()];
  }, [figures, authorityCycles]);
  const shownCycle = cycles.some(([id]) => id === cycleId) ? cycleId : (cycles.at(-1)?.[0] ?? '');
  const sections = useMemo(() => {
    const byCode = new Map<string, Record<string, unknown>>();
    for (const c of figures?.sectionGradeCounts ?? []) {
      if (c.cycleId !== shownCycle) continue;
      const row = byCode.get(c.code) ?? { code: c.code };
      row[String(c.grade)] = c.count;
      byCode.set(c.code, row);
    }
    return [...byCode.values()];
  }, [figures, shownCycle]);
  const agreement = figures?.moderationAgreement.find((a) => a.cycleId === shownCycle);
  const overrides = figures?.overrideCounts.find((o) => o.cycleId === shownCycle);

  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'center' }} sx={{ mb: 2 }}>
          <Box sx={{ flex: 1 }}>
            <Typography variant="h6" component="h2">
              Section grades and moderation, by cycle
            </Typography>
            <AuthorityCaption authority={authority} />
          </Box>
          <TextField select size="small" fullWidth={false} label="Cycle" value={shownCycle} onChange={(e) => setCycleId(e.target.value)} sx={{ minWidth: 220 }}>
            {cycles.map(([id, name]) => (
              <MenuItem key={id} value={id}>{name}</MenuItem>
            ))}
          </TextField>
        </Stack>
        {error ? <Alert severity="error">{error}</Alert> : null}
        {cycles.length === 0 && figures ? <Alert severity="info">No final audits yet.</Alert> : null}
        {sections.length > 0 ? (
          <Box sx={{ height: 280 }} aria-hidden="true">
            <ResponsiveContainer>
              <BarChart data={sections}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="code" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                {[...GRADES].reverse().map((grade) => (
                  <Bar key={grade} dataKey={String(grade)} name={gradeName(grade)} stackId="grades" fill={GRADE_COLOURS[grade]} isAnimationActive={false} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </Box>
        ) : null}
        {sections.length > 0 ? (
          <ScrollBox label="Section grade distribution">
            <Table size="small" aria-label="Section grade distribution">
              <TableHead>
                <TableRow>
                  <TableCell>Section</TableCell>
                  {gradeChoices.map((g) => (
                    <TableCell key={g.id} align="right">{g.name}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {sections.map((s) => (
                  <TableRow key={String(s.code)}>
                    <TableCell>{String(s.code)}</TableCell>
                    {gradeChoices.map((g) => (
                      <TableCell key={g.id} align="right">{Number(s[g.id] ?? 0)}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollBox>
        ) : null}
        {shownCycle ? (
          <Typography variant="body2" sx={{ mt: 2 }}>
            Moderation: {agreement ? `${agreement.moderated} audits double-marked; exact agreement ${agreement.exact} (${percent(agreement.exactPercent)}), within one grade ${agreement.withinOne} (${percent(agreement.withinOnePercent)})` : 'none moderated'}
            . Overridden overall grades: {overrides ? `${overrides.overridden} of ${overrides.audited} (${percent(overrides.percent)})` : '—'}.
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
};

export const AuditDashboard = ({ authority }: { authority: Authority }) => (
  <Box sx={{ mt: 3 }}>
    <GradeTrendCard authority={authority} />
    <CycleFiguresCard authority={authority} />
  </Box>
);
