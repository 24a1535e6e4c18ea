/** A plan's family feedback, beside its audit's grade: the responses about the plan, read as the responses are. */
import { Box, Typography } from '@mui/material';
import { choiceName } from '../../common/choices';
import { ukDate } from '../../common/fields';
import { graphql, useGraphQL } from '../../common/graphql';
import { responseChannelChoices } from './choices';
import { Answers } from './responses';

const FEEDBACK = graphql(`query PlanFamilyFeedback($id: UUID!) { Plan(id: $id) { id familyFeedback { id respondedOn term channel template { id name } answers { key score text } } } }`);

export const FamilyFeedback = ({ planId }: { planId: string }) => {
  const { data } = useGraphQL(FEEDBACK, { id: planId });
  const responses = data?.Plan.familyFeedback ?? [];
  return (
    <Box component="section" aria-labelledby="family-feedback" sx={{ mt: 2 }}>
      <Typography id="family-feedback" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>Family feedback</Typography>
      {data && responses.length === 0 ? <Typography variant="body2" color="text.secondary">The family has not answered a survey about this plan.</Typography> : null}
      {responses.map((r) => (
        <Box key={r.id} sx={{ mt: 1 }}>
          <Typography variant="body2">{`${r.template.name}, ${ukDate(r.respondedOn)} (${choiceName(responseChannelChoices, r.channel)})`}</Typography>
          <Answers templateId={r.template.id} answers={r.answers} />
        </Box>
      ))}
    </Box>
  );
};
