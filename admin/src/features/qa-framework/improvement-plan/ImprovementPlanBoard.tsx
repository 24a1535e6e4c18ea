import { Alert, Box, Card, CardContent, CardHeader, Chip, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { Link } from 'react-router-dom';
import { ForEachAuthority, type Authority } from '../../../common/authority';
import { ukDate } from '../../../common/fields';
import { graphql, useGraphQL } from '../../../common/graphql';
import { BragChip, BragKey, bragValues, bragWords, type Brag } from './brag';
import { today } from '../../../common/dates';

const BOARD = graphql(`query ($asOf: LocalDate, $localAuthorityId: UUID) {
  improvementPlanBoard(asOf: $asOf, localAuthorityId: $localAuthorityId) {
    id number title seniorSponsor
    outcomes { id reference intendedImpact actions { id reference description owner resource milestones { id description deadline shownBrag overdue } } }
  }
}`);

const counts = (milestones: { shownBrag: Brag }[]) =>
  bragValues.map((brag) => [brag, milestones.filter((m) => m.shownBrag === brag).length] as const).filter(([, n]) => n > 0);

/** One authority's board. */
const AuthorityBoard = ({ authority, asOf }: { authority: Authority; asOf: string }) => {
  const { data, loading, error } = useGraphQL(BOARD, { asOf, localAuthorityId: authority.id });
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {authority.name}
      </Typography>
      {loading && <LinearProgress />}
      {error && <Alert severity="error">{error.message}</Alert>}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 2, alignItems: 'start' }}>
        {(data?.improvementPlanBoard ?? []).map((w) => {
          const all = w.outcomes.flatMap((o) => o.actions.flatMap((a) => a.milestones));
          return (
            <Card key={w.id} variant="outlined" data-testid="workstream">
              <CardHeader
                title={`${w.number}. ${w.title}`}
                subheader={
                  <Stack direction="row" spacing={0.5} alignItems="center" flexWrap="wrap">
                    <span>Sponsor: {w.seniorSponsor} · {authority.name}</span>
                    {counts(all).map(([brag, n]) => (
                      <Chip key={brag} size="small" variant="outlined" label={`${bragWords(brag).label} ${n}`} />
                    ))}
                  </Stack>
                }
                titleTypographyProps={{ variant: 'h6' }}
              />
              <CardContent sx={{ pt: 0 }}>
                {w.outcomes.map((o) => (
                  <Box key={o.id} sx={{ mb: 1.5 }}>
                    <Typography variant="subtitle2">
                      {o.reference} {o.intendedImpact}
                    </Typography>
                    {o.actions.map((a) => (
                      <Box key={a.id} sx={{ ml: 1, mt: 0.5 }}>
                        <Typography variant="body2">
                          <Link to={`/ImprovementAction/${a.id}/show`}>{a.reference}</Link> {a.description} ({a.owner}; {a.resource === 'ADDITIONAL' ? 'AR' : 'ER'})
                        </Typography>
                        {a.milestones.map((m) => (
                          <Stack key={m.id} direction="row" spacing={1} alignItems="center" sx={{ ml: 1, my: 0.25 }}>
                            <BragChip value={m.shownBrag} overdue={m.overdue} />
                            <Typography variant="body2">
                              <Link to={`/Milestone/${m.id}/show`}>{m.description}</Link> — due {ukDate(m.deadline)}
                            </Typography>
                          </Stack>
                        ))}
                      </Box>
                    ))}
                  </Box>
                ))}
              </CardContent>
            </Card>
          );
        })}
      </Box>
    </>
  );
};

/** The improvement plan as a board: one column per workstream, milestones as BRAG chips with overdue marks. */
export const ImprovementPlanBoard = () => {
  const [asOf, setAsOf] = useState(today);
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Improvement plan" />
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap">
        <Typography variant="h5">Improvement plan</Typography>
        <TextField type="date" size="small" label="Ratings as on" value={asOf} onChange={(e) => setAsOf(e.target.value)} InputLabelProps={{ shrink: true }} />
      </Stack>
      <BragKey />
      <ForEachAuthority>{(authority) => <AuthorityBoard authority={authority} asOf={asOf} />}</ForEachAuthority>
    </Box>
  );
};
