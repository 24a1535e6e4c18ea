import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Link, Loading, Title, useNotify } from 'react-admin';
import { useParams } from 'react-router-dom';
import { FamilyFeedback } from '../../family-voice';
import { auditLensChoices, auditStatusChoices, choiceName, gradeChoices, gradeName } from '../../../common/choices';
import { graphql, mutate, query, type ApiEnum, type ResultOf } from '../../../common/graphql';
import { runsCycles } from '../../../common/permissions';
import { getUser } from '../../../common/session';
import { ASSIGNABLE, HANDED_IN, WITH_AUDITOR } from './statuses';

const DETAIL = graphql(`query ($id: UUID!) { Audit(id: $id) { id version status lens suggestedGrade overallGrade overrideReason moderatorGrade agreedGrade
  moderationNotes returnReason strengths areasForDevelopment localAuthority { id } plan { id child { caseReference } } cycle { id name kind }
  auditor { id displayName } moderator { id displayName } sections { code grade evidence } } }`);

const AUDITORS = graphql('query ($la: UUID!) { auditors(localAuthorityId: $la) { id displayName } }');

const ASSIGN = graphql('mutation ($id: UUID!, $version: Int!, $a: UUID!, $lens: AuditLens) { assignAudit(id: $id, version: $version, auditorId: $a, lens: $lens) { id } }');
const REQUEST_MODERATION = graphql('mutation ($id: UUID!, $version: Int!, $m: UUID!) { requestModeration(id: $id, version: $version, moderatorId: $m) { id } }');
const FINALISE = graphql('mutation ($id: UUID!, $version: Int!) { finaliseAudit(id: $id, version: $version) { id } }');
const RETURN = graphql('mutation ($id: UUID!, $version: Int!, $r: String!) { returnAudit(id: $id, version: $version, reason: $r) { id } }');

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 2, py: 0.5 }}>
    <Typography variant="body2" color="text.secondary" sx={{ width: 200, flexShrink: 0 }}>
      {label}
    </Typography>
    <Typography variant="body2" component="div">
      {children || '—'}
    </Typography>
  </Box>
);

