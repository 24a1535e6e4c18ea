import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { gradeName } from '../../../common/choices';

/** On time, late, or still to come: read from the API's `onTime`. */
export const TimelinessChip = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  if (record.onTime === true) return <Chip size="small" color="success" label="On time" />;
  if (record.onTime === false) return <Chip size="small" color="error" label={record.receivedOn ? 'Late' : 'Overdue'} />;
  return <Chip size="small" label="Not yet due" />;
};

export const ReviewGradeChip = (_props: { label?: string }) => {
  const grade = useRecordContext()?.reviewGrade as number | null | undefined;
  if (!grade) return null;
  return <Chip size="small" color={grade >= 3 ? 'success' : 'warning'} label={gradeName(grade)} />;
};

/** Pick a health service. */
export const healthTeamFilter = { kind: 'HEALTH' };
