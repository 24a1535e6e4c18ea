import { Box, Button, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { readableMessage } from '../../../common/errors';
import { SectionTitle } from '../../../common/fields';
import { mayCall } from '../../../common/permissions';
import { graphql, mutate, type ApiEnum } from '../../../common/graphql';

const SIGN_OFF = graphql(`mutation ($id: UUID!, $version: Int!, $decision: SignOffDecision!, $reason: String) {
  signOffHealthSections(id: $id, version: $version, decision: $decision, reason: $reason) { id version status }
}`);

/** Only the DCO signs off: agree sections C and G, or ask for changes saying what must change. */
export const SignOffPanel = () => {
  const signOff = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  if (!signOff || signOff.status === 'AGREED' || !mayCall('signOffHealthSections')) return null;
  const decide = async (decision: ApiEnum<'SignOffDecision'>) => {
    try {
      await mutate(SIGN_OFF, { id: String(signOff.id), version: Number(signOff.version), decision, reason: reason || null });
      notify(decision === 'AGREED' ? 'Health sections agreed' : 'Changes requested', { type: 'success' });
      setReason('');
      refresh();
    } catch (error) {
      notify(readableMessage(error), { type: 'error' });
    }
  };
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <SectionTitle>Sign off sections C and G</SectionTitle>
      <TextField label="What must change (for a change request)" fullWidth multiline value={reason} onChange={(e) => setReason(e.target.value)} sx={{ mb: 2 }} />
      <Box sx={{ display: 'flex', gap: 2 }}>
        <Button variant="contained" color="success" onClick={() => decide('AGREED')}>
          Agree health sections
        </Button>
        <Button variant="outlined" color="warning" onClick={() => decide('CHANGES_REQUESTED')}>
          Request changes
        </Button>
      </Box>
    </Box>
  );
};
