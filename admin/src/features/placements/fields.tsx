import { Chip, Stack, Typography } from '@mui/material';
import { DataTable, SelectField, useRecordContext } from 'react-admin';
import { choiceName, type Choice } from '../../common/choices';
import { pounds } from '../../common/fields';
import type { ApiEnum } from '../../common/graphql';
import { VISIT_AREAS, ragChoices } from './choices';

type VisitRag = ApiEnum<'VisitRag'>;

const RAG_COLOURS: { [R in VisitRag]: 'error' | 'warning' | 'success' } = { RED: 'error', AMBER: 'warning', GREEN: 'success' };

/** A red, amber or green rating as a coloured chip. */
export const RagChip = ({ source }: { source: string; label?: string }) => {
  const value = useRecordContext()?.[source] as VisitRag | undefined;
  if (!value) return <Typography variant="body2" color="text.secondary">—</Typography>;
  return <Chip size="small" color={RAG_COLOURS[value]} label={choiceName(ragChoices, value)} />;
};

/**
 * A visit's areas in one cell, so that the list fits the window: the areas judged other than green by name,
 * "All green" when none was, a dash before the visit.
 */
export const VisitAreasSummary = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const judged = VISIT_AREAS.filter((area) => record[area.source]);
  if (judged.length === 0) return <Typography variant="body2" color="text.secondary">—</Typography>;
  const concerns = judged.filter((area) => record[area.source] !== 'GREEN');
  if (concerns.length === 0) return <Typography variant="body2">All green</Typography>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {concerns.map((area) => (
        <Chip key={area.source} size="small" color={RAG_COLOURS[record[area.source] as VisitRag]} label={`${area.label}: ${choiceName(ragChoices, record[area.source] as string)}`} />
      ))}
    </Stack>
  );
};

/** An annual cost in pounds; the API sends none to those who may not see costs (auditors). */
export const CostField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const value = record?.[source] as number | null | undefined;
  if (value === null || value === undefined) return <Typography variant="body2" color="text.secondary">Not shown</Typography>;
  return <Typography variant="body2">{pounds(value)}</Typography>;
};

/** The warnings a placement carries: urgent review, visit overdue or falling due, red at the last visit. */
export const PlacementFlags = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {record.urgentReview ? <Chip size="small" color="error" label="Urgent review" /> : null}
      {record.visitOverdue ? <Chip size="small" color="error" variant="outlined" label="Visit overdue" /> : null}
      {record.visitDueSoon ? <Chip size="small" color="warning" variant="outlined" label="Visit due soon" /> : null}
      {record.lastVisitRed ? <Chip size="small" color="error" label="Red at last visit" /> : null}
    </Stack>
  );
};

/** A column showing an enum by its readable name. */
export const ChoiceColumn = ({ source, label, choices, disableSort }: { source: string; label: string; choices: Choice[]; disableSort?: boolean }) => (
  <DataTable.Col source={source} label={label} disableSort={disableSort}>
    <SelectField source={source} choices={choices} />
  </DataTable.Col>
);
