import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMemo, useState, type ChangeEvent } from 'react';
import { Link, Title, useGetList, useNotify } from 'react-admin';
import { ChosenAuthoritySelect, useChosenLocalAuthority } from '../../../common/authority';
import { choiceName, importActionChoices, importKindChoices } from '../../../common/choices';
import { downloadFile, graphql, mutate, query, useGraphQL, type ApiEnum, type ResultOf } from '../../../common/graphql';
import { getRoles, type Role } from '../../../common/session';
import { fieldLabel } from '../../../common/errors';
import { formatValue } from '../history/ChangesTable';

const KINDS = graphql(`
  query { importUploadLimit importKinds { kind description roles builtInMappings keyColumns columns { name description required sen2 type codes } } }
`);

const PREVIEW = graphql(`
  query ($kind: ImportKind!, $localAuthorityId: UUID!, $file: ImportFileInput!, $mapping: String, $sheet: String) {
    previewImport(kind: $kind, localAuthorityId: $localAuthorityId, file: $file, mapping: $mapping, sheet: $sheet) {
      filename format encoding sheet mappingName fileHash digest rowCount toCreate toUpdate unchanged invalid rowsOmitted ignoredHeaders
      columns { column header found }
      rows { row key action changes { record field before after } errors { row column rule message } }
    }
  }
`);

const CONFIRM = graphql(`
  mutation ($kind: ImportKind!, $localAuthorityId: UUID!, $file: ImportFileInput!, $mapping: String, $sheet: String, $fileHash: String!, $previewDigest: String!) {
    confirmImport(kind: $kind, localAuthorityId: $localAuthorityId, file: $file, mapping: $mapping, sheet: $sheet, fileHash: $fileHash, previewDigest: $previewDigest) {
      created updated unchanged importRun { id }
    }
  }
`);

const TEMPLATE = graphql(`
  query ($kind: ImportKind!, $format: ImportTemplateFormat!) { importTemplate(kind: $kind, format: $format) { filename contentType base64 } }
`);

type Kind = ApiEnum<'ImportKind'>;
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
type Preview = ResultOf<typeof PREVIEW>['previewImport'];
type Result = ResultOf<typeof CONFIRM>['confirmImport'];

const ACTION_COLOURS: Record<ApiEnum<'ImportAction'>, 'success' | 'info' | 'default' | 'error'> = { CREATE: 'success', UPDATE: 'info', UNCHANGED: 'default', ERROR: 'error' };

/** The file as the API takes it: CSV as text would do, but base64 serves both CSV (in any encoding) and workbooks. */
function readFile(file: File, onProgress: (percent: number) => void): Promise<{ filename: string; base64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => event.lengthComputable && onProgress(Math.round((100 * event.loaded) / event.total));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.onload = () => resolve({ filename: file.name, base64: String(reader.result).split(',', 2)[1] ?? '' });
    reader.readAsDataURL(file);
  });
}

const Counts = ({ preview }: { preview: Preview }) => (
  <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', my: 1 }} data-testid="import-counts">
    <Chip color="success" label={`${preview.toCreate} to create`} />
    <Chip color="info" label={`${preview.toUpdate} to update`} />
    <Chip label={`${preview.unchanged} unchanged`} />
    <Chip color={preview.invalid ? 'error' : 'default'} label={`${preview.invalid} with errors`} />
  </Box>
);

