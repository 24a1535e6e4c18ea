import { Alert, Box, Card, CardActionArea, CardContent, FormControlLabel, LinearProgress, Stack, Switch, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { Link } from 'react-router-dom';
import { AuthorityCaption, ForEachAuthority, type Authority } from '../../../common/authority';
import { RAG_KEY, RagChip, Sparkline, formatValue } from '../kpis/rag';
import { graphql, useGraphQL } from '../../../common/graphql';
import { partialNote, today } from '../../../common/dates';
import { PeriodChoice, periodInWords, type Periodicity } from '../../../common/periods';

const SCORECARD = graphql(`query ($asOf: LocalDate, $localAuthorityId: UUID, $calendar: ReportingCalendar, $frequency: KpiFrequency) {
  kpiScorecard(asOf: $asOf, localAuthorityId: $localAuthorityId, calendar: $calendar, frequency: $frequency) {
    kpiId code name owner unit target calendar frequency current { period partial elapsedPercent value rag needsExceptionNote } trend { value }
  }
}`);

/** One authority's KPI tiles, each in its own periods or (computed KPIs) those chosen. */
const AuthorityScorecard = ({ authority, asOf, periods }: { authority: Authority; asOf: string; periods: Periodicity | null }) => {
  const { data, loading, error } = useGraphQL(SCORECARD, { asOf, localAuthorityId: authority.id, calendar: periods?.calendar ?? null, frequency: periods?.frequency ?? null });
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {authority.name}
      </Typography>
      {loading && <LinearProgress />}
      {error && <Alert severity="error">{error.message}</Alert>}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 2 }}>
        {(data?.kpiScorecard ?? []).map((k) => (
          <Card key={k.kpiId} variant="outlined" data-testid="kpi-tile">
            <CardActionArea component={Link} to={`/Kpi/${k.kpiId}/show`}>
              <CardContent>
                <Stack direction="row" justifyContent="space-between" alignItems="center">
                  <Typography variant="overline">{k.code}</Typography>
                  <RagChip value={k.current.rag} />
                </Stack>
                <Typography variant="subtitle2" sx={{ minHeight: 40 }}>
                  {k.name}
                </Typography>
                <Typography variant="h5">{formatValue(k.unit, k.current.value)}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {periodInWords(k, k.current.period)} · target {formatValue(k.unit, k.target)} · {k.owner}
                </Typography>
                {k.current.partial && (
                  <Typography variant="caption" component="p" color="text.secondary" data-testid="kpi-partial">
                    {partialNote(k.current.elapsedPercent)}: the figure may still change
                  </Typography>
                )}
                <AuthorityCaption authority={authority} />
                <Sparkline values={k.trend.map((t) => t.value)} width="100%" />
                {k.current.needsExceptionNote && (
                  <Typography variant="caption" color="error">
                    Red: exception note needed from {k.owner}
                  </Typography>
                )}
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Box>
    </>
  );
};

/** The QA framework at a glance: one tile per KPI with its RAG and trend; a tile opens the KPI's history. */
export const FrameworkDashboard = () => {
  const [asOf, setAsOf] = useState(today);
  // Boards read the financial year's quarters; each KPI's own periods until someone asks for others.
  const [periods, setPeriods] = useState<Periodicity>({ calendar: 'FINANCIAL', frequency: 'QUARTERLY' });
  const [chosen, setChosen] = useState(false);
  return (
    <Box sx={{ p: 2 }}>
      <Title title="QA framework" />
      <Stack direction="row" spacing={2} alignItems="center">
        <Typography variant="h5">QA framework</Typography>
        <TextField type="date" size="small" label="Figures as on" value={asOf} onChange={(e) => setAsOf(e.target.value)} InputLabelProps={{ shrink: true }} />
        <FormControlLabel control={<Switch checked={chosen} onChange={(e) => setChosen(e.target.checked)} data-testid="periods-chosen" />} label="Computed KPIs in other periods" />
        {chosen ? <PeriodChoice value={periods} onChange={setPeriods} /> : null}
      </Stack>
      {chosen ? (
        <Typography variant="body2" color="text.secondary">
          Computed KPIs are recalculated for the periods chosen; KPIs entered by hand keep the periods their values were entered for.
        </Typography>
      ) : null}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {RAG_KEY} <Link to="/improvement-plan">Improvement plan board</Link> · <Link to="/HighlightReport">Highlight reports</Link>
      </Typography>
      <ForEachAuthority>{(authority) => <AuthorityScorecard authority={authority} asOf={asOf} periods={chosen ? periods : null} />}</ForEachAuthority>
    </Box>
  );
};
