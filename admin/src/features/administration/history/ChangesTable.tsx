import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { getNamedType, isEnumType, isObjectType } from 'graphql';
import { apiSchema } from '../../../common/apiSchema';
import { enumLabels } from '../../../common/labels';
import { fieldLabel } from '../../../common/errors';
import { ukDate } from '../../../common/fields';

type Changes = Record<string, { before?: unknown; after?: unknown } | undefined>;

/** An enum code the admin has no name for, put into words rather than shown raw: IN_PROGRESS is "In progress". */
const codeInWords = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', ' ');

/** How a field of a record type names its values, where the API types it as an enum. */
function enumNamer(entityName: string, field: string): ((code: string) => string) | null {
  const type = apiSchema.getType(entityName);
  const named = isObjectType(type) ? type.getFields()[field] : undefined;
  const enumType = named ? getNamedType(named.type) : undefined;
  if (!enumType || !isEnumType(enumType)) return null;
  const labels: Record<string, string> | undefined = enumLabels[enumType.name as keyof typeof enumLabels];
  return (code) => labels?.[code] ?? codeInWords(code);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value of a record type's field as staff would read it: dates UK style, enums by name, yes/no, "—" for nothing. */
export function formatValue(entityName: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const name = enumNamer(entityName, field);
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((v) => (name && typeof v === 'string' ? name(v) : formatValue(entityName, field, v))).join(', ');
  }
  if (typeof value === 'string') {
    // Lists may arrive as Postgres array literals, e.g. "{QA_OFFICER,AUDITOR}".
    const pgArray = /^\{(.*)\}$/.exec(value);
    if (pgArray && name) {
      const items = (pgArray[1] ?? '').split(',').filter(Boolean);
      return formatValue(entityName, field, items);
    }
    if (name) return name(value);
    if (DATE.test(value)) return ukDate(value);
    if (DATE_TIME.test(value)) {
      const d = new Date(value);
      if (!Number.isNaN(d.getTime())) {
        return d.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'short', timeStyle: 'short' });
      }
    }
    return value;
  }
  if (typeof value === 'object') {
    const id = (value as { id?: unknown }).id;
    if (id !== undefined) return String(id);
    return JSON.stringify(value);
  }
  return String(value);
}

function changesOf(record: Record<string, unknown> | undefined): Changes {
  const changes = record?.changes;
  if (!changes || typeof changes !== 'object') return {};
  return changes as Changes;
}

/** The changed fields, by name (for lists). */
export const ChangedFieldsField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const fields = Object.keys(changesOf(record));
  if (fields.length === 0) return null;
  return (
    <Typography component="span" variant="body2">
      {fields.map(fieldLabel).join(', ')}
    </Typography>
  );
};

/** Every changed field with its value before and after. */
export const ChangesTable = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const changes = changesOf(record);
  const entityName = String(record?.entityName ?? '');
  const fields = Object.keys(changes).sort();
  if (fields.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No field changes recorded.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Changes" sx={{ maxWidth: 900 }}>
      <TableHead>
        <TableRow>
          <TableCell>Field</TableCell>
          <TableCell>Before</TableCell>
          <TableCell>After</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((field) => {
          const change = changes[field] ?? {};
          return (
            <TableRow key={field}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                {fieldLabel(field)}
              </TableCell>
              <TableCell sx={{ color: 'text.secondary' }}>{formatValue(entityName, field, change.before)}</TableCell>
              <TableCell>{formatValue(entityName, field, change.after)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
