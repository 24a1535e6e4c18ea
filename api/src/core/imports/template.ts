import ExcelJS from 'exceljs';
import { toCsv } from '../csv.js';
import type { ImportKindDefinition } from './kinds.js';
import type { ImportTemplate } from './report.js';

export enum TemplateFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

const slug = (kind: string) => kind.toLowerCase().replace(/_/g, '-');

/** An empty file with the kind's headers, ready to fill in: CSV (UTF-8 with a byte-order mark, which Excel needs to read it as UTF-8) or XLSX with each header's meaning as its note. */
export async function importTemplate(kind: ImportKindDefinition, format: TemplateFormat): Promise<ImportTemplate> {
  const names = kind.columns.map((column) => column.name);
  if (format === TemplateFormat.CSV) {
    return { filename: `${slug(kind.kind)}-template.csv`, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(`\uFEFF${toCsv([names])}`, 'utf8').toString('base64') };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(slug(kind.kind));
  const header = sheet.addRow(names);
  header.font = { bold: true };
  kind.columns.forEach((column, index) => {
    const codes = column.codes ? ` Codes: ${Object.keys(column.codes).join(', ')}.` : '';
    header.getCell(index + 1).note = `${column.required ? 'Required. ' : ''}${column.description}.${codes}`;
    sheet.getColumn(index + 1).width = Math.max(14, column.name.length + 2);
  });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: `${slug(kind.kind)}-template.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: bytes.toString('base64') };
}
