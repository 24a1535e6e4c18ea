import { createHash } from 'node:crypto';
import { ConflictError, FieldErrors, UserInputError, type FieldError } from '../graphql/errors.js';
import { withChangeCause } from '../history/cause.js';
import { readDate } from './dates.js';
import { ImportMapping, ImportRun } from './entities.js';
import type { ImportBytes } from './file.js';
import type { CellValue, ImportColumn, ImportKindDefinition, ImportRow, ImportScope, RowPlan } from './kinds.js';
import { ImportAction, type ImportColumnUse, type ImportPreview, type ImportPreviewRow, type ImportResult, type ImportRowError } from './report.js';
import { readTable, type Table } from './table.js';

/** The mapping a file is read with: a saved one, a built-in one, or the kind's template. */
export interface ResolvedMapping {
  name: string;
  headers: Readonly<Record<string, string>>;
  codes: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Rows listed in a preview; the counts are always of every row. */
export const MAX_PREVIEW_ROWS = 1000;
/** Errors named in a refused confirmation; the preview lists them all. */
const MAX_REFUSAL_ERRORS = 100;

const normalise = (header: string) => header.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The mapping named (a saved one of the authority's, else a built-in one, by name, in any letter
 * case), or the one saved under `mappingId`, or else the kind's template.
 */
export async function resolveMapping(scope: ImportScope, kind: ImportKindDefinition, by: { mappingId?: string | null; mapping?: string | null }): Promise<ResolvedMapping> {
  const errors = new FieldErrors();
  if (by.mappingId) {
    const saved = await scope.em.findOne(ImportMapping, { id: by.mappingId, localAuthority: scope.localAuthority, kind: kind.kind });
    if (!saved) errors.add('mappingId', 'exists', `is not a ${kind.kind} mapping of this local authority`).throwIfAny();
    return { name: saved!.name, headers: saved!.headers, codes: saved!.codes };
  }
  const name = by.mapping?.trim() || kind.defaultMappingName;
  const saved = await scope.em.find(ImportMapping, { localAuthority: scope.localAuthority, kind: kind.kind });
  const savedOne = saved.find((m) => m.name.toLowerCase() === name.toLowerCase());
  if (savedOne) return { name: savedOne.name, headers: savedOne.headers, codes: savedOne.codes };
  if (name.toLowerCase() === kind.defaultMappingName.toLowerCase()) return { name: kind.defaultMappingName, headers: {}, codes: {} };
  const builtIn = kind.mappings?.find((m) => m.name.toLowerCase() === name.toLowerCase());
  if (builtIn) return { name: builtIn.name, headers: builtIn.headers, codes: builtIn.codes ?? {} };
  const known = [kind.defaultMappingName, ...(kind.mappings ?? []).map((m) => m.name), ...saved.map((m) => m.name)];
  errors.add('mapping', 'exists', `no ${kind.kind} mapping is named ${name}: one of ${known.join(', ')}`).throwIfAny();
  throw new Error('unreachable');
}

/** The header a column is read from under a mapping. */
export const headerOf = (column: ImportColumn, mapping: ResolvedMapping) => mapping.headers[column.name] ?? column.name;

function codeOf(column: ImportColumn, text: string, mapping: ResolvedMapping): string | undefined {
  const own = Object.entries(mapping.codes[column.name] ?? {}).find(([theirs]) => theirs.toLowerCase() === text.toLowerCase())?.[1] ?? text;
  return Object.entries(column.codes ?? {}).find(([code]) => code.toLowerCase() === own.toLowerCase())?.[1];
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);
const NUMBER = /^-?\d+(\.\d+)?$/;

interface ReadFile {
  table: Table;
  columns: ImportColumnUse[];
  ignoredHeaders: string[];
  rows: ImportRow[];
  errors: Map<ImportRow, ImportRowError[]>;
}

/** Reads the file's rows through the mapping, each cell by its column's type; problems are named per row and column. */
function readRows(kind: ImportKindDefinition, table: Table, mapping: ResolvedMapping): ReadFile {
  const fileErrors = new FieldErrors();
  const positions = new Map<string, number>();
  table.header.forEach((header, index) => {
    if (!header) return;
    const key = normalise(header);
    if (positions.has(key)) fileErrors.add(header, 'uniqueHeader', 'heads two columns of the file');
    else positions.set(key, index);
  });
  const columns = kind.columns.map((column) => ({ column, header: headerOf(column, mapping), index: positions.get(normalise(headerOf(column, mapping))) }));
  for (const { column, header, index } of columns) {
    if (column.required && index === undefined) fileErrors.add(header, 'requiredColumn', `the file needs this column (${column.description})`);
  }
  fileErrors.throwIfAny();
  const used = new Set(columns.map((c) => c.index).filter((i) => i !== undefined));
  const present = columns.filter((c) => c.index !== undefined);

  const errors = new Map<ImportRow, ImportRowError[]>();
  const headerByColumn = new Map(columns.map((c) => [c.column.name, c.header]));
  const dateOrders = new Map<string, { row: ImportRow; order: string }[]>();
  const rows: ImportRow[] = table.rows.map((tableRow) => {
    const values: Record<string, CellValue> = {};
    const problems: ImportRowError[] = [];
    const row: ImportRow = {
      line: tableRow.line,
      values,
      has: (name) => present.some((c) => c.column.name === name),
      fail: (name, rule, message) => problems.push({ row: tableRow.line, column: headerByColumn.get(name) ?? name, rule, message }),
      failed: () => problems.length > 0,
    };
    errors.set(row, problems);
    for (const problem of tableRow.problems) {
      problems.push({ row: tableRow.line, column: table.header[problem.index] || `column ${problem.index + 1}`, rule: problem.rule, message: problem.message });
    }
    const extra = tableRow.cells.findIndex((cell, index) => index >= table.header.length && cell.trim() !== '');
    if (extra >= 0) problems.push({ row: tableRow.line, column: `column ${extra + 1}`, rule: 'columnCount', message: 'has a value beyond the last header' });
    for (const { column, index } of present) {
      const text = (tableRow.cells[index!] ?? '').trim();
      if (!text) {
        if (column.required && !tableRow.problems.some((p) => p.index === index)) row.fail(column.name, 'required', 'must be filled in');
        values[column.name] = null;
        continue;
      }
      if (column.type === 'text') {
        if (column.maxLength && text.length > column.maxLength) row.fail(column.name, 'maxLength', `must be at most ${column.maxLength} characters`);
        values[column.name] = text;
      } else if (column.type === 'date') {
        const reading = readDate(text);
        if ('error' in reading) row.fail(column.name, reading.error.rule, reading.error.message);
        else {
          values[column.name] = reading.date;
          if (reading.order !== 'iso') (dateOrders.get(column.name) ?? dateOrders.set(column.name, []).get(column.name)!).push({ row, order: reading.order });
        }
      } else if (column.type === 'code') {
        const code = codeOf(column, text, mapping);
        if (code === undefined) row.fail(column.name, 'knownCode', `${text} is not a known code: one of ${Object.keys(column.codes ?? {}).join(', ')} (or map it in the mapping's codes)`);
        values[column.name] = code ?? null;
      } else if (column.type === 'yesNo') {
        const lower = text.toLowerCase();
        if (!YES.has(lower) && !NO.has(lower)) row.fail(column.name, 'yesNo', 'must be yes or no');
        values[column.name] = YES.has(lower);
      } else {
        if (!NUMBER.test(text)) row.fail(column.name, 'number', 'must be a number');
        values[column.name] = Number(text);
      }
    }
    return row;
  });

  // A column holding a date that only reads month-first (05/13/2026) may be month-first throughout:
  // then none of its dates that read either way can be trusted.
  for (const [name, readings] of dateOrders) {
    if (!readings.some((r) => r.order === 'monthFirst')) continue;
    for (const { row, order } of readings) {
      if (order === 'monthFirst') row.fail(name, 'dayMonthOrder', 'reads only month first (mm/dd/yyyy): write dates day first, dd/mm/yyyy, or yyyy-mm-dd');
      else if (order === 'either') row.fail(name, 'ambiguousDate', 'could be day or month first, and this column has month-first dates: write it yyyy-mm-dd');
    }
  }

  const ignoredHeaders = table.header.filter((header, index) => header && !used.has(index));
  return { table, columns: columns.map(({ column, header, index }) => ({ column: column.name, header, found: index !== undefined })), ignoredHeaders, rows, errors };
}

/** Two rows for one record would leave which one counts to chance: the second is an error naming the first. */
function checkDuplicates(kind: ImportKindDefinition, rows: readonly ImportRow[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.failed()) continue;
    const key = JSON.stringify(kind.keyColumns.map((name) => row.values[name] ?? null));
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.line);
    else row.fail(kind.keyColumns[0]!, 'duplicateRow', `is the same record as row ${first}`);
  }
}

