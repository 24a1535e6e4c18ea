import { useEffect, useState } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { stratumChoices, choiceName } from '../../../common/choices';
import { graphql, query, type ResultOf } from '../../../common/graphql';
import { mayCall, runsCycles } from '../../../common/permissions';

const PREVIEW = graphql('query ($id: UUID!) { auditSamplePreview(id: $id) { eligible named reaudit random total problems } }');

const plans = (n: number) => `${n} ${n === 1 ? 'plan' : 'plans'}`;

/** Before the draw: how many plans it would take and where each comes from, as the API's own draw would take them. */
export const SamplePreview = () => {
  const cycle = useRecordContext();
  const [preview, setPreview] = useState<ResultOf<typeof PREVIEW>['auditSamplePreview']>();
  const [error, setError] = useState<string>();
  const waiting = Boolean(cycle && !cycle.sampledAt && runsCycles(cycle.kind) && mayCall('auditSamplePreview'));
  useEffect(() => {
    if (!waiting || !cycle) return;
    query(PREVIEW, { id: String(cycle.id) }).then(
      (data) => setPreview(data.auditSamplePreview),
      (e: Error) => setError(e.message),
    );
  }, [waiting, cycle?.id, cycle?.version]);
  if (!waiting) return null;
  if (error) return <Alert severity="error" sx={{ mx: 2 }}>{error}</Alert>;
  if (!preview) return null;
  const strata = ((cycle?.stratifyBy as string[] | undefined) ?? []).map((s) => choiceName(stratumChoices, s).toLowerCase());
  return (
    <Box sx={{ px: 2, pb: 1 }} data-testid="sample-preview">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Before you draw: the sample would take {plans(preview.total)}
      </Typography>
      <Box component="ul" sx={{ my: 0.5 }}>
        <li data-testid="preview-named">{plans(preview.named)} named on the cycle</li>
        <li data-testid="preview-reaudit">{plans(preview.reaudit)} put forward for re-audit (last final audit below good), on top of the size asked for</li>
        <li data-testid="preview-random">
          {plans(preview.random)} drawn at random{strata.length ? `, in proportion by ${strata.join(', ')}` : ''}
        </li>
      </Box>
      <Typography variant="body2" color="text.secondary">
        From {plans(preview.eligible)} eligible. Worked out by the same rule and seed as the draw, so it takes these numbers unless the plans change first.
      </Typography>
      {preview.problems.map((problem) => (
        <Alert key={problem} severity="warning" sx={{ mt: 1 }}>
          The sample cannot be drawn as it stands: {problem}
        </Alert>
      ))}
    </Box>
  );
};
