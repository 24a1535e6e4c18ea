import { Chip, type ChipProps } from '@mui/material';
import { choiceName, stepStatusChoices } from '../../../common/choices';
import type { ApiEnum } from '../../../common/graphql';

type StepStatus = ApiEnum<'StepStatus'>;

/** Late and overdue in red, due soon in amber, on time in green; the rest (not yet due, recorded) plain. */
const LOOKS: { [S in StepStatus]: Pick<ChipProps, 'color' | 'variant'> } = {
  OVERDUE: { color: 'error' },
  DUE_SOON: { color: 'warning' },
  NOT_YET_DUE: { variant: 'outlined' },
  ON_TIME: { color: 'success', variant: 'outlined' },
  LATE: { color: 'error', variant: 'outlined' },
  RECORDED: { variant: 'outlined' },
  NOT_RECORDED: { color: 'warning', variant: 'outlined' },
};

export const StepStatusChip = ({ status }: { status: string }) => (
  <Chip size="small" {...LOOKS[status as StepStatus]} label={choiceName(stepStatusChoices, status)} />
);
