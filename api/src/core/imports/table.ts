import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { FieldErrors } from '../graphql/errors.js';
import { decodeText, type TextEncoding } from './encoding.js';
import type { ImportBytes } from './file.js';

/** A problem with one cell found while reading it, before any rule of the import is applied. */
export interface CellProblem {
  index: number;
  rule: string;
  message: string;
}

export interface TableRow {
  /** The row as the user sees it: the line of a CSV file (the header is line 1), the row number in a sheet. */
  line: number;
  cells: string[];
  problems: CellProblem[];
}

export interface Table {
  format: 'CSV' | 'XLSX';
  encoding: TextEncoding | null;
  sheet: string | null;
  header: string[];
  rows: TableRow[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
const blank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Reads a file as a header and rows of text cells: an XLSX workbook (by its content, whatever its name)
 * or CSV in the encodings `decodeText` accepts. Nothing here knows what the columns mean.
 */
export async function readTable(file: ImportBytes, sheet?: string | null): Promise<Table> {
  if (startsWith(file.bytes, ZIP)) return readWorkbook(file, sheet);
  if (startsWith(file.bytes, OLE) || /\.xls$/i.test(file.filename)) {
    new FieldErrors().add('file', 'format', 'is an old Excel (.xls) workbook: save it as .xlsx or as CSV').throwIfAny();
  }
  if (/\.xlsx$/i.test(file.filename)) new FieldErrors().add('file', 'format', 'is named .xlsx but is not an Excel workbook').throwIfAny();
  return readCsv(file);
}

async function readCsv(file: ImportBytes): Promise<Table> {
  const { text, encoding } = decodeText(file.bytes);
  let header: string[] | null = null;
  const rows: TableRow[] = [];
  // Streamed: the parser hands over one record at a time rather than an array of the whole file.
  const parser = parse(text, { relax_column_count: true, skip_empty_lines: true, info: true });
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record.map((name) => name.trim());
        continue;
      }
      if (!blank(record)) rows.push({ line: info.lines, cells: record, problems: [] });
    }
  } catch (error) {
    new FieldErrors().add('file', 'csv', `cannot be read as CSV: ${(error as Error).message}`).throwIfAny();
  }
  if (!header) new FieldErrors().add('file', 'notEmpty', 'has no header row').throwIfAny();
  return { format: 'CSV', encoding, sheet: null, header: header!, rows };
}

/** What exceljs gives for a cell, as text; a formula by the result Excel saved with it, never evaluated. */
function cellText(value: ExcelJS.CellValue, index: number, problems: CellProblem[]): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) {
      problems.push({ index, rule: 'formulaValue', message: 'is a formula with no saved value: open the file in Excel, let it calculate and save it' });
      return '';
    }
    if (typeof result === 'object' && 'error' in result) {
      problems.push({ index, rule: 'cellError', message: `is a formula whose value is ${result.error}` });
      return '';
    }
    return cellText(result as ExcelJS.CellValue, index, problems);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return String(value.text ?? '');
  if ('error' in value) {
    problems.push({ index, rule: 'cellError', message: `holds the error ${value.error}` });
    return '';
  }
  return '';
}

async function readWorkbook(file: ImportBytes, sheet?: string | null): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  } catch (error) {
    new FieldErrors().add('file', 'format', `cannot be read as an Excel workbook: ${(error as Error).message}`).throwIfAny();
  }
  const names = workbook.worksheets.map((ws) => ws.name);
  const errors = new FieldErrors();
  if (names.length === 0) errors.add('file', 'notEmpty', 'has no worksheet').throwIfAny();
  if (!sheet && names.length > 1) errors.add('sheet', 'required', `the workbook has ${names.length} sheets: choose one of ${names.join(', ')}`).throwIfAny();
  const worksheet = sheet ? workbook.worksheets.find((ws) => ws.name === sheet) : workbook.worksheets[0];
  if (!worksheet) errors.add('sheet', 'exists', `the workbook has no sheet named ${sheet}: its sheets are ${names.join(', ')}`).throwIfAny();

  let header: string[] | null = null;
  const rows: TableRow[] = [];
  worksheet!.eachRow({ includeEmpty: false }, (row) => {
    const problems: CellProblem[] = [];
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    const cells = values.map((value, index) => cellText(value, index, problems));
    if (!header) {
      header = cells.map((name) => name.trim());
      return;
    }
    if (!blank(cells) || problems.length) rows.push({ line: row.number, cells, problems });
  });
  if (!header) new FieldErrors().add('file', 'notEmpty', `sheet ${worksheet!.name} has no header row`).throwIfAny();
  return { format: 'XLSX', encoding: null, sheet: worksheet!.name, header: header!, rows };
}
