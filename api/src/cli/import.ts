import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { today } from '../core/dates.js';
import { UserInputError } from '../core/graphql/errors.js';
import { confirmImport, importBytes, importKind, importKinds, MAX_IMPORT_BYTES, previewImport, resolveMapping, type ImportScope } from '../core/imports/index.js';
import { LocalAuthority } from '../core/tenancy/local-authority.entity.js';
import { withDatabase } from './bootstrap.js';

const USAGE = `Usage: pnpm --filter @send-qa/api import <kind> <file> [--mapping <name>] [--sheet <name>] [--authority <code>] [--dry-run]
  <kind>: ${importKinds().map((k) => k.kind.toLowerCase().replace(/_/g, '-')).join(', ')}
  --mapping: a mapping saved for the authority, or a built-in one (default: the kind's template)
  --authority: the DfE code of the authority to import into (needed when the installation has several)
  --dry-run: print what the file would do and write nothing
The exit code is 0 only if every row is valid (and, without --dry-run, imported).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { mapping: { type: 'string' }, sheet: { type: 'string' }, authority: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});

const out = (line: string) => process.stdout.write(`${line}\n`);

await withDatabase(async (db) => {
  const [kindName, file] = positionals;
  if (!kindName || !file) throw new Error(USAGE);
  const kind = importKind(kindName.toUpperCase().replace(/-/g, '_'));
  const em = db.orm.em.fork();
  const authorities = await em.find(LocalAuthority, {}, { orderBy: { code: 'asc' } });
  const localAuthority = values.authority ? authorities.find((la) => la.code === values.authority) : authorities.length === 1 ? authorities[0] : undefined;
  if (!localAuthority) {
    throw new Error(values.authority ? `There is no local authority with the code ${values.authority}` : `Say which authority with --authority: one of ${authorities.map((la) => la.code).join(', ')}`);
  }
  // Whoever runs the command line holds the database, and so every authority in it.
  const scope: ImportScope = { em, localAuthority, held: new Map(authorities.map((la) => [la.code, la])), today: today() };
  try {
    const { size } = await stat(file);
    if (size > MAX_IMPORT_BYTES) throw new Error(`${file} is ${(size / 1024 / 1024).toFixed(1)} MB; an import reads at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB (split the file)`);
    const bytes = importBytes(path.basename(file), await readFile(file));
    const mapping = await resolveMapping(scope, kind, { mapping: values.mapping });
    const request = { kind, file: bytes, mapping, sheet: values.sheet };
    const preview = await previewImport(scope, request);
    const how = [preview.format, preview.encoding, preview.sheet && `sheet ${preview.sheet}`, `mapping ${preview.mappingName}`].filter(Boolean).join(', ');
    out(`${bytes.filename} (${how}) into ${localAuthority.code}: ${preview.rowCount} rows: ${preview.toCreate} to create, ${preview.toUpdate} to update, ${preview.unchanged} unchanged, ${preview.invalid} in error`);
    for (const row of preview.rows) for (const e of row.errors) out(`row ${e.row}, ${e.column}: ${e.message} (${e.rule})`);
    if (preview.rowsOmitted) out(`(${preview.rowsOmitted} more rows not listed)`);
    if (preview.invalid > 0) {
      out('Nothing was imported.');
      process.exitCode = 1;
      return;
    }
    if (values['dry-run']) return;
    const result = await em.transactional((tx) => confirmImport({ ...scope, em: tx, actor: 'command line' }, { ...request, fileHash: bytes.hash, previewDigest: preview.digest }));
    out(`Imported: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged${result.importRun ? ` (ImportRun:${result.importRun.id})` : ''}`);
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    for (const e of error.fields) out(`${e.field}: ${e.message} (${e.rule})`);
    out('Nothing was imported.');
    process.exitCode = 1;
  }
});
