import { useEffect, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { mayCall } from '../../../common/permissions';
import { graphql, mutate, query } from '../../../common/graphql';
import { CONTENT, type Content } from './ReportContent';

const PUBLISH = graphql('mutation ($id: UUID!, $version: Int!) { publishHighlightReport(id: $id, version: $version) { id version status } }');

/** The report's own commentary, by field, as the edit form names it. */
const COMMENTARY: [field: string, label: string][] = [
  ['summary', 'Summary'],
  ['kpiCommentary', 'Commentary on the KPIs'],
  ['planCommentary', 'Commentary on the improvement plan'],
  ['risks', 'Risks and issues'],
];

/**
 * Publishing freezes the report's figures and text for good, so it asks first, and says what the board
 * would read without: commentary left empty, and red KPIs whose owners have written no exception note.
 */
export const PublishButton = () => {
  const report = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [content, setContent] = useState<Content>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open || !report) return;
    query(CONTENT, { id: String(report.id) }).then(
      (data) => setContent(data.highlightReportContent),
      (e: Error) => setError(e.message),
    );
  }, [open, report?.id, report?.version]);
  if (!report || report.status !== 'DRAFT' || !mayCall('publishHighlightReport')) return null;

  const missing = COMMENTARY.filter(([field]) => !String(report[field] ?? '').trim()).map(([, label]) => label);
  const unexplained = (content?.kpis ?? []).filter((k) => k.current.rag === 'RED' && !k.current.exceptionCommentary?.trim());
  const publish = async () => {
    setBusy(true);
    try {
      await mutate(PUBLISH, { id: String(report.id), version: Number(report.version) });
      notify('Published: the figures are frozen as they stand', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="contained" onClick={() => setOpen(true)}>
        Publish…
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="publish-report-title" maxWidth="sm" fullWidth>
        <DialogTitle id="publish-report-title">Publish “{String(report.title)}”?</DialogTitle>
        <DialogContent>
          {error ? (
            <Alert severity="error" role="alert" sx={{ mb: 1 }}>
              {error}
            </Alert>
          ) : null}
          <Typography variant="body2" sx={{ mb: 1 }}>
            Publishing freezes the figures and the text as they stand: the report can no longer be edited.
          </Typography>
          {!content && !error ? <LinearProgress aria-label="Checking the report" /> : null}
          {missing.length > 0 ? (
            <Alert severity="warning" sx={{ mb: 1 }} data-testid="missing-commentary">
              No commentary yet: {missing.join(', ')}.
            </Alert>
          ) : null}
          {unexplained.length > 0 ? (
            <Alert severity="warning" sx={{ mb: 1 }} data-testid="missing-owner-notes">
              {unexplained.length} red {unexplained.length === 1 ? 'KPI has' : 'KPIs have'} no owner’s exception note: {unexplained.map((k) => `${k.code} ${k.name}`).join('; ')}.
            </Alert>
          ) : null}
          {content && missing.length === 0 && unexplained.length === 0 ? (
            <Alert severity="success">Every commentary is written and every red KPI has its owner’s note.</Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} autoFocus>
            Cancel
          </Button>
          <Button variant="contained" onClick={() => void publish()} disabled={busy || !content}>
            {missing.length > 0 || unexplained.length > 0 ? 'Publish anyway' : 'Publish'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
