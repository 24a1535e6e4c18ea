import { Alert, Box, Card, CardContent, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Title } from 'react-admin';
import { ForEachAuthority, type Authority } from '../../../common/authority';
import { ukDate } from '../../../common/fields';
import { graphql, useGraphQL, type ResultOf } from '../../../common/graphql';
import { PeriodChoice, periodInWords, type Periodicity } from '../../../common/periods';

const FIGURES = graphql(`
  query ($options: TimelineFigureOptions) {
    timelinessFigures(options: $options) {
      from to reviewsOverdue
      finalPlans { done withinTimescale percent }
      finalPlansExcludingExceptions { done withinTimescale percent }
      decisionsToAssess { done withinTimescale percent }
      reviewDecisions { done withinTimescale percent }
      amendedPlans { done withinTimescale percent }
    }
    timelinessTrend(options: $options) {
      period from to partial
      finalPlans { done withinTimescale percent }
      reviewDecisions { done withinTimescale percent }
    }
    annualReviewBacklog(options: $options) { date overdue plans }
    assessmentStepDurations(options: $options) { step label medianDays cases }
  }
`);

type Timeliness = ResultOf<typeof FIGURES>['timelinessFigures'];

/** The figures DfE counts, each with the cases behind its percentage. */
const ROWS: { key: keyof Omit<Timeliness, 'from' | 'to' | 'reviewsOverdue'>; label: string; target?: string }[] = [
  { key: 'finalPlans', label: 'Final plans within 20 weeks, exceptions included', target: 'over 85%' },
  { key: 'finalPlansExcludingExceptions', label: 'Final plans within 20 weeks, excluding the allowed exceptions' },
  { key: 'decisionsToAssess', label: 'Decisions whether to assess within 6 weeks' },
  { key: 'reviewDecisions', label: 'Annual review decisions within 4 weeks of the meeting', target: 'over 90%' },
  { key: 'amendedPlans', label: 'Amended plans within 12 weeks of the meeting' },
];

const percent = (value: number | null) => (value === null ? '—' : `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`);

/** One authority's timeliness over the last 12 months and period by period, its annual-review backlog at each period end, and where the weeks go. */
const AuthorityFigures = ({ authority, periods }: { authority: Authority; periods: Periodicity }) => {
  const { data, loading, error } = useGraphQL(FIGURES, { options: { localAuthorityId: authority.id, ...periods } });
  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data) return null;
  const { timelinessFigures: t, timelinessTrend: trend, annualReviewBacklog: backlog, assessmentStepDurations: durations } = data;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">
            Timeliness in {authority.name}, {ukDate(t.from)} to {ukDate(t.to)}
          </Typography>
          <Table size="small" data-testid="timeliness">
            <TableHead>
              <TableRow>
                <TableCell>Figure</TableCell>
                <TableCell align="right">Within the limit</TableCell>
                <TableCell align="right">Done</TableCell>
                <TableCell align="right">Per cent</TableCell>
                <TableCell>Reference target</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {ROWS.map(({ key, label, target }) => (
                <TableRow key={key} data-figure={key}>
                  <TableCell>{label}</TableCell>
                  <TableCell align="right">{t[key].withinTimescale}</TableCell>
                  <TableCell align="right">{t[key].done}</TableCell>
                  <TableCell align="right">{percent(t[key].percent)}</TableCell>
                  <TableCell>{target ?? ''}</TableCell>
                </TableRow>
              ))}
              <TableRow data-figure="reviewsOverdue">
                <TableCell>Maintained plans whose annual review was overdue on {ukDate(t.to)}</TableCell>
                <TableCell align="right" colSpan={3}>
                  {t.reviewsOverdue} plans
                </TableCell>
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">Timeliness period by period in {authority.name}</Typography>
          <Table size="small" data-testid="timeliness-trend">
            <TableHead>
              <TableRow>
                <TableCell>Period</TableCell>
                <TableCell align="right">Final plans within 20 weeks</TableCell>
                <TableCell align="right">Annual review decisions within 4 weeks</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {trend.map((p) => (
                <TableRow key={p.from} data-period={p.from}>
                  <TableCell title={`${ukDate(p.from)} to ${ukDate(p.to)}`}>
                    {periodInWords(periods, p.period)}
                    {p.partial ? ' (so far)' : ''}
                  </TableCell>
                  <TableCell align="right">
                    {percent(p.finalPlans.percent)} ({p.finalPlans.withinTimescale} of {p.finalPlans.done})
                  </TableCell>
                  <TableCell align="right">
                    {percent(p.reviewDecisions.percent)} ({p.reviewDecisions.withinTimescale} of {p.reviewDecisions.done})
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">Annual reviews overdue at each period end in {authority.name}</Typography>
          <Box sx={{ height: 280 }} aria-label={`Annual reviews overdue at each period end in ${authority.name}`}>
            <ResponsiveContainer>
              <LineChart data={backlog} margin={{ top: 10, right: 30, bottom: 0, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="date" tickFormatter={ukDate} />
                <YAxis allowDecimals={false} />
                <Tooltip labelFormatter={(label) => ukDate(String(label))} formatter={(value, _name, item) => [`${value} of ${(item.payload as { plans: number }).plans} plans`, 'Overdue']} />
                <Line dataKey="overdue" name="Reviews overdue" stroke="#c62828" strokeWidth={2} dot={false} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </Box>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">Where the weeks go: median days per stretch, plans issued in the window</Typography>
          <Box sx={{ height: 240 }} aria-label={`Median days per stretch of the assessment in ${authority.name}`}>
            <ResponsiveContainer>
              <BarChart data={durations} layout="vertical" margin={{ top: 10, right: 30, bottom: 0, left: 40 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={200} />
                <Tooltip formatter={(value, _name, item) => [`${value} days (${(item.payload as { cases: number }).cases} cases)`, 'Median']} />
                <Bar dataKey="medianDays" name="Median days" fill="#1565c0" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};

/** The statutory timeline's figures, for the authority chosen in the app bar (or each side by side). */
export const TimelineFigures = () => {
  const [periods, setPeriods] = useState<Periodicity>({ calendar: 'FINANCIAL', frequency: 'MONTHLY' });
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Statutory timeline: figures" />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <PeriodChoice value={periods} onChange={setPeriods} label="Trends" />
      </Stack>
      <ForEachAuthority>{(authority) => <AuthorityFigures authority={authority} periods={periods} />}</ForEachAuthority>
    </Box>
  );
};
