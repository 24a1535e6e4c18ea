import { Alert, Box, Button, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useCanAccess, useRecordContext } from 'react-admin';
import { SectionTitle, ukDate } from '../../../common/fields';
import { graphql, useGraphQL, type ResultOf } from '../../../common/graphql';
import { RAG_KEY, RagChip, formatValue } from './rag';
import { addMonths, today } from '../../../common/dates';
import { periodInWords, type Periodicity } from '../../../common/periods';

const FIGURES = graphql(`query ($id: UUID!, $from: LocalDate!, $to: LocalDate!) {
  kpiFigures(id: $id, from: $from, to: $to) { period periodStart periodEnd value numerator denominator rag frozen evidence exceptionCommentary needsExceptionNote kpiValueId }
}`);

type Figure = ResultOf<typeof FIGURES>['kpiFigures'][number];

const MILESTONES = graphql(`query ($id: UUID!) { kpiRow(id: $id) { milestones { date target actual rag } } }`);

/** The KPI's milestone targets, each against the actual value of the period that holds its date. */
const MilestoneTargets = ({ id, unit }: { id: string; unit: string }) => {
  const { data } = useGraphQL(MILESTONES, { id });
  const milestones = data?.kpiRow.milestones ?? [];
  if (milestones.length === 0) return null;
  return (
    <Table size="small" sx={{ maxWidth: 600, mb: 2 }} aria-label="Milestone targets">
      <TableHead>
        <TableRow>
          <TableCell>Milestone date</TableCell>
          <TableCell>Target</TableCell>
          <TableCell>Actual</TableCell>
          <TableCell>RAG</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {milestones.map((m) => (
          <TableRow key={m.date}>
            <TableCell>{ukDate(m.date)}</TableCell>
            <TableCell>{formatValue(unit, m.target)}</TableCell>
            <TableCell>{m.date > today() ? 'not yet due' : formatValue(unit, m.actual)}</TableCell>
            <TableCell>{m.date > today() ? null : <RagChip value={m.rag} />}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const twoYearsAgo = () => addMonths(today(), -24);

/** Where the records behind a computed figure can be opened, by calculation. */
function recordsBehind(calculation: string | null | undefined, figure: Figure): string | null {
  if (calculation === 'ASSESSMENTS_WITHIN_20_WEEKS' || calculation === 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS') {
    const filter = { issueDate_gte: figure.periodStart, issueDate_lte: figure.periodEnd };
    return `/Plan?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  }
  return null;
}

/** Every period of the last two years: value, numerator and denominator, RAG, evidence and exception notes. */
export const KpiHistory = () => {
  const kpi = useRecordContext();
  const { data, loading, error } = useGraphQL(FIGURES, kpi ? { id: String(kpi.id), from: twoYearsAgo(), to: today() } : null);
  // Entering a value and writing its exception note are for those the API lets change KPI values.
  const { canAccess: mayCreate } = useCanAccess({ resource: 'KpiValue', action: 'create' });
  const { canAccess: mayEdit } = useCanAccess({ resource: 'KpiValue', action: 'edit' });
  if (!kpi) return null;
  if (loading) return <LinearProgress sx={{ m: 2 }} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const figures = data?.kpiFigures ?? [];
  const unit = String(kpi.unit);
  const periodicity = { calendar: kpi.calendar, frequency: kpi.frequency } as Periodicity;
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <SectionTitle>History against the target</SectionTitle>
      {kpi.source === 'MANUAL' && mayCreate && (
        <Button component={Link} to="/KpiValue/create" state={{ record: { kpi: { id: kpi.id } } }} variant="outlined" sx={{ mb: 1 }}>
          Enter a value with its evidence
        </Button>
      )}
      <MilestoneTargets id={String(kpi.id)} unit={unit} />
      <Box sx={{ height: 220, maxWidth: 900 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={figures.map((f) => ({ period: f.period, value: f.value }))}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" fontSize={11} />
            <YAxis fontSize={11} />
            <Tooltip />
            <ReferenceLine y={Number(kpi.target)} stroke="#2e7d32" strokeDasharray="6 3" label="Target" />
            <Line type="monotone" dataKey="value" stroke="#1565c0" strokeWidth={2} isAnimationActive={false} connectNulls />
          </LineChart>
        </ResponsiveContainer>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {RAG_KEY}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Period</TableCell>
            <TableCell>Value</TableCell>
            <TableCell>Numerator / denominator</TableCell>
            <TableCell>RAG</TableCell>
            <TableCell>Evidence or records</TableCell>
            <TableCell>Exception note</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {[...figures].reverse().map((f) => {
            const records = recordsBehind(kpi.calculation as string | null, f);
            return (
              <TableRow key={f.periodStart}>
                <TableCell title={`${ukDate(f.periodStart)} to ${ukDate(f.periodEnd)}`}>
                  {periodInWords(periodicity, f.period)}
                  {f.frozen ? ' (published)' : ''}
                </TableCell>
                <TableCell>{formatValue(unit, f.value)}</TableCell>
                <TableCell>{f.denominator === null ? '—' : `${f.numerator} / ${f.denominator}`}</TableCell>
                <TableCell>
                  <RagChip value={f.rag} />
                </TableCell>
                <TableCell>{f.evidence ?? (records ? <Link to={records}>Plans behind the figure</Link> : '—')}</TableCell>
                <TableCell>
                  {f.exceptionCommentary ?? (f.needsExceptionNote ? (
                    f.kpiValueId ? (mayEdit ? <Link to={`/KpiValue/${f.kpiValueId}`}>Red: the owner is asked for an exception note</Link> : 'Red: the owner is asked for an exception note') : 'Red: recalculate, then write the exception note'
                  ) : '—')}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
