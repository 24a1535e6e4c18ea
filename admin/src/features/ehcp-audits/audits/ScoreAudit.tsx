import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { Loading, Title, useNotify } from 'react-admin';
import { auditStatusChoices, choiceName, gradeChoices, gradeName, judgementChoices, phaseChoices, primaryNeedChoices, settingTypeChoices } from '../../../common/choices';
import { ukDate } from '../../../common/fields';
import { ageOn, today } from '../../../common/dates';
import { graphql, mutate, query, type ApiEnum, type ResultOf } from '../../../common/graphql';
import { PlanRecordLink } from './PlanRecordLink';
import { schoolYear, yearGroupLabel } from './schoolYear';
import { SubmitWarning, hasGaps, submitGaps, type SubmitGaps } from './SubmitCheck';
import { mayCall } from '../../../common/permissions';
import { WITH_AUDITOR } from './statuses';

// What saving a section answers with, the same fields the screen loaded: the fragment keeps the two alike.
const SCORED = graphql(`fragment ScoredAudit on Audit @_unmask { id version status suggestedGrade overallGrade overrideReason strengths areasForDevelopment returnReason
  sections { code grade evidence judgements { key judgement } } }`);

const AUDIT_QUERY = graphql(
  `query ($id: UUID!) { Audit(id: $id) { ...ScoredAudit
  cycle { id name opensOn closesOn }
  rubricVersion { id label derivation requireJudgements requireEvidence sections { code title guidance limiting criteria { key statement guidance fromYear } } }
  plan { id requestDate issueDate lastAnnualReviewDate status
    child { id caseReference dateOfBirth primaryNeed } setting { id name type phase } team { id name } } } }`,
  [SCORED],
);

const SAVE_SECTION = graphql(
  `mutation ($id: UUID!, $version: Int!, $code: String!, $grade: Int, $evidence: String!, $judgements: [CriterionJudgementInput!]!) {
  saveAuditSection(id: $id, version: $version, code: $code, grade: $grade, evidence: $evidence, judgements: $judgements) { ...ScoredAudit } }`,
  [SCORED],
);

const SUBMIT = graphql(`mutation ($id: UUID!, $version: Int!, $strengths: String!, $areas: String!, $overallGrade: Int, $overrideReason: String) {
  submitAudit(id: $id, version: $version, strengths: $strengths, areasForDevelopment: $areas, overallGrade: $overallGrade, overrideReason: $overrideReason) { id status } }`);

type ScoredAudit = ResultOf<typeof SCORED>;
type SectionScore = ScoredAudit['sections'][number];
type AuditForScoring = ResultOf<typeof AUDIT_QUERY>['Audit'];
type RubricSection = AuditForScoring['rubricVersion']['sections'][number];
type Judgement = ApiEnum<'Judgement'>;

type Draft = Record<string, SectionScore>;

function draftFrom(audit: ScoredAudit, sections: RubricSection[]): Draft {
  const saved = new Map(audit.sections.map((s) => [s.code, s]));
  return Object.fromEntries(
    sections.map((s) => [s.code, saved.get(s.code) ?? { code: s.code, grade: null, evidence: '', judgements: [] }]),
  );
}

const isTextEntry = (target: EventTarget | null): boolean =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type));

const fieldsetSx = { border: '1px solid', borderColor: 'divider', borderRadius: 1, p: 1.5, m: 0, mb: 1.5 };
const radioRowSx = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 2,
  '& label': { display: 'inline-flex', alignItems: 'center', gap: 0.5, cursor: 'pointer' },
  // A focus ring that is always visible, not only the browser's faint default.
  '& input:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
};
const textAreaSx = {
  width: '100%',
  font: 'inherit',
  p: 1,
  borderRadius: 1,
  border: '1px solid',
  borderColor: 'divider',
  '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main' },
};

interface RadioGroupProps {
  legend: string;
  name: string;
  choices: { id: string; name: string }[];
  value: string | null;
  onChange: (value: string) => void;
  disabled: boolean;
  hint?: string;
}

/** A native radio group: Tab enters it, arrow keys move and select, as every browser does. */
const RadioGroup = ({ legend, name, choices, value, onChange, disabled, hint }: RadioGroupProps) => (
  <Box component="fieldset" sx={fieldsetSx}>
    <Typography component="legend" variant="body2" sx={{ fontWeight: 600, px: 0.5 }}>
      {legend}
    </Typography>
    {hint ? (
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
        {hint}
      </Typography>
    ) : null}
    <Box sx={radioRowSx}>
      {choices.map((c) => (
        <label key={c.id}>
          <input type="radio" name={name} value={c.id} checked={value === c.id} disabled={disabled} onChange={() => onChange(c.id)} />
          {c.name}
        </label>
      ))}
    </Box>
  </Box>
);

