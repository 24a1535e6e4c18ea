import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { AMBER } from '../../../theme';

/** BRAG meanings vary between organisations, so the key is shown wherever the colours are. */
export const BRAG: Record<string, { label: string; meaning: string; colour: string; text: string }> = {
  BLUE: { label: 'Blue', meaning: 'complete', colour: '#1565c0', text: '#fff' },
  GREEN: { label: 'Green', meaning: 'on track', colour: '#2e7d32', text: '#fff' },
  AMBER: { label: 'Amber', meaning: 'behind schedule', colour: AMBER.colour, text: AMBER.text },
  RED: { label: 'Red', meaning: 'not started or at risk', colour: '#c62828', text: '#fff' },
};

export const BragChip = ({ value, overdue = false }: { value: string | null | undefined; overdue?: boolean }) => {
  const look = value ? BRAG[value] : undefined;
  if (!look) return null;
  return (
    <Stack direction="row" spacing={0.5} alignItems="center" component="span">
      <Tooltip title={look.meaning}>
        <Chip size="small" label={look.label} sx={{ bgcolor: look.colour, color: look.text, fontWeight: 600 }} data-brag={value} />
      </Tooltip>
      {overdue && <Chip size="small" variant="outlined" color="error" label="Overdue" />}
    </Stack>
  );
};

/** The milestone's rating as shown today (an overdue Green shows Amber), with its overdue mark. */
export const ShownBragField = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <BragChip value={record.shownBrag as string} overdue={Boolean(record.overdue)} />;
};

export const BragKey = () => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', my: 1 }} aria-label="BRAG key">
    <Typography variant="body2" sx={{ fontWeight: 600 }}>
      Key:
    </Typography>
    {Object.entries(BRAG).map(([value, look]) => (
      <Stack key={value} direction="row" spacing={0.5} alignItems="center">
        <BragChip value={value} />
        <Typography variant="body2">{look.meaning}</Typography>
      </Stack>
    ))}
    <Typography variant="body2" color="text.secondary">
      A milestone past its deadline that is not complete shows Amber and overdue.
    </Typography>
  </Box>
);
