import { downloadCSV } from 'react-admin';

type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote anything a spreadsheet would split or misread; a leading = + - @ would run as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Downloads rows as CSV with the given columns, in that order, headed by their labels. */
export function downloadRows<T>(filename: string, columns: { label: string; value: (row: T) => Cell }[], rows: T[]): void {
  const lines = [columns.map((c) => cell(c.label)).join(','), ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(','))];
  downloadCSV(lines.join('\r\n'), filename);
}