const Fact = ({ label, value }: { label: string; value: string | number | null | undefined }) => (
  <Box sx={{ mb: 1 }}>
    <Typography variant="caption" color="text.secondary" component="dt">
      {label}
    </Typography>
    <Typography variant="body2" component="dd" sx={{ m: 0 }}>
      {value === null || value === undefined || value === '' ? '—' : value}
    </Typography>
  </Box>
);

const KeyFacts = ({ audit }: { audit: AuditForScoring }) => {
  const { plan } = audit;
  const year = schoolYear(plan.child.dateOfBirth, audit.cycle.opensOn);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          The plan
        </Typography>
        <Box component="dl" sx={{ m: 0 }}>
          <Fact label="Case reference" value={plan.child.caseReference} />
          <Fact label="Age" value={ageOn(plan.child.dateOfBirth, today())} />
          <Fact label="School year" value={yearGroupLabel(year)} />
          <Fact label="Primary need" value={choiceName(primaryNeedChoices, plan.child.primaryNeed)} />
          <Fact label="Phase" value={plan.setting ? choiceName(phaseChoices, plan.setting.phase) : null} />
          <Fact label="Section I: setting" value={plan.setting ? `${plan.setting.name} (${choiceName(settingTypeChoices, plan.setting.type)})` : null} />
          <Fact label="Casework team" value={plan.team?.name} />
          <Fact label="Requested" value={ukDate(plan.requestDate)} />
          <Fact label="Issued" value={plan.issueDate ? ukDate(plan.issueDate) : null} />
          <Fact label="Last annual review" value={plan.lastAnnualReviewDate ? ukDate(plan.lastAnnualReviewDate) : null} />
          <Fact label="Cycle" value={audit.cycle.name} />
          <Fact label="Rubric" value={audit.rubricVersion.label} />
        </Box>
        <PlanRecordLink planId={plan.id} caseReference={plan.child.caseReference} />
      </CardContent>
    </Card>
  );
};

const SHORTCUTS = 'Keys: Tab and Shift+Tab move between questions; arrow keys choose within a question; 1–4 grade the section (4 Outstanding … 1 Inadequate); n or Enter saves and goes to the next section, p saves and goes back.';

