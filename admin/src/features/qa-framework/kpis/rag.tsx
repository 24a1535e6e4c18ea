import { Chip } from '@mui/material';
import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { pounds } from '../../../common/fields';
import type { ApiEnum } from '../../../common/graphql';
import { enumLabels } from '../../../common/labels';
import { AMBER } from '../../../theme';

export type Rag = ApiEnum<'Rag'>;

const RAG_LOOKS: { [R in Rag]: { colour: string; text: string } } = {
  GREEN: { colour: '#2e7d32', text: '#fff' },
  AMBER: { colour: AMBER.colour, text: AMBER.text },
  RED: { colour: '#c62828', text: '#fff' },
  NO_DATA: { colour: '#e0e0e0', text: '#000' },
};

export const RagChip = ({ value }: { value: Rag }) => {
  const look = RAG_LOOKS[value];
  return <Chip size="small" label={enumLabels.Rag[value]} sx={{ bgcolor: look.colour, color: look.text, fontWeight: 600 }} data-rag={value} />;
};

export function formatValue(unit: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return 'no data';
  if (unit === 'PERCENT') return `${value.toFixed(1)}%`;
  if (unit === 'COUNT') return String(Math.round(value));
  if (unit === 'POUNDS') return pounds(value);
  return `${value.toFixed(1)} weeks`;
}

export const Sparkline = ({ values, width = 120, height = 32 }: { values: (number | null)[]; width?: number | `${number}%`; height?: number }) => (
  <ResponsiveContainer width={width} height={height}>
    <LineChart data={values.map((value, i) => ({ i, value }))} margin={{ top: 2, bottom: 2, left: 2, right: 2 }}>
      <YAxis hide domain={['auto', 'auto']} />
      <Line type="monotone" dataKey="value" stroke="#1565c0" dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
    </LineChart>
  </ResponsiveContainer>
);

export const RAG_KEY = 'Green: meets the target. Amber: misses it by no more than the amber tolerance. Red: misses it by more; the owner writes an exception note.';
