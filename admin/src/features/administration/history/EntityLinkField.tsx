import { Link, useCreatePath, useRecordContext, useResourceDefinitions } from 'react-admin';
import { Typography } from '@mui/material';
import type React from 'react';
import { recordTypeName } from './recordTypes';

/**
 * The changed record, linking to its page: every record type the admin has a page for (its resource is
 * named as the history names it), unless the record was deleted.
 */
export const EntityLinkField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const definitions = useResourceDefinitions();
  if (!record) return null;
  const name = String(record.entityName ?? '');
  const id = String(record.entityId ?? '');
  if (!definitions[name]?.hasShow || record.action === 'DELETE') {
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
      aria-label={`${recordTypeName(name)} ${id}`}
      sx={{ fontFamily: 'monospace' }}
    >
      {id}
    </Link>
  );
};
