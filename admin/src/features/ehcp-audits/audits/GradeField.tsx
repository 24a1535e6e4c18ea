import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { gradeName } from '../../../common/choices';

const COLOURS: Record<number, 'success' | 'primary' | 'warning' | 'error'> = { 4: 'success', 3: 'primary', 2: 'warning', 1: 'error' };

/** A grade as its number and name, coloured so below-good stands out. */
export const GradeField = ({ source }: { source: string; label?: string }) => {
  const grade = useRecordContext()?.[source] as number | null | undefined;
  if (!grade) return null;
  return <Chip size="small" variant="outlined" color={COLOURS[grade]} label={`${grade} ${gradeName(grade)}`} />;
};
