/**
 * The calendar and frequency a figures page counts its periods in, chosen on the page, and a period's label in
 * words: "2026/27 Q1" alone does not say whether it is the financial or the academic year's first quarter.
 */
import { MenuItem, TextField } from '@mui/material';
import { kpiFrequencyChoices, reportingCalendarChoices } from './choices';
import type { ApiEnum } from './graphql';

export type ReportingCalendar = ApiEnum<'ReportingCalendar'>;
export type ReportingFrequency = ApiEnum<'KpiFrequency'>;

export interface Periodicity {
  calendar: ReportingCalendar;
  frequency: ReportingFrequency;
}

const YEAR_NAMES: Record<ReportingCalendar, string> = { FINANCIAL: 'Financial year', ACADEMIC: 'Academic year', CALENDAR: 'Calendar year' };

/** "Financial year 2026/27 Q1", "Academic year 2025/26 Autumn term"; months need no year named ("Apr 2026"). */
export function periodInWords({ calendar, frequency }: Periodicity, label: string): string {
  if (frequency === 'MONTHLY' || frequency === 'BI_MONTHLY') return label;
  return `${YEAR_NAMES[calendar]} ${label}${frequency === 'TERMLY' ? ' term' : ''}`;
}

/** Two selects: the year the periods are counted in, and how long each is. Terms are offered in the academic year alone. */
export const PeriodChoice = ({ value, onChange, label = 'Periods' }: { value: Periodicity; onChange: (value: Periodicity) => void; label?: string }) => (
  <>
    <TextField
      select
      size="small"
      fullWidth={false}
      label={`${label}: year`}
      value={value.calendar}
      onChange={(e) => {
        const calendar = e.target.value as ReportingCalendar;
        onChange({ calendar, frequency: value.frequency === 'TERMLY' && calendar !== 'ACADEMIC' ? 'QUARTERLY' : value.frequency });
      }}
      sx={{ minWidth: 240 }}
      data-testid="period-calendar"
    >
      {reportingCalendarChoices.map((c) => (
        <MenuItem key={c.id} value={c.id}>
          {c.name}
        </MenuItem>
      ))}
    </TextField>
    <TextField
      select
      size="small"
      fullWidth={false}
      label={`${label}: each`}
      value={value.frequency}
      onChange={(e) => onChange({ ...value, frequency: e.target.value as ReportingFrequency })}
      sx={{ minWidth: 170 }}
      data-testid="period-frequency"
    >
      {kpiFrequencyChoices
        .filter((c) => c.id !== 'TERMLY' || value.calendar === 'ACADEMIC')
        .map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
    </TextField>
  </>
);
