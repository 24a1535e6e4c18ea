import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import {
  changeActionChoices,
  choiceName,
  ofstedRatingChoices,
  phaseChoices,
  planStatusChoices,
  primaryNeedChoices,
  roleChoices,
  settingTypeChoices,
  sexChoices,
  teamKindChoices,
  type Choice,
} from '../../common/choices';
import { fieldLabel } from '../../common/errors';
import { ukDate } from '../../common/fields';

type Changes = Record<string, { before?: unknown; after?: unknown } | undefined>;

const ENUM_FIELDS: Record<string, Choice[]> = {
  status: planStatusChoices,
  primaryNeed: primaryNeedChoices,
  type: settingTypeChoices,
  phase: phaseChoices,
  ofstedRating: ofstedRatingChoices,
  kind: teamKindChoices,
  sex: sexChoices,
  roles: roleChoices,
  action: changeActionChoices,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value as staff would read it: dates UK style, enums by name, yes/no, "—" for nothing. */
export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const choices = ENUM_FIELDS[field];
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((v) => (choices ? choiceName(choices, v) : formatValue(field, v))).join(', ');
  }
  if (typeof value === 'string') {
    // Lists may arrive as Postgres array literals, e.g. "{QA_OFFICER,AUDITOR}".
    const pgArray = /^\{(.*)\}$/.exec(value);
    if (pgArray && (field === 'roles' || choices)) {
      const items = (pgArray[1] ?? '').split(',').filter(Boolean);
      return formatValue(field, items);
    }
    if (choices) return choiceName(choices, value);
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
              <TableCell sx={{ color: 'text.secondary' }}>{formatValue(field, change.before)}</TableCell>
              <TableCell>{formatValue(field, change.after)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
