import { Chip, Stack } from '@mui/material';
import { useRecordContext, type RaRecord } from 'react-admin';
import type { ApiEnum } from '../../../common/graphql';
import { enumLabels } from '../../../common/labels';

/** What needs attention on a timetable, as chips: an overdue review, a missing agreement, no extension past the maximum. */
export const TimetableFlags = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const missing = (record.missingAgreements as ApiEnum<'Agreement'>[] | undefined) ?? [];
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      {record.reviewOverdue ? <Chip size="small" color="error" label="Review overdue" /> : null}
      {missing.length ? (
        <Chip size="small" color="warning" label="Consent missing" title={`No agreement recorded from: ${missing.map((m) => enumLabels.Agreement[m]).join(', ')}`} />
      ) : null}
      {record.overMaximum ? <Chip size="small" color="error" variant="outlined" label="Past maximum, no extension" /> : null}
    </Stack>
  );
};

/** Rows that need attention stand out in the list. */
export const attentionRowSx = (record: RaRecord) =>
  record.reviewOverdue ? { backgroundColor: 'rgba(211, 47, 47, 0.08)' } : record.consentMissing ? { backgroundColor: 'rgba(237, 108, 2, 0.08)' } : {};

/** Hours on the timetable against the full-time week. */
export const HoursField = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <span>
      {record.currentHours} of {record.fullTimeHours} h
    </span>
  );
};
