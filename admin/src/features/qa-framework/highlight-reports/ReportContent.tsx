import { Alert, Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { SectionTitle, ukDate } from '../../../common/fields';
import { partialNote } from '../../../common/dates';
import { graphql, useGraphQL, type ResultOf } from '../../../common/graphql';
import { BragChip, BragKey } from '../improvement-plan/brag';
import { RagChip, Sparkline, formatValue } from '../kpis/rag';

export const CONTENT = graphql(`query ($id: UUID!) { highlightReportContent(id: $id) {
  period asOf
  kpis { kpiId code name unit target current { period partial elapsedPercent value numerator denominator rag exceptionCommentary exceptionActions } trend { value } }
  brag { blue green amber red overdue total exceptions { id description deadline shownBrag overdue actionReference workstreamTitle } }
  sections { key title headline }
} }`);

export type Content = ResultOf<typeof CONTENT>['highlightReportContent'];

/** The report as it will print: live for a draft (the preview), frozen once published. `version` reloads it. */
export const ReportContent = ({ id, version }: { id: string; version: number }) => {
  const { data, loading, error } = useGraphQL(CONTENT, { id }, version);
  if (loading && !data) return <LinearProgress sx={{ m: 2 }} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const content = data?.highlightReportContent;
  if (!content) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }} data-testid="report-content">
      <SectionTitle>Key performance indicators — figures as at {ukDate(content.asOf)}</SectionTitle>
      <Table size="small" aria-label="KPI table">
        <TableHead>
          <TableRow>
            <TableCell>Code</TableCell>
            <TableCell>KPI</TableCell>
            <TableCell>Period</TableCell>
            <TableCell>Value</TableCell>
            <TableCell>Target</TableCell>
            <TableCell>RAG</TableCell>
            <TableCell>Trend</TableCell>
            <TableCell>Exception note</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {content.kpis.map((k) => (
            <TableRow key={k.kpiId}>
              <TableCell>{k.code}</TableCell>
              <TableCell>{k.name}</TableCell>
              <TableCell>
                {k.current.period}
                {k.current.partial ? ` (${partialNote(k.current.elapsedPercent)})` : ''}
              </TableCell>
              <TableCell>{formatValue(k.unit, k.current.value)}</TableCell>
              <TableCell>{formatValue(k.unit, k.target)}</TableCell>
              <TableCell>
                <RagChip value={k.current.rag} />
              </TableCell>
              <TableCell>
                <Sparkline values={k.trend.map((t) => t.value)} width={100} height={24} />
              </TableCell>
              <TableCell>{k.current.exceptionCommentary ? `${k.current.exceptionCommentary} ${k.current.exceptionActions ?? ''}` : k.current.rag === 'RED' ? 'Awaiting the owner’s note' : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <SectionTitle>Improvement plan</SectionTitle>
      <Typography>
        Blue {content.brag.blue} · Green {content.brag.green} · Amber {content.brag.amber} · Red {content.brag.red} · overdue {content.brag.overdue} of {content.brag.total} milestones
      </Typography>
      <BragKey />
      {content.brag.exceptions.map((m) => (
        <Box key={m.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', my: 0.5 }}>
          <BragChip value={m.shownBrag} overdue={m.overdue} />
          <Typography variant="body2">
            {m.actionReference} {m.description} — due {ukDate(m.deadline)} ({m.workstreamTitle})
          </Typography>
        </Box>
      ))}
      {content.sections.map((s) => (
        <Box key={s.key}>
          <SectionTitle>{s.title}</SectionTitle>
          <Typography>{s.headline}</Typography>
        </Box>
      ))}
    </Box>
  );
};
