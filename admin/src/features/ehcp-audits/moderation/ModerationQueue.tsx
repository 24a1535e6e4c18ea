import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Link, Loading, Title, useNotify } from 'react-admin';
import { gradeChoices, gradeName } from '../../../common/choices';
import { graphql, mutate, query, type ResultOf } from '../../../common/graphql';
import { getUser } from '../../../common/session';
import { PlanRecordLink } from '../audits/PlanRecordLink';

// The API hides the auditor's grade (overallGrade is null) until the moderator has recorded theirs.
// It has no moderator filter, so the queue is the submitted audits (up to the API's page limit) narrowed to yours here.
const QUEUE = graphql(`query { allAudits(filter: { status: SUBMITTED }, perPage: 1000, sortField: "cycle") {
  id version overallGrade moderatorGrade plan { id child { id caseReference } } cycle { id name } auditor { id displayName } moderator { id } } }`);

type ModerationItem = ResultOf<typeof QUEUE>['allAudits'][number];

const MODERATOR_GRADE = graphql('mutation ($id: UUID!, $version: Int!, $g: Int!) { recordModeratorGrade(id: $id, version: $version, grade: $g) { id } }');

const AGREED_GRADE = graphql('mutation ($id: UUID!, $version: Int!, $g: Int!, $n: String) { agreeAuditGrade(id: $id, version: $version, agreedGrade: $g, notes: $n) { id } }');

const GradeSelect = ({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) => (
  <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 220 }}>
    {gradeChoices.map((g) => (
      <MenuItem key={g.id} value={g.id}>{`${g.id} ${g.name}`}</MenuItem>
    ))}
  </TextField>
);

const ModerationCard = ({ item, onDone }: { item: ModerationItem; onDone: () => void }) => {
  const notify = useNotify();
  const [grade, setGrade] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string>();
  const blind = item.moderatorGrade === null;

  const save = async () => {
    setError(undefined);
    try {
      if (blind) {
        await mutate(MODERATOR_GRADE, { id: item.id, version: item.version, g: Number(grade) });
        notify("Your grade is recorded; the auditor's grade is now shown", { type: 'success' });
      } else {
        await mutate(AGREED_GRADE, { id: item.id, version: item.version, g: Number(grade), n: notes || null });
        notify('Agreed grade recorded', { type: 'success' });
      }
      setGrade('');
      onDone();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Card variant="outlined" sx={{ mb: 1 }}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          <Link to={`/Audit/${item.id}/show`}>{item.plan.child.caseReference}</Link> · {item.cycle.name} · audited by {item.auditor?.displayName ?? '—'}
        </Typography>
        <PlanRecordLink planId={item.plan.id} caseReference={item.plan.child.caseReference} />
        {error ? <Alert severity="error" sx={{ my: 1 }}>{error}</Alert> : null}
        {blind ? (
          <Typography variant="body2" sx={{ my: 1 }}>Grade the plan yourself first: the auditor's grade is shown once yours is recorded.</Typography>
        ) : (
          <Typography variant="body2" sx={{ my: 1 }}>
            Auditor: <strong>{gradeName(item.overallGrade)}</strong> · you: <strong>{gradeName(item.moderatorGrade)}</strong>. Record the grade you agreed.
          </Typography>
        )}
        <Stack direction="row" spacing={1} alignItems="center">
          <GradeSelect label={blind ? 'Your grade' : 'Agreed grade'} value={grade} onChange={setGrade} />
          {!blind ? <TextField size="small" label="Moderation notes" value={notes} onChange={(e) => setNotes(e.target.value)} sx={{ minWidth: 320 }} /> : null}
          <Button variant="contained" disabled={!grade} onClick={() => void save()}>
            {blind ? 'Record my grade' : 'Record agreed grade'}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};

/** Submitted audits the signed-in officer has been asked to moderate. */
export const ModerationQueue = () => {
  const [items, setItems] = useState<ModerationItem[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    const me = getUser()?.id;
    query(QUEUE)
      .then((r) => setItems(r.allAudits.filter((a) => a.moderator?.id === me)))
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);
  return (
    <Box sx={{ py: 2 }}>
      <Title title="Moderation queue" />
      {error ? <Alert severity="error">{error}</Alert> : null}
      {!items && !error ? <Loading /> : null}
      {items?.length === 0 ? <Alert severity="info">Nothing is waiting for your moderation.</Alert> : null}
      {items?.map((item) => <ModerationCard key={item.id} item={item} onDone={load} />)}
    </Box>
  );
};
