import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';

interface Criterion {
  key: string;
  statement: string;
}
interface Section {
  code: string;
  title: string;
  criteria: Criterion[];
}
interface Score {
  code: string;
  evidence: string;
  judgements: { key: string }[];
}

/** What an audit about to be submitted leaves undone: criteria nobody judged (not applicable counts as judged), sections with no evidence. */
export interface SubmitGaps {
  unjudged: { code: string; key: string; statement: string }[];
  unevidenced: { code: string; title: string }[];
}

export function submitGaps(sections: Section[], scores: Record<string, Score | undefined>): SubmitGaps {
  return {
    unjudged: sections.flatMap((s) =>
      s.criteria.filter((c) => !scores[s.code]?.judgements.some((j) => j.key === c.key)).map((c) => ({ code: s.code, key: c.key, statement: c.statement })),
    ),
    unevidenced: sections.filter((s) => !scores[s.code]?.evidence.trim()).map((s) => ({ code: s.code, title: s.title })),
  };
}

export const hasGaps = (gaps: SubmitGaps) => gaps.unjudged.length > 0 || gaps.unevidenced.length > 0;

interface SubmitWarningProps {
  gaps: SubmitGaps | undefined;
  /** What the rubric version insists on: then the API refuses the submission, so it is not offered. */
  requires: { judgements: boolean; evidence: boolean };
  onSubmit: () => void;
  onBack: () => void;
}

/** Asked before an audit with gaps is submitted: which criteria are unjudged and which sections have no evidence. */
export const SubmitWarning = ({ gaps, requires, onSubmit, onBack }: SubmitWarningProps) => {
  const blocked = Boolean(gaps && ((requires.judgements && gaps.unjudged.length > 0) || (requires.evidence && gaps.unevidenced.length > 0)));
  return (
    <Dialog open={Boolean(gaps)} onClose={onBack} aria-labelledby="submit-warning-title" aria-describedby="submit-warning-text">
      <DialogTitle id="submit-warning-title">{blocked ? 'This audit cannot be submitted yet' : 'Submit with gaps?'}</DialogTitle>
      <DialogContent id="submit-warning-text">
        {blocked ? (
          <Alert severity="error" sx={{ mb: 1 }}>
            This rubric requires {[requires.judgements ? 'every criterion judged' : '', requires.evidence ? 'evidence notes in every section' : ''].filter(Boolean).join(' and ')}.
          </Alert>
        ) : null}
        {gaps && gaps.unjudged.length > 0 ? (
          <>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {gaps.unjudged.length} {gaps.unjudged.length === 1 ? 'criterion is' : 'criteria are'} not judged (choose “Not applicable” where one does not apply):
            </Typography>
            <Typography component="ul" variant="body2" data-testid="unjudged-criteria">
              {gaps.unjudged.map((c) => (
                <li key={c.key}>
                  Section {c.code}: {c.statement}
                </li>
              ))}
            </Typography>
          </>
        ) : null}
        {gaps && gaps.unevidenced.length > 0 ? (
          <>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {gaps.unevidenced.length} {gaps.unevidenced.length === 1 ? 'section has' : 'sections have'} no evidence notes:
            </Typography>
            <Typography variant="body2" data-testid="unevidenced-sections" sx={{ mb: 1 }}>
              {gaps.unevidenced.map((s) => s.code).join(', ')}
            </Typography>
          </>
        ) : null}
        {blocked ? null : <Typography variant="body2">Moderators and the board read the evidence: submit only if nothing is missing.</Typography>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onBack} autoFocus={blocked}>
          Back to the audit
        </Button>
        {blocked ? null : (
          <Button variant="contained" onClick={onSubmit} autoFocus>
            Submit anyway
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
