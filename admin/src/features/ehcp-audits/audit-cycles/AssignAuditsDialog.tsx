import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { useRecordContext, useRefresh } from 'react-admin';
import { assignmentStrategyChoices, auditLensChoices } from '../../../common/choices';
import { graphql, mutate, query, type ApiEnum, type ResultOf } from '../../../common/graphql';
import { mayCall, runsCycles } from '../../../common/permissions';

const AUDITORS = graphql(`query ($la: UUID!, $cycleId: UUID!) {
  auditors(localAuthorityId: $la) { id displayName }
  _allAuditsMeta(filter: { cycleId: $cycleId, status: UNASSIGNED }) { count }
}`);
const ASSIGN = graphql(`mutation ($cycleId: UUID!, $auditorIds: [UUID!]!, $strategy: AssignmentStrategy!, $lens: AuditLens) {
  assignCycleAudits(cycleId: $cycleId, auditorIds: $auditorIds, strategy: $strategy, lens: $lens) { id auditor { id } } }`);

type AuditLens = ApiEnum<'AuditLens'>;

/** A health deep dive is scored with the health lens unless by the DCO (the API says so too). */
const LENS_NEEDED: { [Kind in ApiEnum<'CycleKind'>]: AuditLens | null } = { EHCP_AUDIT: null, HEALTH_DEEP_DIVE: 'HEALTH' };

/** Shares out every audit of the cycle still waiting for an auditor, in one go, and says who got how many. */
export const AssignAuditsButton = () => {
  const cycle = useRecordContext();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [people, setPeople] = useState<ResultOf<typeof AUDITORS>['auditors']>([]);
  const [waiting, setWaiting] = useState<number>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [strategy, setStrategy] = useState<ApiEnum<'AssignmentStrategy'>>('BY_LOAD');
  const [lens, setLens] = useState<AuditLens | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<{ name: string; count: number }[]>();
  const localAuthorityId = (cycle?.localAuthority as { id?: string } | undefined)?.id;

  useEffect(() => {
    if (!open || !cycle || !localAuthorityId) return;
    query(AUDITORS, { la: localAuthorityId, cycleId: String(cycle.id) }).then(
      (data) => {
        setPeople(data.auditors);
        setWaiting(data._allAuditsMeta.count);
      },
      (e: Error) => setError(e.message),
    );
  }, [open, cycle?.id, localAuthorityId]);

  if (!cycle || !cycle.sampledAt || !runsCycles(cycle.kind) || !mayCall('assignCycleAudits')) return null;

  const close = () => {
    setOpen(false);
    if (result) refresh();
    setResult(undefined);
    setError(undefined);
    setChosen([]);
  };
  // Ticked order matters for round robin and ties: keep the order people were ticked in.
  const toggle = (id: string) => setChosen((now) => (now.includes(id) ? now.filter((c) => c !== id) : [...now, id]));
  const assign = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { assignCycleAudits } = await mutate(ASSIGN, {
        cycleId: String(cycle.id),
        auditorIds: chosen,
        strategy,
        lens: lens || null,
      });
      setResult(
        chosen.map((id) => ({
          name: people.find((p) => p.id === id)?.displayName ?? id,
          count: assignCycleAudits.filter((audit) => audit.auditor?.id === id).length,
        })),
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const lensNeeded = LENS_NEEDED[cycle.kind as ApiEnum<'CycleKind'>];

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<GroupAddIcon />}
        onClick={() => {
          setLens(lensNeeded ?? '');
          setOpen(true);
        }}
      >
        Assign audits…
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="assign-audits-title" maxWidth="sm" fullWidth>
        <DialogTitle id="assign-audits-title">Assign this cycle's audits</DialogTitle>
        <DialogContent>
          {error ? (
            <Alert severity="error" role="alert" sx={{ mb: 1 }}>
              {error}
            </Alert>
          ) : null}
          {result ? (
            <>
              <Alert severity="success" sx={{ mb: 1 }}>
                Assigned {result.reduce((sum, r) => sum + r.count, 0)} audits.
              </Alert>
              <Typography component="ul" data-testid="assignment-result">
                {result.map((r) => (
                  <li key={r.name}>
                    {r.name}: {r.count} {r.count === 1 ? 'audit' : 'audits'}
                  </li>
                ))}
              </Typography>
            </>
          ) : (
            <>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {waiting === undefined ? 'Counting the audits…' : `${waiting} ${waiting === 1 ? 'audit waits' : 'audits wait'} for an auditor.`} All of them are
                assigned, or none if anyone chosen cannot take them.
              </Typography>
              <FormControl component="fieldset" sx={{ mb: 2 }}>
                <FormLabel component="legend">Auditors</FormLabel>
                <FormGroup>
                  {people.map((person) => (
                    <FormControlLabel
                      key={person.id}
                      control={<Checkbox checked={chosen.includes(person.id)} onChange={() => toggle(person.id)} />}
                      label={person.displayName}
                    />
                  ))}
                </FormGroup>
              </FormControl>
              <FormControl component="fieldset" sx={{ mb: 2, display: 'block' }}>
                <FormLabel component="legend">How to share them out</FormLabel>
                <RadioGroup name="strategy" value={strategy} onChange={(e) => setStrategy(e.target.value as ApiEnum<'AssignmentStrategy'>)}>
                  {assignmentStrategyChoices.map((choice) => (
                    <FormControlLabel
                      key={choice.id}
                      value={choice.id}
                      control={<Radio />}
                      label={
                        <>
                          {choice.name}
                          <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                            {choice.explained}
                          </Typography>
                        </>
                      }
                    />
                  ))}
                </RadioGroup>
              </FormControl>
              <TextField
                select
                label="Lens"
                value={lens}
                onChange={(e) => setLens(e.target.value as AuditLens | '')}
                helperText={lensNeeded ? 'This kind of cycle is scored with the health lens unless by the DCO' : 'For multi-agency audits; leave empty otherwise'}
                sx={{ minWidth: 240 }}
              >
                <MenuItem value="">None</MenuItem>
                {auditLensChoices.map((choice) => (
                  <MenuItem key={choice.id} value={choice.id}>
                    {choice.name}
                  </MenuItem>
                ))}
              </TextField>
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{result ? 'Close' : 'Cancel'}</Button>
          {result ? null : (
            <Button variant="contained" onClick={() => void assign()} disabled={busy || chosen.length === 0 || !waiting}>
              Assign {waiting ?? ''} audits
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