/** An audit: its grades and sections, and the workflow steps the reader may take next. */
export const AuditShow = () => {
  const { id = '' } = useParams();
  const notify = useNotify();
  const [audit, setAudit] = useState<ResultOf<typeof DETAIL>['Audit']>();
  const [people, setPeople] = useState<ResultOf<typeof AUDITORS>['auditors']>([]);
  const [error, setError] = useState<string>();
  const [auditorId, setAuditorId] = useState('');
  const [lens, setLens] = useState<ApiEnum<'AuditLens'> | ''>('');
  const [moderatorId, setModeratorId] = useState('');
  const [reason, setReason] = useState('');

  const load = useCallback(() => {
    query(DETAIL, { id })
      .then(({ Audit: loaded }) => {
        setAudit(loaded);
        setAuditorId(loaded.auditor?.id ?? '');
        setLens(loaded.lens ?? '');
        if (runsCycles(loaded.cycle.kind))
          return query(AUDITORS, { la: loaded.localAuthority.id }).then((r) =>
            setPeople(r.auditors),
          );
      })
      .catch((e: Error) => setError(e.message));
  }, [id]);
  useEffect(load, [load]);

  /** A step of the audit's workflow, then the audit afresh. */
  const act = async (step: () => Promise<unknown>, done: string) => {
    setError(undefined);
    try {
      await step();
      notify(done, { type: 'success' });
      load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!audit) return error ? <Alert severity="error">{error}</Alert> : <Loading />;
  // Each step changes this version of the audit: the API refuses it if someone changed the audit meanwhile.
  const current = { id: audit.id, version: audit.version };
  const mine = audit.auditor?.id === getUser()?.id;
  // Who runs the audit's kind of cycle assigns, returns, sends for moderation and finalises it.
  const qa = runsCycles(audit.cycle.kind);
  const waiting = audit.status === 'SUBMITTED' || audit.status === 'MODERATED';

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={`Audit of ${audit.plan.child.caseReference}`} />
      <CardContent>
        {error ? <Alert severity="error" sx={{ mb: 1 }}>{error}</Alert> : null}
        <Row label="Case reference">
          <Link to={`/Plan/${audit.plan.id}/show`}>{audit.plan.child.caseReference}</Link>
        </Row>
        <Row label="Cycle">
          <Link to={`/AuditCycle/${audit.cycle.id}/show`}>{audit.cycle.name}</Link>
        </Row>
        <Row label="Status">{choiceName(auditStatusChoices, audit.status)}</Row>
        <Row label="Auditor">{audit.auditor ? `${audit.auditor.displayName}${audit.lens ? ` (${choiceName(auditLensChoices, audit.lens)} lens)` : ''}` : ''}</Row>
        <Row label="Suggested grade">{gradeName(audit.suggestedGrade)}</Row>
        <Row label="Overall grade">{gradeName(audit.overallGrade)}</Row>
        <Row label="Override reason">{audit.overrideReason}</Row>
        <Row label="Moderator">{audit.moderator?.displayName}</Row>
        <Row label="Moderator's grade">{gradeName(audit.moderatorGrade)}</Row>
        <Row label="Agreed grade">{gradeName(audit.agreedGrade)}</Row>
        <Row label="Returned because">{audit.returnReason}</Row>
        <Row label="Strengths">{audit.strengths}</Row>
        <Row label="Areas for development">{audit.areasForDevelopment}</Row>
        <Row label="Section grades">{audit.sections.map((s) => `${s.code} ${s.grade ?? '–'}`).join(' · ')}</Row>
        <FamilyFeedback planId={audit.plan.id} />
        <Stack direction="row" spacing={1} sx={{ mt: 2 }} flexWrap="wrap" useFlexGap>
          {mine || HANDED_IN.includes(audit.status) ? (
            <Button component={Link} to={`/Audit/${audit.id}/score`} variant="contained">
              {mine && WITH_AUDITOR.includes(audit.status) ? 'Score this audit' : 'View the scoring'}
            </Button>
          ) : null}
          {qa && audit.status !== 'FINAL' ? (
            <Button component={Link} to="/FollowUpAction/create" state={{ record: { audit: { id: audit.id } } }} variant="outlined">
              Raise a follow-up action
            </Button>
          ) : null}
        </Stack>
        {qa && ASSIGNABLE.includes(audit.status) ? (
          <Stack direction="row" spacing={1} sx={{ mt: 2 }} alignItems="center">
            <TextField select size="small" label="Auditor" value={auditorId} onChange={(e) => setAuditorId(e.target.value)} sx={{ minWidth: 240 }}>
              {people.map((p) => (
                <MenuItem key={p.id} value={p.id}>{p.displayName}</MenuItem>
              ))}
            </TextField>
            <TextField select size="small" label="Lens (multi-agency)" value={lens} onChange={(e) => setLens(e.target.value as ApiEnum<'AuditLens'> | '')} sx={{ minWidth: 200 }}>
              <MenuItem value="">None</MenuItem>
              {auditLensChoices.map((c) => (
                <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>
              ))}
            </TextField>
            <Button
              variant="contained"
              disabled={!auditorId}
              onClick={() => void act(() => mutate(ASSIGN, { ...current, a: auditorId, lens: lens || null }), 'Audit assigned')}
            >
              Assign
            </Button>
          </Stack>
        ) : null}
        {qa && waiting ? (
          <Box sx={{ mt: 2 }}>
            <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
              <TextField select size="small" label="Moderator" value={moderatorId} onChange={(e) => setModeratorId(e.target.value)} sx={{ minWidth: 240 }}>
                {people.filter((p) => p.id !== audit.auditor?.id).map((p) => (
                  <MenuItem key={p.id} value={p.id}>{p.displayName}</MenuItem>
                ))}
              </TextField>
              <Button variant="outlined" disabled={!moderatorId || audit.status !== 'SUBMITTED'} onClick={() => void act(() => mutate(REQUEST_MODERATION, { ...current, m: moderatorId }), 'Sent for moderation')}>
                Request moderation
              </Button>
              <Button variant="contained" onClick={() => void act(() => mutate(FINALISE, current), 'Audit final: it now counts in the figures')}>
                Finalise
              </Button>
            </Stack>
            <Stack direction="row" spacing={1} alignItems="center">
              <TextField size="small" label="Reason for returning" value={reason} onChange={(e) => setReason(e.target.value)} sx={{ minWidth: 360 }} />
              <Button variant="outlined" color="warning" disabled={!reason.trim() || audit.status !== 'SUBMITTED'} onClick={() => void act(() => mutate(RETURN, { ...current, r: reason }), 'Returned to the auditor')}>
                Return to auditor
              </Button>
            </Stack>
          </Box>
        ) : null}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
          Grades: {gradeChoices.map((g) => `${g.id} ${g.name}`).join(', ')}.
        </Typography>
      </CardContent>
    </Card>
  );
};
