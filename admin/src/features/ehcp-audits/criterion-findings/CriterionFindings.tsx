import { useMemo, useState } from 'react';
import { Alert, Box, Button, Collapse, LinearProgress, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { LinkBase, RecordContextProvider, ReferenceField, Title, useGetList, useGetMany } from 'react-admin';
import { auditLensChoices, GRADES, gradeName } from '../../../common/choices';
import { ChosenAuthoritySelect, useChosenLocalAuthority } from '../../../common/authority';
import { graphql, useGraphQL, type ResultOf } from '../../../common/graphql';
import { mayAccess } from '../../../common/permissions';
import { getRoles } from '../../../common/session';
import { ScrollBox } from '../../../common/ScrollBox';

const FINDINGS = graphql(`query ($options: CriterionFindingsOptions) { criterionFindings(options: $options) {
  audits
  criteria { section key statement met partlyMet notMet notApplicable judged metPercent partlyMetPercent notMetPercent tooFewToReport rank shortfalls { id } }
  sectionGrades { period section outstanding good requiresImprovement inadequate graded }
} }`);

type Finding = ResultOf<typeof FINDINGS>['criterionFindings']['criteria'][number];

const JUDGEMENT_COLOURS = { met: '#2e7d32', partlyMet: '#ef6c00', notMet: '#c62828' };
const GRADE_COLOURS: Record<number, string> = { 4: '#2e7d32', 3: '#1565c0', 2: '#ef6c00', 1: '#c62828' };
const GRADE_FIELDS = { 4: 'outstanding', 3: 'good', 2: 'requiresImprovement', 1: 'inadequate' } as const;

const sectionName = (code: string) => (code === 'PLAN' ? 'Whole plan' : `Section ${code}`);
const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(0)}%`);

/** One stacked bar of shares, each part labelled for screen readers by the words beside it. */
const SharesBar = ({ parts, label }: { parts: { value: number; colour: string }[]; label: string }) => {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  return (
    <Box role="img" aria-label={label} sx={{ display: 'flex', height: 14, minWidth: 160, borderRadius: 1, overflow: 'hidden', bgcolor: 'grey.200' }}>
      {total > 0 ? parts.map((p, i) => <Box key={i} sx={{ width: `${(100 * p.value) / total}%`, bgcolor: p.colour }} />) : null}
    </Box>
  );
};

/** The audits behind a criterion's shortfalls, for those who may open them. */
const Shortfalls = ({ ids }: { ids: string[] }) => {
  const { data, isPending } = useGetMany('Audit', { ids });
  if (isPending) return <LinearProgress />;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ py: 1 }}>
      {(data ?? []).map((audit) => (
        <RecordContextProvider key={audit.id} value={audit}>
          <Button size="small" variant="outlined" component={LinkBase} to={`/Audit/${audit.id}/show`}>
            Audit of&nbsp;<ReferenceField source="plan.id" reference="Plan" link={false} />
          </Button>
        </RecordContextProvider>
      ))}
    </Stack>
  );
};

const FindingRow = ({ finding, drillDown }: { finding: Finding; drillDown: boolean }) => {
  const [open, setOpen] = useState(false);
  const words = `${finding.met} met, ${finding.partlyMet} partly met, ${finding.notMet} not met of ${finding.judged} judged`;
  return (
    <>
      <TableRow>
        <TableCell>{finding.rank}</TableCell>
        <TableCell>{sectionName(finding.section)}</TableCell>
        <TableCell sx={{ maxWidth: 420 }}>{finding.statement}</TableCell>
        <TableCell>
          <SharesBar
            label={words}
            parts={[
              { value: finding.notMet, colour: JUDGEMENT_COLOURS.notMet },
              { value: finding.partlyMet, colour: JUDGEMENT_COLOURS.partlyMet },
              { value: finding.met, colour: JUDGEMENT_COLOURS.met },
            ]}
          />
          {finding.tooFewToReport ? (
            <Typography variant="caption" color="text.secondary">
              Too few judged to report shares
            </Typography>
          ) : null}
        </TableCell>
        <TableCell align="right">{percent(finding.notMetPercent)}</TableCell>
        <TableCell align="right">{percent(finding.partlyMetPercent)}</TableCell>
        <TableCell align="right">{percent(finding.metPercent)}</TableCell>
        <TableCell align="right">{finding.judged}</TableCell>
        <TableCell align="right">{finding.notApplicable}</TableCell>
        {drillDown ? (
          <TableCell>
            {finding.shortfalls.length > 0 ? (
              <Button size="small" onClick={() => setOpen(!open)} aria-expanded={open}>
                {open ? 'Hide' : 'Show'} {finding.shortfalls.length} audit{finding.shortfalls.length === 1 ? '' : 's'}
              </Button>
            ) : (
              '—'
            )}
          </TableCell>
        ) : null}
      </TableRow>
      {drillDown && open ? (
        <TableRow>
          <TableCell colSpan={10}>
            <Collapse in={open}>
              <Shortfalls ids={finding.shortfalls.map((s) => s.id)} />
            </Collapse>
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
};

/**
 * Which rubric criteria final audits find met, partly met or not met, worst first, for a cycle or a range of
 * cycle dates, a team and a lens; and how each section was graded term by term. Those who may read audits open
 * the ones behind each shortfall; a board member sees the counts only (the API answers them no audits).
 */
export const CriterionFindings = () => {
  const { chosen, chosenName } = useChosenLocalAuthority();
  const roles = getRoles();
  const seesCycles = mayAccess(roles, 'AuditCycle', 'list', {});
  const drillDown = mayAccess(roles, 'Audit', 'list', {});
  const [cycleId, setCycleId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [teamId, setTeamId] = useState('');
  const [lens, setLens] = useState('');
  const [section, setSection] = useState('B');
  const { data: cycles } = useGetList(
    'AuditCycle',
    { filter: { localAuthorityId: chosen, kind: 'EHCP_AUDIT' }, pagination: { page: 1, perPage: 200 }, sort: { field: 'opensOn', order: 'DESC' } },
    { enabled: seesCycles && !!chosen },
  );
  const { data: teams } = useGetList('Team', { filter: { localAuthorityId: chosen }, pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } }, { enabled: !!chosen });
  const variables = chosen
    ? { options: { localAuthorityId: chosen, cycleId: cycleId || null, from: cycleId ? null : from || null, to: cycleId ? null : to || null, teamId: teamId || null, lens: (lens || null) as never } }
    : null;
  const { data, error, loading } = useGraphQL(FINDINGS, variables);
  const findings = data?.criterionFindings;
  const sections = useMemo(() => [...new Set((findings?.sectionGrades ?? []).map((g) => g.section))], [findings]);
  const terms = (findings?.sectionGrades ?? []).filter((g) => g.section === section);

  return (
    <Box sx={{ p: 2 }}>
      <Title title="Criterion findings" />
      <Typography variant="h5" component="h1" gutterBottom>
        Criterion findings{chosenName ? ` in ${chosenName}` : ''}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <ChosenAuthoritySelect />
        {seesCycles ? (
          <TextField select label="Cycle" value={cycleId} onChange={(e) => setCycleId(e.target.value)} sx={{ minWidth: 220 }}>
            <MenuItem value="">Every cycle in the dates</MenuItem>
            {(cycles ?? []).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {String(c.name)}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        <TextField type="date" label="Cycles opening from" value={from} onChange={(e) => setFrom(e.target.value)} disabled={!!cycleId} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField type="date" label="to" value={to} onChange={(e) => setTo(e.target.value)} disabled={!!cycleId} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField select label="Team" value={teamId} onChange={(e) => setTeamId(e.target.value)} sx={{ minWidth: 200 }}>
          <MenuItem value="">Every team</MenuItem>
          {(teams ?? []).map((t) => (
            <MenuItem key={t.id} value={t.id}>
              {String(t.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label="Lens" value={lens} onChange={(e) => setLens(e.target.value)} sx={{ minWidth: 160 }}>
          <MenuItem value="">Every lens</MenuItem>
          {auditLensChoices.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {loading && !findings ? <LinearProgress /> : null}
      {findings ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {findings.audits.toLocaleString('en-GB')} final audit{findings.audits === 1 ? '' : 's'}; shares are of the criteria judged met, partly met or not met (not applicable left out), worst first.
          </Typography>
          {findings.criteria.length === 0 ? (
            <Alert severity="info">No final audit judged any criterion here.</Alert>
          ) : (
            <ScrollBox label="Criteria ranked">
              <Table size="small" aria-label="Criteria ranked, the one most often not met first">
                <TableHead>
                  <TableRow>
                    <TableCell>Rank</TableCell>
                    <TableCell>Section</TableCell>
                    <TableCell>Criterion</TableCell>
                    <TableCell>Not met, partly met, met</TableCell>
                    <TableCell align="right">Not met</TableCell>
                    <TableCell align="right">Partly met</TableCell>
                    <TableCell align="right">Met</TableCell>
                    <TableCell align="right">Judged</TableCell>
                    <TableCell align="right">Not applicable</TableCell>
                    {drillDown ? <TableCell>Audits behind it</TableCell> : null}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {findings.criteria.map((finding) => (
                    <FindingRow key={`${finding.section}/${finding.key}`} finding={finding} drillDown={drillDown} />
                  ))}
                </TableBody>
              </Table>
            </ScrollBox>
          )}
          <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
            Section grades term by term
          </Typography>
          {sections.length > 0 ? (
            <>
              <TextField select label="Section" value={sections.includes(section) ? section : sections[0]} onChange={(e) => setSection(e.target.value)} sx={{ minWidth: 160, mb: 1 }}>
                {sections.map((code) => (
                  <MenuItem key={code} value={code}>
                    {sectionName(code)}
                  </MenuItem>
                ))}
              </TextField>
              <Table size="small" aria-label={`${sectionName(section)}: final audits by grade, per term`}>
                <TableHead>
                  <TableRow>
                    <TableCell>Term</TableCell>
                    <TableCell>Grades</TableCell>
                    {GRADES.map((grade) => (
                      <TableCell key={grade} align="right">
                        {gradeName(grade)}
                      </TableCell>
                    ))}
                    <TableCell align="right">Graded</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {(terms.length > 0 ? terms : (findings.sectionGrades ?? []).filter((g) => g.section === sections[0])).map((row) => (
                    <TableRow key={`${row.period}/${row.section}`}>
                      <TableCell>{row.period}</TableCell>
                      <TableCell>
                        <SharesBar
                          label={GRADES.map((grade) => `${row[GRADE_FIELDS[grade]]} ${gradeName(grade).toLowerCase()}`).join(', ')}
                          parts={GRADES.map((grade) => ({ value: row[GRADE_FIELDS[grade]], colour: GRADE_COLOURS[grade]! }))}
                        />
                      </TableCell>
                      {GRADES.map((grade) => (
                        <TableCell key={grade} align="right">
                          {row[GRADE_FIELDS[grade]]}
                        </TableCell>
                      ))}
                      <TableCell align="right">{row.graded}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          ) : (
            <Alert severity="info">No final audit graded a section here.</Alert>
          )}
        </>
      ) : null}
    </Box>
  );
};