interface Examined {
  preview: ImportPreview;
  plans: RowPlan[];
  errors: ImportRowError[];
}

async function examine(scope: ImportScope, kind: ImportKindDefinition, file: ImportBytes, mapping: ResolvedMapping, sheet?: string | null): Promise<Examined> {
  const table = await readTable(file, sheet);
  const read = readRows(kind, table, mapping);
  checkDuplicates(kind, read.rows);
  const planned = await kind.plan(scope, read.rows.filter((row) => !row.failed()));
  const plans: RowPlan[] = [];
  const errors: ImportRowError[] = [];
  const shown: ImportPreviewRow[] = [];
  const counts = { CREATE: 0, UPDATE: 0, UNCHANGED: 0, ERROR: 0 };
  const digest = createHash('sha256');
  for (const row of read.rows) {
    const rowErrors = read.errors.get(row)!;
    const plan = rowErrors.length ? undefined : planned.get(row);
    const action = rowErrors.length || !plan ? ImportAction.ERROR : ImportAction[plan.action];
    if (!rowErrors.length && !plan) throw new Error(`Import kind ${kind.kind} gave no plan for row ${row.line}`);
    counts[action] += 1;
    errors.push(...rowErrors);
    if (plan && action !== ImportAction.ERROR) plans.push(plan);
    const entry: ImportPreviewRow = { row: row.line, key: plan?.key ?? null, action, changes: plan?.changes ?? [], errors: rowErrors };
    digest.update(JSON.stringify([entry.row, entry.key, entry.action, entry.changes, entry.errors]));
    if (action !== ImportAction.UNCHANGED && shown.length < MAX_PREVIEW_ROWS) shown.push(entry);
  }
  const listed = counts.CREATE + counts.UPDATE + counts.ERROR;
  return {
    plans,
    errors,
    preview: {
      kind: kind.kind,
      filename: file.filename,
      fileHash: file.hash,
      digest: digest.digest('hex'),
      format: table.format,
      encoding: table.encoding,
      sheet: table.sheet,
      mappingName: mapping.name,
      columns: read.columns,
      ignoredHeaders: read.ignoredHeaders,
      rowCount: read.rows.length,
      toCreate: counts.CREATE,
      toUpdate: counts.UPDATE,
      unchanged: counts.UNCHANGED,
      invalid: counts.ERROR,
      rows: shown,
      rowsOmitted: listed - shown.length,
    },
  };
}

