import { Alert, Box, Card, CardActionArea, CardContent, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { Link } from 'react-router-dom';
import { AuthorityCaption, ForEachAuthority, type Authority } from '../../../common/authority';
import { RAG_KEY, RagChip, Sparkline, formatValue } from '../kpis/rag';
import { graphql, useGraphQL } from '../../../common/graphql';
import { partialNote, today } from '../../../common/dates';

const SCORECARD = graphql(`query ($asOf: LocalDate, $localAuthorityId: UUID) { kpiScorecard(asOf: $asOf, localAuthorityId: $localAuthorityId) { kpiId code name owner unit target current { period partial elapsedPercent value rag needsExceptionNote } trend { value } } }`);

/** One authority's KPI tiles. */
const AuthorityScorecard = ({ authority, asOf }: { authority: Authority; asOf: string }) => {
  const { data, loading, error } = useGraphQL(SCORECARD, { asOf, localAuthorityId: authority.id });
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
                  {k.current.period} · target {formatValue(k.unit, k.target)} · {k.owner}
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
  return (
    <Box sx={{ p: 2 }}>
      <Title title="QA framework" />
      <Stack direction="row" spacing={2} alignItems="center">
        <Typography variant="h5">QA framework</Typography>
        <TextField type="date" size="small" label="Figures as on" value={asOf} onChange={(e) => setAsOf(e.target.value)} InputLabelProps={{ shrink: true }} />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {RAG_KEY} <Link to="/improvement-plan">Improvement plan board</Link> · <Link to="/HighlightReport">Highlight reports</Link>
      </Typography>
      <ForEachAuthority>{(authority) => <AuthorityScorecard authority={authority} asOf={asOf} />}</ForEachAuthority>
    </Box>
  );
};
