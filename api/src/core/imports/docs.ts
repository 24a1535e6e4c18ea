import type { ColumnType } from './kinds.js';
import { importKinds } from './kinds.js';

const TYPE_WORDS: Record<ColumnType, string> = { text: 'text', date: 'date', code: 'code', yesNo: 'yes / no', number: 'number' };

/**
 * The README's tables of every import's columns, printed from the kinds themselves (`pnpm schema` writes
 * them between the README's markers, and a test fails when they are stale).
 */
export function printImportTables(): string {
  const lines: string[] = [];
  for (const kind of importKinds()) {
    lines.push(
      `### \`${kind.kind}\`: ${kind.description}`,
      '',
      `Imported by ${kind.roles.join(', ')}. Template mapping: ${kind.defaultMappingName}${kind.mappings?.length ? `; built in: ${kind.mappings.map((m) => m.name).join(', ')}` : ''}. A row is matched on ${kind.keyColumns.map((c) => `\`${c}\``).join(' + ')}.`,
      '',
      '| column | | SEN2 item | holds | meaning |',
      '| --- | --- | --- | --- | --- |',
      ...kind.columns.map((column) => {
        const codes = column.codes ? ` Codes: ${Object.keys(column.codes).map((code) => `\`${code}\``).join(', ')}.` : '';
        const length = column.maxLength && column.type === 'text' ? ` At most ${column.maxLength} characters.` : '';
        return `| \`${column.name}\` | ${column.required ? 'required' : ''} | ${column.sen2 ? 'yes' : ''} | ${TYPE_WORDS[column.type]} | ${column.description}.${length}${codes} |`;
      }),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export const IMPORT_TABLES_START = '<!-- import tables: written by `pnpm schema` from the import kinds; do not edit by hand -->';
export const IMPORT_TABLES_END = '<!-- end of import tables -->';

/** The README with its import tables replaced by the current ones. */
export function withImportTables(readme: string): string {
  const start = readme.indexOf(IMPORT_TABLES_START);
  const end = readme.indexOf(IMPORT_TABLES_END);
  if (start < 0 || end < start) throw new Error('README.md lacks the import tables markers');
  return `${readme.slice(0, start + IMPORT_TABLES_START.length)}\n\n${printImportTables()}\n${readme.slice(end)}`;
}
