import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Title, useNotify } from 'react-admin';
import { phaseChoices } from '../../../common/choices';
import { ukDate } from '../../../common/fields';
import { graphql, query, type ResultOf } from '../../../common/graphql';
import { reasonChoices, senStatusChoices } from './choices';
import { ChosenAuthoritySelect, useChosenLocalAuthority } from '../../../common/authority';
import { PeriodChoice, periodInWords, type Periodicity } from '../../../common/periods';

const FIGURES = graphql(`
  query ($localAuthorityId: UUID!, $asOf: LocalDate, $calendar: ReportingCalendar, $frequency: KpiFrequency) {
    partTimeFigures(localAuthorityId: $localAuthorityId, asOf: $asOf) {
      asOf active belowCompulsorySchoolAge reviewOverdue consentMissing overMaximum ended medianWeeks
      baselineDate baselineCount targetReductionPercent targetDate targetCount reductionPercent trajectoryCount onTrack
      bySenStatus { key label count } bySetting { key label count } byPhase { key label count } byPrimaryNeed { key label count } byReason { key label count }
    }
    partTimeTrend(localAuthorityId: $localAuthorityId, calendar: $calendar, frequency: $frequency) { period date active trajectoryCount }
  }
`);

type Figures = ResultOf<typeof FIGURES>['partTimeFigures'];

const round1 = (value: number | null) => (value === null ? '—' : value.toLocaleString('en-GB', { maximumFractionDigits: 1 }));
/** Readable names for the groups' codes (SEN status, phase, reason); primary needs keep their SEN2 codes. */
const GROUP_LABEL = Object.fromEntries([...senStatusChoices, ...phaseChoices, ...reasonChoices].map((c) => [c.id, c.name]));

/** A figure with its unit beside it (pupils, timetables, %, weeks), so no number stands alone. */
const Figure = ({ label, value, unit }: { label: string; value: string | number; unit: string }) => (
  <Box sx={{ minWidth: 150 }}>
    <Typography variant="h4" component="p">
      {value}
      {value === '—' ? null : (
        <Typography component="span" variant="h6" sx={{ ml: unit === '%' ? 0 : 0.75 }}>
          {unit}
        </Typography>
      )}
    </Typography>
    <Typography variant="body2" color="text.secondary">{label}</Typography>
  </Box>
);

const Breakdown = ({ title, counts, limit }: { title: string; counts: Figures['bySenStatus']; limit?: number }) => (
  <Box sx={{ minWidth: 260, flex: 1 }}>
    <Typography variant="subtitle1" component="h3">{title}</Typography>
    <Table size="small">
      <TableHead><TableRow><TableCell>Group</TableCell><TableCell align="right">Pupils</TableCell></TableRow></TableHead>
      <TableBody>
        {counts.slice(0, limit).map((c) => (
          <TableRow key={c.key}><TableCell>{GROUP_LABEL[c.label] ?? c.label}</TableCell><TableCell align="right">{c.count}</TableCell></TableRow>
        ))}
      </TableBody>
    </Table>
  </Box>
);