/** The scoring screen: one rubric section at a time, saved as the auditor moves on, then a summary to submit. */
export const ScoreAudit = () => {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const [audit, setAudit] = useState<AuditForScoring>();
  const [draft, setDraft] = useState<Draft>({});
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [strengths, setStrengths] = useState('');
  const [areas, setAreas] = useState('');
  const [overall, setOverall] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [gaps, setGaps] = useState<SubmitGaps>();

  useEffect(() => {
    query(AUDIT_QUERY, { id })
      .then(({ Audit: loaded }) => {
        setAudit(loaded);
        setDraft(draftFrom(loaded, loaded.rubricVersion.sections));
        setStrengths(loaded.strengths);
        setAreas(loaded.areasForDevelopment);
        setOverall(loaded.overallGrade ? String(loaded.overallGrade) : null);
        setOverrideReason(loaded.overrideReason ?? '');
        // Start at the first section not yet graded.
        const first = loaded.rubricVersion.sections.findIndex((s) => !loaded.sections.find((a) => a.code === s.code)?.grade);
        setStep(first === -1 ? loaded.rubricVersion.sections.length : first);
      })
      .catch((e: Error) => setError(e.message));
  }, [id]);

  // Each new step starts at its heading, so Tab leads into its first question.
  useEffect(() => headingRef.current?.focus(), [step, audit?.id]);

  const sections = audit?.rubricVersion.sections ?? [];
  // Those the API lets score see the sections to read, not to change (a viewer, a QA officer looking in).
  const editable = audit ? WITH_AUDITOR.includes(audit.status) && mayCall('saveAuditSection') : false;
  const onSummary = step >= sections.length;
  const current = sections[step];

  const saveCurrent = useCallback(async (): Promise<boolean> => {
    if (!audit || !current || !editable) return true;
    const score = draft[current.code]!;
    setBusy(true);
    setError(undefined);
    try {
      const { saveAuditSection: saved } = await mutate(SAVE_SECTION, {
        id: audit.id,
        version: audit.version,
        code: current.code,
        grade: score.grade,
        evidence: score.evidence,
        judgements: score.judgements.map(({ key, judgement }) => ({ key, judgement })),
      });
      setAudit({ ...audit, ...saved });
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  }, [audit, current, draft, editable]);

  const goTo = useCallback(
    async (next: number) => {
      if (busy || next < 0 || next > sections.length) return;
      if (await saveCurrent()) setStep(next);
    },
    [busy, saveCurrent, sections.length],
  );

  const updateScore = (change: Partial<SectionScore>) => {
    if (!current) return;
    setDraft((d) => ({ ...d, [current.code]: { ...d[current.code]!, ...change } }));
  };

  const judge = (key: string, judgement: Judgement) => {
    if (!current) return;
    const others = draft[current.code]!.judgements.filter((j) => j.key !== key);
    updateScore({ judgements: [...others, { key, judgement }] });
  };

  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (isTextEntry(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!onSummary && editable && ['1', '2', '3', '4'].includes(event.key)) {
      event.preventDefault();
      updateScore({ grade: Number(event.key) });
    } else if (event.key === 'n') {
      event.preventDefault();
      void goTo(step + 1);
    } else if (event.key === 'p') {
      event.preventDefault();
      void goTo(step - 1);
    }
  };

  const onSectionSubmit = (event: FormEvent) => {
    event.preventDefault();
    void goTo(step + 1);
  };

  const suggested = audit?.suggestedGrade ?? null;
  const chosen = overall ?? (suggested ? String(suggested) : null);
  const overriding = chosen !== null && suggested !== null && Number(chosen) !== suggested;

  const onSubmitAudit = (event: FormEvent) => {
    event.preventDefault();
    if (!audit || busy) return;
    const gaps = submitGaps(sections, draft);
    if (hasGaps(gaps)) setGaps(gaps);
    else void submitAudit();
  };

  const submitAudit = async () => {
    if (!audit) return;
    setGaps(undefined);
    setBusy(true);
    setError(undefined);
    try {
      await mutate(SUBMIT, {
        id: audit.id,
        version: audit.version,
        strengths,
        areas,
        overallGrade: overriding ? Number(chosen) : null,
        overrideReason: overriding ? overrideReason : null,
      });
      notify('Audit submitted', { type: 'success' });
      navigate('/my-audits');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (!audit) return error ? <Alert severity="error">{error}</Alert> : <Loading />;

  const graded = sections.filter((s) => draft[s.code]?.grade).length;
  const score = current ? draft[current.code]! : undefined;

  return (
    <Box onKeyDown={onKeyDown} sx={{ py: 2 }}>
      <Title title={`Audit of ${audit.plan.child.caseReference}`} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems="flex-start">
        <Box sx={{ width: { md: 300 }, flexShrink: 0 }}>
          <KeyFacts audit={audit} />
        </Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body2" sx={{ mb: 0.5 }} id="progress-label">
            {graded} of {sections.length} sections graded · {choiceName(auditStatusChoices, audit.status)}
          </Typography>
          <LinearProgress variant="determinate" value={(graded / Math.max(sections.length, 1)) * 100} aria-labelledby="progress-label" sx={{ mb: 1 }} />
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            {SHORTCUTS}
          </Typography>
          {audit.returnReason && editable ? <Alert severity="warning" sx={{ mb: 1 }}>Returned: {audit.returnReason}</Alert> : null}
          {!editable ? <Alert severity="info" sx={{ mb: 1 }}>This audit is {audit.status.toLowerCase()}: it can no longer be changed here.</Alert> : null}
          {error ? (
            <Alert severity="error" role="alert" sx={{ mb: 1 }}>
              {error}
            </Alert>
          ) : null}
          <Card variant="outlined">
            <CardContent>
              {current && score ? (
                <form onSubmit={onSectionSubmit} aria-labelledby="section-heading">
                  <Typography id="section-heading" ref={headingRef} tabIndex={-1} variant="h5" component="h1" sx={{ outline: 'none' }}>
                    Section {current.code}: {current.title} {current.limiting ? <Chip size="small" label="Limiting" /> : null}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    Section {step + 1} of {sections.length}
                  </Typography>
                  <Alert severity="info" icon={false} sx={{ my: 1, whiteSpace: 'pre-line' }}>
                    <strong>What good looks like: </strong>
                    {current.guidance}
                  </Alert>
                  {current.criteria.map((c, i) => (
                    <RadioGroup
                      key={c.key}
                      legend={`${i + 1}. ${c.statement}${c.fromYear ? ` (from Year ${c.fromYear})` : ''}`}
                      hint={c.guidance}
                      name={`criterion-${c.key}`}
                      choices={judgementChoices}
                      value={score.judgements.find((j) => j.key === c.key)?.judgement ?? null}
                      onChange={(v) => judge(c.key, v as Judgement)}
                      disabled={!editable}
                    />
                  ))}
                  <RadioGroup
                    legend={`Section ${current.code} grade`}
                    name="section-grade"
                    choices={gradeChoices.map((g) => ({ id: g.id, name: `${g.id} ${g.name}` }))}
                    value={score.grade ? String(score.grade) : null}
                    onChange={(v) => updateScore({ grade: Number(v) })}
                    disabled={!editable}
                  />
                  <Typography component="label" htmlFor="evidence" variant="body2" sx={{ fontWeight: 600 }}>
                    Evidence notes
                  </Typography>
                  <Box component="textarea" id="evidence" rows={4} value={score.evidence} disabled={!editable} onChange={(e) => updateScore({ evidence: (e.target as HTMLTextAreaElement).value })} sx={textAreaSx} />
                  <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                    <Button variant="outlined" disabled={busy || step === 0} onClick={() => void goTo(step - 1)}>
                      {editable ? 'Save and previous' : 'Previous'}
                    </Button>
                    <Button variant="contained" type="submit" disabled={busy}>
                      {`${editable ? 'Save and ' : ''}${step === sections.length - 1 ? 'review' : 'next'}`.replace(/^./, (c) => c.toUpperCase())}
                    </Button>
                  </Stack>
                </form>
              ) : (
                <form onSubmit={onSubmitAudit} aria-labelledby="summary-heading">
                  <Typography id="summary-heading" ref={headingRef} tabIndex={-1} variant="h5" component="h1" sx={{ outline: 'none' }}>
                    Summary
                  </Typography>
                  <Typography variant="body2" sx={{ my: 1 }} data-testid="suggested-grade">
                    Suggested overall grade: <strong>{suggested ? `${suggested} ${gradeName(suggested)}` : 'not yet: grade every section'}</strong>
                  </Typography>
                  <Typography component="label" htmlFor="strengths" variant="body2" sx={{ fontWeight: 600 }}>
                    Strengths
                  </Typography>
                  <Box component="textarea" id="strengths" rows={3} value={strengths} disabled={!editable} onChange={(e) => setStrengths((e.target as HTMLTextAreaElement).value)} sx={textAreaSx} />
                  <Typography component="label" htmlFor="areas" variant="body2" sx={{ fontWeight: 600 }}>
                    Areas for development
                  </Typography>
                  <Box component="textarea" id="areas" rows={3} value={areas} disabled={!editable} onChange={(e) => setAreas((e.target as HTMLTextAreaElement).value)} sx={textAreaSx} />
                  <RadioGroup
                    legend="Overall grade"
                    hint="Keep the suggested grade, or choose another and say why."
                    name="overall-grade"
                    choices={gradeChoices.map((g) => ({ id: g.id, name: `${g.id} ${g.name}` }))}
                    value={chosen}
                    onChange={setOverall}
                    disabled={!editable}
                  />
                  {overriding ? (
                    <>
                      <Typography component="label" htmlFor="override-reason" variant="body2" sx={{ fontWeight: 600 }}>
                        Why the overall grade differs from the suggested one (required)
                      </Typography>
                      <Box component="textarea" id="override-reason" rows={2} value={overrideReason} onChange={(e) => setOverrideReason((e.target as HTMLTextAreaElement).value)} sx={textAreaSx} />
                    </>
                  ) : null}
                  <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                    <Button variant="contained" type="submit" disabled={busy || !editable}>
                      Submit audit
                    </Button>
                    <Button variant="outlined" disabled={busy || sections.length === 0} onClick={() => void goTo(sections.length - 1)}>
                      Back to the last section
                    </Button>
                  </Stack>
                </form>
              )}
            </CardContent>
          </Card>
          <SubmitWarning
            gaps={gaps}
            requires={{ judgements: audit.rubricVersion.requireJudgements, evidence: audit.rubricVersion.requireEvidence }}
            onSubmit={() => void submitAudit()}
            onBack={() => setGaps(undefined)}
          />
          <Box component="nav" aria-label="Sections" sx={{ mt: 2, display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
            {sections.map((s, i) => (
              <Button
                key={s.code}
                size="small"
                variant={i === step ? 'contained' : 'outlined'}
                color={draft[s.code]?.grade ? 'success' : 'inherit'}
                aria-current={i === step ? 'step' : undefined}
                aria-label={`Section ${s.code}${draft[s.code]?.grade ? `, graded ${gradeName(draft[s.code]!.grade)}` : ', not graded'}`}
                onClick={() => void goTo(i)}
              >
                {s.code}
                {draft[s.code]?.grade ? ` · ${draft[s.code]!.grade}` : ''}
              </Button>
            ))}
            <Button size="small" variant={onSummary ? 'contained' : 'outlined'} aria-current={onSummary ? 'step' : undefined} onClick={() => void goTo(sections.length)}>
              Summary
            </Button>
          </Box>
        </Box>
      </Stack>
    </Box>
  );
};
