import { downloadCSV } from 'react-admin';

const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : typeof value === 'number' ? String(Math.round(value * 10) / 10) : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rows of figures as a CSV download, columns in the order given. */
export function exportCsv(rows: Record<string, unknown>[], columns: { key: string; label: string }[], filename: string): void {
  const lines = [columns.map((c) => cell(c.label)).join(','), ...rows.map((row) => columns.map((c) => cell(row[c.key])).join(','))];
  downloadCSV(lines.join('\n'), filename);
}