export interface ImportRequest {
  kind: ImportKindDefinition;
  file: ImportBytes;
  mapping: ResolvedMapping;
  sheet?: string | null;
}

/** What importing the file would do, written nowhere. */
export async function previewImport(scope: ImportScope, request: ImportRequest): Promise<ImportPreview> {
  return (await examine(scope, request.kind, request.file, request.mapping, request.sheet)).preview;
}

/**
 * Writes what the preview showed, all of it or nothing. The preview is not kept anywhere: the file is
 * sent again and read again, and written only if it is the file previewed (its hash) and reading it now
 * finds exactly what the preview found (its digest), so that no record changed in between.
 */
export async function confirmImport(
  scope: ImportScope & { actor: string },
  request: ImportRequest & { fileHash: string; previewDigest: string },
): Promise<ImportResult> {
  const errors = new FieldErrors();
  errors.check(request.file.hash === request.fileHash, 'fileHash', 'sameFile', 'is not the hash of this file: preview the file you mean to import').throwIfAny();
  const { preview, plans, errors: rowErrors } = await examine(scope, request.kind, request.file, request.mapping, request.sheet);
  if (rowErrors.length) {
    const named: (FieldError & { row: number })[] = rowErrors
      .slice(0, MAX_REFUSAL_ERRORS)
      .map((e) => ({ field: e.column, rule: e.rule, message: `row ${e.row}: ${e.message}`, row: e.row }));
    throw new UserInputError(named);
  }
  if (preview.digest !== request.previewDigest) {
    throw new ConflictError('The records this file touches changed since it was previewed (or the preview was of another mapping or sheet): preview it again', {
      rule: 'changedSincePreview',
    });
  }
  const result: ImportResult = { created: preview.toCreate, updated: preview.toUpdate, unchanged: preview.unchanged, importRun: null };
  if (preview.toCreate + preview.toUpdate === 0) return result;
  const run = scope.em.create(ImportRun, {
    localAuthority: scope.localAuthority,
    kind: request.kind.kind,
    filename: request.file.filename,
    fileHash: request.file.hash,
    mappingName: request.mapping.name,
    sheet: preview.sheet,
    importedBy: scope.actor,
    rowCount: preview.rowCount,
    created: preview.toCreate,
    updated: preview.toUpdate,
    unchanged: preview.unchanged,
  });
  await withChangeCause(`ImportRun:${run.id}`, async () => {
    for (const plan of plans) plan.apply();
    await scope.em.flush();
  });
  return { ...result, importRun: run };
}
