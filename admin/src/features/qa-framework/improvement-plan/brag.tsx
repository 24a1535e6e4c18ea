import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { ApiEnum } from '../../../common/graphql';
import { enumLabels } from '../../../common/labels';
import { AMBER } from '../../../theme';

export type Brag = ApiEnum<'Brag'>;

/** The ratings in the key's order, each with its chip's colours. */
const BRAG_LOOKS: { [B in Brag]: { colour: string; text: string } } = {
  BLUE: { colour: '#1565c0', text: '#fff' },
  GREEN: { colour: '#2e7d32', text: '#fff' },
  AMBER: { colour: AMBER.colour, text: AMBER.text },
  RED: { colour: '#c62828', text: '#fff' },
};

export const bragValues = Object.keys(BRAG_LOOKS) as Brag[];

/** labels.ts names each rating "Colour — meaning": the chip shows the colour, its tooltip and the key the meaning. */
export function bragWords(value: Brag): { label: string; meaning: string } {
  const [label = value, meaning = ''] = enumLabels.Brag[value].split(' — ');
  return { label, meaning };
}

/** BRAG meanings vary between organisations, so the key is shown wherever the colours are. */
export const BragChip = ({ value, overdue = false }: { value: Brag | null | undefined; overdue?: boolean }) => {
  if (!value) return null;
  const look = BRAG_LOOKS[value];
  const { label, meaning } = bragWords(value);
  return (
    <Stack direction="row" spacing={0.5} alignItems="center" component="span">
      <Tooltip title={meaning}>
        <Chip size="small" label={label} sx={{ bgcolor: look.colour, color: look.text, fontWeight: 600 }} data-brag={value} />
      </Tooltip>
      {overdue && <Chip size="small" variant="outlined" color="error" label="Overdue" />}
    </Stack>
  );
};

/** The milestone's rating as shown today (an overdue Green shows Amber), with its overdue mark. */
export const ShownBragField = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <BragChip value={record.shownBrag as Brag} overdue={Boolean(record.overdue)} />;
};

export const BragKey = () => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', my: 1 }} aria-label="BRAG key">
    <Typography variant="body2" sx={{ fontWeight: 600 }}>
      Key:
    </Typography>
    {bragValues.map((value) => (
      <Stack key={value} direction="row" spacing={0.5} alignItems="center">
        <BragChip value={value} />
        <Typography variant="body2">{bragWords(value).meaning}</Typography>
      </Stack>
    ))}
    <Typography variant="body2" color="text.secondary">
      A milestone past its deadline that is not complete shows Amber and overdue.
    </Typography>
  </Box>
);
