import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { labelledChoices } from '../../../common/choices';

export const signOffStatusChoices = labelledChoices('SignOffStatus');
const COLOUR = { AWAITING: 'warning', CHANGES_REQUESTED: 'error', AGREED: 'success' } as const;

export const SignOffStatusChip = (_props: { label?: string }) => {
  const status = useRecordContext()?.status as keyof typeof COLOUR | undefined;
  if (!status) return null;
  return <Chip size="small" color={COLOUR[status]} label={signOffStatusChoices.find((c) => c.id === status)?.name} />;
};
