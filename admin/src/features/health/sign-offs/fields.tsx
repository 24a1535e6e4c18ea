import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';

export const signOffStatusChoices = [
  { id: 'AWAITING', name: 'Awaiting the DCO' },
  { id: 'CHANGES_REQUESTED', name: 'Changes requested' },
  { id: 'AGREED', name: 'Agreed' },
];
const COLOUR = { AWAITING: 'warning', CHANGES_REQUESTED: 'error', AGREED: 'success' } as const;

export const SignOffStatusChip = (_props: { label?: string }) => {
  const status = useRecordContext()?.status as keyof typeof COLOUR | undefined;
  if (!status) return null;
  return <Chip size="small" color={COLOUR[status]} label={signOffStatusChoices.find((c) => c.id === status)?.name} />;
};
