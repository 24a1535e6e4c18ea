import { Link, useCreatePath, useRecordContext } from 'react-admin';
import { Typography } from '@mui/material';
import type React from 'react';

const LINKABLE = new Set(['Plan', 'Child', 'Setting', 'Team', 'LocalAuthority', 'User']);

/** The changed record's id, linking to it (unless it was deleted). */
export const EntityLinkField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  if (!record) return null;
  const name = String(record.entityName ?? '');
  const id = String(record.entityId ?? '');
  if (!LINKABLE.has(name) || record.action === 'DELETE') {
    return (
      <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
        {id}
      </Typography>
    );
  }
  return (
    <Link
      to={createPath({ resource: name, id, type: 'show' })}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
      sx={{ fontFamily: 'monospace' }}
    >
      {id}
    </Link>
  );
};
