import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { Title, useGetList, useNotify } from 'react-admin';
import { ukDate } from '../../../common/fields';
import { halfTermOf, today } from '../../../common/dates';
import { mayCall } from '../../../common/permissions';
import { graphql, mutate, query, type ResultOf } from '../../../common/graphql';
import { enumLabels } from '../../../common/labels';
import { halfTermChoices } from './choices';
import { ChosenAuthoritySelect, useChosenLocalAuthority } from '../../../common/authority';

const IMPORT = graphql(`
  mutation ($localAuthorityId: UUID!, $settingId: UUID!, $academicYear: Int!, $halfTerm: Int!, $csv: String!) {
    importPartTimeReturn(localAuthorityId: $localAuthorityId, settingId: $settingId, academicYear: $academicYear, halfTerm: $halfTerm, csv: $csv) {
      accepted imported duplicates invalid
      fileProblems { field rule message }
      rows { line caseReference outcome problems { field rule message } }
    }
  }
`);

type Report = ResultOf<typeof IMPORT>['importPartTimeReturn'];

const REGISTER = graphql(`
  query ($localAuthorityId: UUID!, $academicYear: Int!, $halfTerm: Int!) {
    schoolReturnRegister(localAuthorityId: $localAuthorityId, academicYear: $academicYear, halfTerm: $halfTerm) {
      returned missing setting { id name } schoolReturn { receivedOn rowCount }
    }
  }
`);

const TEMPLATE = 'case_reference,sen_status,start_date,agreed_end_date,hours_per_week,reason,reason_notes,parent_agreement_date,parent_agreed_by,return_plan,caseworker_agreement_date,virtual_school_agreement_date,has_social_worker,social_worker_involvement,extended_until,extension_reason';

/** The academic year and half-term a date falls in, by the product's half-term dates. */
const ImportReport = ({ report }: { report: Report }) => (
  <Box sx={{ mt: 2 }} data-testid="import-report">
    {report.accepted ? (
      <Alert severity="success">
        Return recorded: {report.imported} timetable{report.imported === 1 ? '' : 's'} imported, {report.duplicates} already recorded.
      </Alert>
    ) : (
      <Alert severity="error">
        Nothing imported: {report.fileProblems.length ? 'the file itself has problems' : `${report.invalid} row${report.invalid === 1 ? ' is' : 's are'} invalid`}. Correct the file and import it again.
      </Alert>
    )}
    {report.fileProblems.map((p) => (
      <Typography key={`${p.field}-${p.rule}`} variant="body2" color="error" sx={{ mt: 1 }}>
        Column {p.field}: {p.message}
      </Typography>
    ))}
    {report.rows.length ? (
      <Table size="small" sx={{ mt: 1 }} aria-label="Import report">
        <TableHead>
          <TableRow>
            <TableCell>Line</TableCell>
            <TableCell>Case reference</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>Problems</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.rows.map((row) => (
            <TableRow key={row.line} sx={row.outcome === 'INVALID' ? { backgroundColor: 'rgba(211, 47, 47, 0.08)' } : undefined}>
              <TableCell>{row.line}</TableCell>
              <TableCell>{row.caseReference ?? '—'}</TableCell>
              <TableCell>{enumLabels.ImportOutcome[row.outcome]}</TableCell>
              <TableCell>{row.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    ) : null}
  </Box>
);

/** The register of half-termly returns, and the import of one school's return. */
export const PartTimeReturns = () => {
  const notify = useNotify();
  const { chosen } = useChosenLocalAuthority();
  const current = halfTermOf(today());
  const [academicYear, setAcademicYear] = useState(current.academicYear);
  const [halfTerm, setHalfTerm] = useState(current.halfTerm);
  const [settingId, setSettingId] = useState('');
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [register, setRegister] = useState<ResultOf<typeof REGISTER>['schoolReturnRegister']>([]);
  const { data: settings } = useGetList(
    'Setting',
    { filter: { localAuthorityId: chosen }, pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: !!chosen },
  );

  const loadRegister = useCallback(async () => {
    if (!chosen) return;
    const result = await query(REGISTER, { localAuthorityId: chosen, academicYear, halfTerm });
    setRegister(result.schoolReturnRegister);
  }, [chosen, academicYear, halfTerm]);
  useEffect(() => {
    loadRegister().catch((error: Error) => notify(error.message, { type: 'error' }));
  }, [loadRegister, notify]);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };

  const submit = async () => {
    try {
      const result = await mutate(IMPORT, { localAuthorityId: chosen, settingId, academicYear, halfTerm, csv });
      setReport(result.importPartTimeReturn);
      await loadRegister();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  const missing = register.filter((entry) => entry.missing).length;
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Title title="School returns: part-time timetables" />
      <Card>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <ChosenAuthoritySelect />
          <TextField type="number" label="Academic year starting" value={academicYear} onChange={(e) => setAcademicYear(Number(e.target.value))} fullWidth={false} sx={{ width: 190 }} />
          <TextField select label="Half-term" value={String(halfTerm)} onChange={(e) => setHalfTerm(Number(e.target.value))} fullWidth={false} sx={{ width: 180 }}>
            {halfTermChoices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>{choice.name}</MenuItem>
            ))}
          </TextField>
        </CardContent>
      </Card>

      {mayCall('importPartTimeReturn') ? (
        <Card>
          <CardContent>
            <Typography variant="h6" component="h2">Import a return</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
              A CSV with a header row: {TEMPLATE}. Dates as YYYY-MM-DD. A header with no rows is a nil return. If any row is invalid nothing is imported; a file imported again adds nothing twice.
            </Typography>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
              <TextField select label="School" value={settingId} onChange={(e) => setSettingId(e.target.value)} fullWidth={false} sx={{ width: 420 }} slotProps={{ htmlInput: { 'aria-label': 'School' } }}>
                {(settings ?? []).map((setting) => (
                  <MenuItem key={setting.id} value={setting.id}>{setting.name}</MenuItem>
                ))}
              </TextField>
              <Button variant="outlined" component="label">
                Choose CSV file
                <input type="file" accept=".csv,text/csv" hidden onChange={readFile} aria-label="CSV file" />
              </Button>
            </Box>
            <TextField label="Return (CSV)" multiline minRows={4} fullWidth value={csv} onChange={(e) => setCsv(e.target.value)} sx={{ mt: 2 }} placeholder={TEMPLATE} />
            <Button variant="contained" sx={{ mt: 2 }} disabled={!settingId || !csv.trim()} onClick={submit}>
              Import
            </Button>
            {report ? <ImportReport report={report} /> : null}
          </CardContent>
        </Card>
      ) : null}

      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">
            Register: {register.filter((e) => e.returned).length} of {register.length} schools returned
            {missing ? <Chip size="small" color="error" label={`${missing} missing`} sx={{ ml: 1 }} /> : null}
          </Typography>
          <Table size="small" aria-label="Register of returns">
            <TableHead>
              <TableRow>
                <TableCell>School</TableCell>
                <TableCell>Returned</TableCell>
                <TableCell>Timetables listed</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {register.map((entry) => (
                <TableRow key={entry.setting.id}>
                  <TableCell>{entry.setting.name}</TableCell>
                  <TableCell>
                    {entry.schoolReturn ? ukDate(entry.schoolReturn.receivedOn) : entry.missing ? <Chip size="small" color="error" label="Missing" /> : 'Not yet due'}
                  </TableCell>
                  <TableCell>{entry.schoolReturn ? (entry.schoolReturn.rowCount === 0 ? 'Nil return' : entry.schoolReturn.rowCount) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Box>
  );
};
