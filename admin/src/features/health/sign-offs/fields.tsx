import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { labelledChoices } from '../../../common/choices';
import type { ApiEnum } from '../../../common/graphql';

export const signOffStatusChoices = labelledChoices('SignOffStatus');
type SignOffStatus = ApiEnum<'SignOffStatus'>;

const COLOUR: { [S in SignOffStatus]: 'warning' | 'error' | 'success' } = { AWAITING: 'warning', CHANGES_REQUESTED: 'error', AGREED: 'success' };

export const SignOffStatusChip = (_props: { label?: string }) => {
  const status = useRecordContext()?.status as SignOffStatus | undefined;
  if (!status) return null;
  return <Chip size="small" color={COLOUR[status]} label={signOffStatusChoices.find((c) => c.id === status)?.name} />;
};