/** Active part-time timetables over time against the baseline and the line to the target, and today's (or any date's) figures. */
export const PartTimeFigures = () => {
  const notify = useNotify();
  const { chosen, chosenName } = useChosenLocalAuthority();
  const [asOf, setAsOf] = useState('');
  const [figures, setFigures] = useState<Figures | null>(null);
  const [trend, setTrend] = useState<ResultOf<typeof FIGURES>['partTimeTrend']>([]);
  const [periods, setPeriods] = useState<Periodicity>({ calendar: 'FINANCIAL', frequency: 'MONTHLY' });
  useEffect(() => {
    if (!chosen) return;
    query(FIGURES, { localAuthorityId: chosen, asOf: asOf || null, ...periods })
      .then((result) => {
        setFigures(result.partTimeFigures);
        setTrend(result.partTimeTrend.map((p) => ({ ...p, period: periodInWords(periods, p.period) })));
      })
      .catch((error: Error) => notify(error.message, { type: 'error' }));
  }, [chosen, asOf, periods, notify]);

  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Title title="Part-time timetables: figures and target" />
      <Card>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <ChosenAuthoritySelect />
          <TextField type="date" label="As of" value={asOf} onChange={(e) => setAsOf(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} helperText="Empty: today" fullWidth={false} sx={{ width: 200 }} />
          <PeriodChoice value={periods} onChange={setPeriods} label="Trend" />
        </CardContent>
      </Card>
      {figures ? (
        <>
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2">Pupils with SEND on part-time timetables in {chosenName} on {ukDate(figures.asOf)}</Typography>
              <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', mt: 1 }}>
                <Figure label="on part-time timetables (of compulsory school age)" value={figures.active} unit="pupils" />
                <Figure label={`baseline (${figures.baselineDate ? ukDate(figures.baselineDate) : 'not set'})`} value={figures.baselineCount ?? '—'} unit="pupils" />
                <Figure label={`target: ${figures.targetReductionPercent}% fewer by ${figures.targetDate ? ukDate(figures.targetDate) : '—'}`} value={round1(figures.targetCount)} unit="pupils" />
                <Figure label={`reduction so far (${figures.onTrack === null ? 'no target line' : figures.onTrack ? 'on track' : 'behind the line'})`} value={round1(figures.reductionPercent)} unit="%" />
                <Figure label="reviews overdue" value={figures.reviewOverdue} unit="timetables" />
                <Figure label="consent missing" value={figures.consentMissing} unit="timetables" />
                <Figure label="past the maximum, no extension" value={figures.overMaximum} unit="timetables" />
                <Figure label={`median length (${figures.ended} ended)`} value={round1(figures.medianWeeks)} unit="weeks" />
              </Box>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="below-school-age">
                Not counted above: {figures.belowCompulsorySchoolAge} pupil{figures.belowCompulsorySchoolAge === 1 ? '' : 's'} below compulsory school age
                attending part time, which is their parents&apos; right until the term after their fifth birthday.
              </Typography>
            </CardContent>
          </Card>
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2">Active timetables at the start of each period in {chosenName}</Typography>
              <Box sx={{ height: 320 }} aria-label="Active part-time timetables over time against the baseline and target">
                <ResponsiveContainer>
                  <LineChart data={trend} margin={{ top: 10, right: 30, bottom: 0, left: 0 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="period" />
                    <YAxis allowDecimals={false} />
                    <Tooltip labelFormatter={(label, payload) => (payload[0]?.payload?.date ? `${label}, from ${ukDate(String(payload[0].payload.date))}` : String(label))} />
                    <Legend />
                    {figures.baselineCount !== null ? <ReferenceLine y={figures.baselineCount} stroke="#757575" strokeDasharray="4 4" label={{ value: 'Baseline', position: 'insideTopLeft' }} /> : null}
                    <Line dataKey="active" name="Active timetables" stroke="#1565c0" strokeWidth={2} dot={false} isAnimationActive={false} />
                    <Line dataKey="trajectoryCount" name="Line to the target" stroke="#2e7d32" strokeDasharray="6 3" dot={false} isAnimationActive={false} connectNulls={false} />
                  </LineChart>
                </ResponsiveContainer>
              </Box>
            </CardContent>
          </Card>
          <Card>
            <CardContent sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
              <Typography variant="h6" component="h2" sx={{ flexBasis: '100%' }}>Who is on one in {chosenName}</Typography>
              <Breakdown title="By SEN status" counts={figures.bySenStatus} />
              <Breakdown title="By phase" counts={figures.byPhase} />
              <Breakdown title="By primary need" counts={figures.byPrimaryNeed} />
              <Breakdown title="By reason (behaviour is not a lawful reason on its own)" counts={figures.byReason} />
              <Breakdown title="Schools with the most" counts={figures.bySetting} limit={10} />
            </CardContent>
          </Card>
        </>
      ) : null}
    </Box>
  );
};
