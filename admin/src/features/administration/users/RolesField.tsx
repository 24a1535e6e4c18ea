import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { roleLabel } from '../../../common/choices';

export const RolesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const roles = (record?.roles as string[] | undefined) ?? [];
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {roles.map((role) => (
        <Chip key={role} size="small" label={roleLabel(role)} color={role === 'ADMIN' ? 'primary' : 'default'} variant="outlined" />
      ))}
    </Stack>
  );
};
