import { Box, Button, FormControlLabel, Radio, RadioGroup, TextField as MuiTextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { readableMessage } from '../../../common/errors';
import { SectionTitle } from '../../../common/fields';
import { mayCall } from '../../../common/permissions';
import { graphql, mutate, query, type ApiEnum, type ResultOf } from '../../../common/graphql';
import { judgementChoices } from '../../../common/choices';

const VERSIONS = graphql(`query ($filter: RubricVersionFilter) {
  allRubricVersions(filter: $filter, perPage: 100) { id number label publishedAt rubric { purpose } sections { code title criteria { key statement guidance } } }
}`);

type Version = ResultOf<typeof VERSIONS>['allRubricVersions'][number];

const REVIEW = graphql(`mutation ($id: UUID!, $version: Int!, $sections: [AdviceReviewSectionInput!]!, $feedback: String!) {
  reviewHealthAdvice(id: $id, version: $version, sections: $sections, feedback: $feedback) { id version reviewGrade }
}`);

/**
 * The DCO grades received advice criterion by criterion against the authority's published
 * health-advice rubric; the API computes the grade with the rubric's own rule.
 */
export const ReviewPanel = () => {
  const advice = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const localAuthorityId = (advice?.localAuthority as { id?: string } | undefined)?.id;
  const [versions, setVersions] = useState<Version[]>([]);
  useEffect(() => {
    if (!localAuthorityId) return;
    query(VERSIONS, { filter: { localAuthorityId, status: 'PUBLISHED' } }).then(
      (data) => setVersions(data.allRubricVersions),
      (error) => notify(readableMessage(error), { type: 'error' }),
    );
  }, [localAuthorityId, notify]);
  const [judgements, setJudgements] = useState<Record<string, ApiEnum<'Judgement'>>>({});
  const [feedback, setFeedback] = useState('');
  const [saving, setSaving] = useState(false);
  if (!advice || !advice.receivedOn || advice.noAdvice || !mayCall('reviewHealthAdvice')) return null;
  // The latest published version of the authority's health-advice rubric, as the API picks it.
  const version = versions
    .filter((v) => v.rubric.purpose === 'HEALTH_ADVICE')
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.number - a.number)[0];
  const sections = version?.sections ?? [];
  const all = sections.flatMap((s) => s.criteria);

  const save = async () => {
    setSaving(true);
    try {
      // Saving waits until every criterion is judged (the button is disabled before).
      const input = sections.map((s) => ({ code: s.code, evidence: '', judgements: s.criteria.map((c) => ({ key: c.key, judgement: judgements[c.key]! })) }));
      await mutate(REVIEW, { id: String(advice.id), version: Number(advice.version), sections: input, feedback });
      notify('Review saved', { type: 'success' });
      refresh();
    } catch (error) {
      notify(readableMessage(error), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box sx={{ px: 2, pb: 2 }} data-testid="advice-review">
      <SectionTitle>{advice.reviewGrade ? 'Review again' : 'Review this advice'}</SectionTitle>
      {version ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Scored against {version.label}
        </Typography>
      ) : (
        <Typography>No published health-advice rubric for this local authority.</Typography>
      )}
      {sections.map((section) => (
        <Box key={section.code} sx={{ mb: 2 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {section.title}
          </Typography>
          {section.criteria.map((criterion) => (
            <Box key={criterion.key} sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
              <Typography sx={{ flex: '1 1 360px' }} title={criterion.guidance}>
                {criterion.statement}
              </Typography>
              <RadioGroup row name={criterion.key} value={judgements[criterion.key] ?? ''} onChange={(e) => setJudgements({ ...judgements, [criterion.key]: e.target.value as ApiEnum<'Judgement'> })}>
                {judgementChoices.map((j) => (
                  <FormControlLabel key={j.id} value={j.id} control={<Radio size="small" />} label={j.name} />
                ))}
              </RadioGroup>
            </Box>
          ))}
        </Box>
      ))}
      <MuiTextField label="Feedback for the service" multiline minRows={2} fullWidth value={feedback} onChange={(e) => setFeedback(e.target.value)} sx={{ mb: 2 }} />
      <Button variant="contained" onClick={save} disabled={saving || !version || all.some((c) => !judgements[c.key])}>
        Save review
      </Button>
    </Box>
  );
};
