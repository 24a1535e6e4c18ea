/** Family satisfaction: overall, per question, term, team and need, with intervals; small groups suppressed. */
import InsightsIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import { Alert, Box, Card, CardContent, LinearProgress, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { ChosenAuthoritySelect, useChosenLocalAuthority } from '../../common/authority';
import { choiceName, primaryNeedChoices } from '../../common/choices';
import { ukDate } from '../../common/fields';
import { graphql, useGraphQL, type ApiEnum, type ResultOf } from '../../common/graphql';
import { surveyKindChoices } from './choices';

const FIGURES = graphql(`
  query FamilySatisfaction($localAuthorityId: UUID, $from: LocalDate, $to: LocalDate, $kind: SurveyKind) {
    familySatisfaction(localAuthorityId: $localAuthorityId, from: $from, to: $to, kind: $kind) {
      from to threshold
      overall { key label need suppressed responses satisfied share low high }
      byQuestion { key label need suppressed responses satisfied share low high }
      byTerm { key label need suppressed responses satisfied share low high }
      byTeam { key label need suppressed responses satisfied share low high }
      byNeed { key label need suppressed responses satisfied share low high }
    }
  }
`);

type Figures = ResultOf<typeof FIGURES>['familySatisfaction'];
type Figure = Figures['overall'];

const percent = (value: number | null) => (value === null ? '' : `${value.toFixed(1)}%`);

const FigureTable = ({ title, figures, threshold, label = (f) => f.label }: { title: string; figures: readonly Figure[]; threshold: number; label?: (f: Figure) => string }) => (
  <Box sx={{ mt: 3 }}>
    <Typography variant="h6" component="h2">{title}</Typography>
    <Table size="small" aria-label={title}>
      <TableHead>
        <TableRow>
          <TableCell />
          <TableCell align="right">Responses</TableCell>
          <TableCell align="right">Satisfied</TableCell>
          <TableCell align="right">Share satisfied</TableCell>
          <TableCell>95% interval</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {figures.map((f) => (
          <TableRow key={f.key} data-figure={f.key}>
            <TableCell>{label(f)}</TableCell>
            {f.suppressed ? (
              <TableCell colSpan={4}>Fewer than {threshold} responses: not shown</TableCell>
            ) : (
              <>
                <TableCell align="right">{f.responses}</TableCell>
                <TableCell align="right">{f.satisfied}</TableCell>
                <TableCell align="right">{percent(f.share)}</TableCell>
                <TableCell>{`${percent(f.low)} to ${percent(f.high)}`}</TableCell>
              </>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </Box>
);

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export const FamilySatisfactionPage = () => {
  const { chosen } = useChosenLocalAuthority();
  const [kind, setKind] = useState<ApiEnum<'SurveyKind'> | ''>('');
  const [from, setFrom] = useState(isoDaysAgo(364));
  const [to, setTo] = useState(isoDaysAgo(0));
  const { data, error, loading } = useGraphQL(FIGURES, chosen && from && to ? { localAuthorityId: chosen, from, to, kind: kind || null } : null);
  const figures = data?.familySatisfaction;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Family satisfaction" />
      <CardContent>
        <Typography variant="h5" component="h1">Family satisfaction</Typography>
        <Typography variant="body2" color="text.secondary">
          The share of answers of 4 or 5 (satisfied or very satisfied) on the overall question, with its 95% interval. Groups with fewer responses than the threshold are not shown, so that no family can be recognised.
        </Typography>
        <Stack direction="row" spacing={2} sx={{ mt: 2 }} flexWrap="wrap" useFlexGap>
          <ChosenAuthoritySelect />
          <TextField select label="Survey" value={kind} onChange={(e) => setKind(e.target.value as ApiEnum<'SurveyKind'> | '')} sx={{ width: 280 }}>
            <MenuItem value="">Every survey</MenuItem>
            {surveyKindChoices.map((c) => (
              <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>
            ))}
          </TextField>
          <TextField type="date" label="From" value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField type="date" label="To" value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        </Stack>
        {loading ? <LinearProgress sx={{ mt: 2 }} /> : null}
        {error ? <Alert severity="error" sx={{ mt: 2 }}>{error.message}</Alert> : null}
        {figures ? (
          <>
            <Typography sx={{ mt: 2 }} data-testid="overall">
              {figures.overall.suppressed
                ? `From ${ukDate(figures.from)} to ${ukDate(figures.to)}: fewer than ${figures.threshold} responses, not shown.`
                : `From ${ukDate(figures.from)} to ${ukDate(figures.to)}: ${percent(figures.overall.share)} of ${figures.overall.responses} responses satisfied (95% interval ${percent(figures.overall.low)} to ${percent(figures.overall.high)}).`}
            </Typography>
            <FigureTable title="By term" figures={figures.byTerm} threshold={figures.threshold} />
            <FigureTable title="By casework team" figures={figures.byTeam} threshold={figures.threshold} />
            <FigureTable title="By primary need" figures={figures.byNeed} threshold={figures.threshold} label={(f) => choiceName(primaryNeedChoices, f.need)} />
            <FigureTable title="By question" figures={figures.byQuestion} threshold={figures.threshold} label={(f) => `${f.label} (${choiceName(surveyKindChoices, f.key.split('.')[0])})`} />
          </>
        ) : null}
      </CardContent>
    </Card>
  );
};

export const familySatisfactionResource = {
  name: 'familySatisfaction',
  list: FamilySatisfactionPage,
  icon: InsightsIcon,
  options: { label: 'Family satisfaction', operation: 'familySatisfaction' },
};