const Rows = ({ preview }: { preview: Preview }) => (
  <Box sx={{ overflowX: 'auto' }}>
    <Table size="small" data-testid="import-rows">
      <TableHead>
        <TableRow>
          <TableCell>Row</TableCell>
          <TableCell>Matched on</TableCell>
          <TableCell>What happens</TableCell>
          <TableCell>Changes or errors</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {preview.rows.map((row) => (
          <TableRow key={row.row} data-row={row.row} data-action={row.action}>
            <TableCell>{row.row}</TableCell>
            <TableCell>{row.key ?? ''}</TableCell>
            <TableCell>
              <Chip size="small" color={ACTION_COLOURS[row.action]} label={choiceName(importActionChoices, row.action)} />
            </TableCell>
            <TableCell>
              {row.errors.map((e) => (
                <Typography key={`${e.column}-${e.rule}`} variant="body2" color="error" data-column={e.column} data-rule={e.rule}>
                  {e.column}: {e.message}
                </Typography>
              ))}
              {row.changes.map((c) => (
                <Typography key={`${c.record}.${c.field}`} variant="body2">
                  {fieldLabel(c.field)}: {formatValue(c.record, c.field, c.before)} → {formatValue(c.record, c.field, c.after)}
                </Typography>
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
    {preview.rowsOmitted > 0 ? (
      <Typography variant="body2" color="text.secondary">
        {preview.rowsOmitted} more rows are not listed here.
      </Typography>
    ) : null}
  </Box>
);

/**
 * Upload, preview, confirm: a file is read and checked row by row without writing anything, and only a preview
 * with no errors can be confirmed, which imports every row or none.
 */
export const ImportPage = () => {
  const notify = useNotify();
  const roles = getRoles();
  const { chosen, chosenName } = useChosenLocalAuthority();
  const { data: kindsData } = useGraphQL(KINDS, {});
  const kinds = useMemo(() => (kindsData?.importKinds ?? []).filter((k) => k.roles.some((role) => roles.includes(role as Role))), [kindsData, roles]);
  const [kind, setKind] = useState<Kind | ''>('');
  const info = kinds.find((k) => k.kind === kind);
  const { data: savedMappings } = useGetList('ImportMapping', { filter: { kind: kind || undefined, localAuthorityId: chosen || undefined }, pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } }, { enabled: Boolean(kind && chosen) });
  const mappingNames = [...(info?.builtInMappings ?? []), ...(savedMappings ?? []).map((m) => String(m.name))];
  const [mapping, setMapping] = useState('');
  const [sheet, setSheet] = useState('');
  const [file, setFile] = useState<{ filename: string; base64: string } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const reset = () => {
    setPreview(null);
    setResult(null);
  };
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosenFile = event.target.files?.[0];
    event.target.value = '';
    reset();
    setFile(null);
    if (!chosenFile) return;
    // The server says what it takes (its import limit, or less under its request body limit): a bigger file is refused here, before it is sent.
    const limit = kindsData?.importUploadLimit ?? 0;
    if (chosenFile.size > limit) {
      notify(`${chosenFile.name} is ${megabytes(chosenFile.size)} MB: the largest file this server imports is ${megabytes(limit)} MB (split the file)`, { type: 'error' });
      return;
    }
    setProgress(0);
    try {
      setFile(await readFile(chosenFile, setProgress));
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setProgress(null);
    }
  };
  const variables = () => ({ kind: kind as Kind, localAuthorityId: chosen, file: file!, mapping: mapping || null, sheet: sheet || null });
  const runPreview = async () => {
    reset();
    setBusy(true);
    try {
      setPreview((await query(PREVIEW, variables())).previewImport);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      setResult((await mutate(CONFIRM, { ...variables(), fileHash: preview.fileHash, previewDigest: preview.digest })).confirmImport);
      setPreview(null);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const template = async (format: ApiEnum<'ImportTemplateFormat'>) => {
    try {
      downloadFile((await query(TEMPLATE, { kind: kind as Kind, format })).importTemplate);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Title title="Import data" />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="body2" color="text.secondary">
            Nothing is written until you confirm the preview; confirming imports every row or none, and the change history names the import as the cause.
            Importing the same file again changes nothing.
          </Typography>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <ChosenAuthoritySelect />
            <TextField select label="What to import" value={kind} onChange={(e) => { setKind(e.target.value as Kind); setMapping(''); reset(); }} sx={{ width: 320 }}>
              {kinds.map((k) => (
                <MenuItem key={k.kind} value={k.kind}>{choiceName(importKindChoices, k.kind)}</MenuItem>
              ))}
            </TextField>
            <TextField select label="Column mapping" value={mapping} onChange={(e) => { setMapping(e.target.value); reset(); }} sx={{ width: 280 }} disabled={!kind} helperText="Empty: the template's own headers">
              <MenuItem value="">The template (SEN2 names)</MenuItem>
              {mappingNames.map((name) => (
                <MenuItem key={name} value={name}>{name}</MenuItem>
              ))}
            </TextField>
            <TextField label="Sheet (workbooks)" value={sheet} onChange={(e) => { setSheet(e.target.value); reset(); }} sx={{ width: 200 }} helperText="Needed when a workbook has several" />
          </Box>
          {info ? (
            <Box>
              <Typography variant="body2">{info.description}. Matched on {info.keyColumns.join(' and ')}.</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                Columns: {info.columns.map((c) => `${c.name}${c.required ? ' (required)' : ''}`).join(', ')}.
              </Typography>
              <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
                <Button variant="text" onClick={() => template('CSV')}>Template (CSV)</Button>
                <Button variant="text" onClick={() => template('XLSX')}>Template (Excel)</Button>
              </Box>
            </Box>
          ) : null}
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button variant="outlined" component="label" disabled={!kind}>
              Choose file
              <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={choose} aria-label="File to import" />
            </Button>
            <Typography variant="body2">{file ? file.filename : 'No file chosen (CSV or Excel, up to 50 MB)'}</Typography>
            <Button variant="contained" disabled={!kind || !file || !chosen || busy} onClick={runPreview}>
              Preview
            </Button>
          </Box>
          {progress !== null ? <LinearProgress variant="determinate" value={progress} aria-label="Reading the file" /> : null}
          {busy ? <LinearProgress aria-label="Working" /> : null}
        </CardContent>
      </Card>

      {preview ? (
        <Card data-testid="import-preview">
          <CardContent>
            <Typography variant="h6" component="h2">
              {preview.filename} into {chosenName}: {preview.rowCount} rows
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {preview.format}
              {preview.encoding ? `, ${preview.encoding}` : ''}
              {preview.sheet ? `, sheet ${preview.sheet}` : ''}; mapping: {preview.mappingName}
              {preview.ignoredHeaders.length ? `; columns not read: ${preview.ignoredHeaders.join(', ')}` : ''}
            </Typography>
            <Counts preview={preview} />
            {preview.invalid ? (
              <Alert severity="error">Nothing can be imported while any row breaks a rule: correct the file and preview it again.</Alert>
            ) : preview.toCreate + preview.toUpdate === 0 ? (
              <Alert severity="info">Everything in this file is already recorded: importing it would change nothing.</Alert>
            ) : (
              <Button variant="contained" color="primary" onClick={confirm} disabled={busy} sx={{ my: 1 }}>
                Confirm: import {preview.toCreate + preview.toUpdate} rows
              </Button>
            )}
            <Rows preview={preview} />
          </CardContent>
        </Card>
      ) : null}

      {result ? (
        <Alert severity="success" data-testid="import-result">
          Imported: {result.created} created, {result.updated} updated, {result.unchanged} unchanged.{' '}
          {result.importRun ? <Link to={`/ImportRun/${result.importRun.id}/show`}>The import and its changes</Link> : null}
        </Alert>
      ) : null}
    </Box>
  );
};
