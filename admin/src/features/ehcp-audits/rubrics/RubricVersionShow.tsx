import { useState } from 'react';
import { Alert, Box, Button, Chip, Divider, Stack, Typography } from '@mui/material';
import PublishIcon from '@mui/icons-material/Publish';
import { EditButton, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { derivationChoices, gradeName, rubricStatusChoices } from '../../../common/choices';
import { SectionTitle, UkDateTimeField, YesNoField, gridLayoutSx } from '../../../common/fields';
import { graphql, mutate } from '../../../common/graphql';
import { mayCall } from '../../../common/permissions';

interface Section {
  code: string;
  title: string;
  guidance: string;
  limiting: boolean;
  weight: number;
  criteria: { key: string; statement: string; guidance: string; weight: number; fromYear: number | null }[];
}

const PUBLISH = graphql('mutation ($id: UUID!, $version: Int!) { publishRubricVersion(id: $id, version: $version) { id } }');

const PublishButton = () => {
  const version = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string>();
  if (!version || version.status !== 'DRAFT' || !mayCall('publishRubricVersion')) return null;
  const publish = async () => {
    setError(undefined);
    try {
      await mutate(PUBLISH, { id: String(version.id), version: Number(version.version) });
      notify('Published: audits can now be scored against it, and it can no longer change', { type: 'success' });
      refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ px: 2, pb: 1 }} alignItems="center">
      <EditButton label="Edit draft" />
      <Button variant="contained" startIcon={<PublishIcon />} onClick={() => void publish()}>
        Publish
      </Button>
      {error ? <Alert severity="error">{error}</Alert> : null}
    </Stack>
  );
};

const Sections = () => {
  const version = useRecordContext();
  const sections = (version?.sections ?? []) as Section[];
  const thresholds = (version?.thresholds ?? []) as { grade: number; minScore: number }[];
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      {thresholds.length ? (
        <Typography variant="body2" sx={{ mb: 1 }}>
          Thresholds: {thresholds.map((t) => `${gradeName(t.grade)} from ${t.minScore}`).join(' · ')}
        </Typography>
      ) : null}
      {sections.map((s) => (
        <Box key={s.code} sx={{ mb: 2 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {s.code} — {s.title} {s.limiting ? <Chip size="small" label="Limiting" /> : null} <Chip size="small" variant="outlined" label={`weight ${s.weight}`} />
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            What good looks like: {s.guidance}
          </Typography>
          <Box component="ol" sx={{ m: 0, pl: 3 }}>
            {s.criteria.map((c) => (
              <li key={c.key}>
                <Typography variant="body2">
                  {c.statement} <Typography component="span" variant="caption" color="text.secondary">(weight {c.weight}{c.fromYear ? `, from Year ${c.fromYear}` : ''})</Typography>
                </Typography>
              </li>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
};

export const RubricVersionShow = () => (
  <Show actions={false}>
    <SectionTitle>Rubric version</SectionTitle>
    <SimpleShowLayout sx={gridLayoutSx}>
      <TextField source="label" label="Rubric version" />
      <ReferenceField source="rubric.id" reference="Rubric" label="Rubric" link="show" />
      <TextField source="number" label="Version" />
      <SelectField source="status" label="Status" choices={rubricStatusChoices} />
      <YesNoField source="requireJudgements" label="Every criterion must be judged before submitting" />
      <YesNoField source="requireEvidence" label="Every section needs evidence before submitting" />
      <SelectField source="derivation" label="How grades are derived" choices={derivationChoices} />
      <UkDateTimeField source="publishedAt" label="Published" emptyText="Not yet (draft)" />
    </SimpleShowLayout>
    <PublishButton />
    <Divider />
    <SectionTitle>Sections and criteria</SectionTitle>
    <Sections />
  </Show>
);
