/** The page a family opens from a survey link: no account, nothing about the child, answers sent once. */
import { Alert, Box, Button, Card, CardContent, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { graphql, mutate, query, type ResultOf } from '../../common/graphql';

const SURVEY = graphql(`query SurveyByToken($token: String!) { surveyByToken(token: $token) { authorityName title questions { key text type labels headline } } }`);
const SUBMIT = graphql(`mutation SubmitSurvey($token: String!, $answers: [SurveyAnswerInput!]!) { submitSurvey(token: $token, answers: $answers) }`);

type Survey = ResultOf<typeof SURVEY>['surveyByToken'];

/** What the family reads when the link cannot be used, in their words rather than staff's. */
const FOR_THE_FAMILY: Record<string, string> = {
  SURVEY_ALREADY_ANSWERED: 'This survey has already been answered through this link. Thank you.',
  SURVEY_LINK_EXPIRED: 'This link has expired. Please ask the SEND team for a new one.',
};

function familyMessage(error: unknown): string {
  const body = (error as { body?: { reason?: string; errors?: Record<string, unknown> } }).body;
  if (body?.reason && FOR_THE_FAMILY[body.reason]) return FOR_THE_FAMILY[body.reason]!;
  if (body?.errors?.token) return 'This link does not work: please check it was copied whole.';
  return (error as Error).message;
}

export const PublicSurvey = () => {
  const { token = '' } = useParams();
  const [survey, setSurvey] = useState<Survey | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [sent, setSent] = useState(false);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    query(SURVEY, { token })
      .then((result) => setSurvey(result.surveyByToken))
      .catch((error: unknown) => setProblem(familyMessage(error)));
  }, [token]);

  const send = async () => {
    setSending(true);
    setProblem(null);
    try {
      const answers = (survey?.questions ?? []).flatMap((q): { key: string; score?: number; text?: string }[] =>
        q.type === 'SCALE' ? (scores[q.key] ? [{ key: q.key, score: scores[q.key] }] : []) : texts[q.key]?.trim() ? [{ key: q.key, text: texts[q.key] }] : [],
      );
      await mutate(SUBMIT, { token, answers });
      setSent(true);
    } catch (error) {
      setProblem(familyMessage(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Box component="main" sx={{ maxWidth: 720, mx: 'auto', my: 4, px: 2 }}>
      <Card>
        <CardContent>
          {survey ? (
            <>
              <Typography variant="h4" component="h1">{survey.title}</Typography>
              <Typography color="text.secondary" sx={{ mb: 2 }}>
                {survey.authorityName} would like to hear how it went. Your answers are kept without your name.
              </Typography>
            </>
          ) : (
            <Typography variant="h4" component="h1">Survey</Typography>
          )}
          {problem ? <Alert severity={sent ? 'success' : 'warning'} sx={{ my: 2 }}>{problem}</Alert> : null}
          {sent ? (
            <Alert severity="success" sx={{ my: 2 }} role="status">Thank you: your answers have been received.</Alert>
          ) : survey ? (
            <Box component="form" onSubmit={(e) => { e.preventDefault(); void send(); }}>
              {survey.questions.map((q) =>
                q.type === 'SCALE' ? (
                  <FormControl key={q.key} component="fieldset" sx={{ display: 'block', my: 2 }}>
                    <FormLabel component="legend">{q.text}</FormLabel>
                    <RadioGroup row value={scores[q.key] ? String(scores[q.key]) : ''} onChange={(e) => setScores({ ...scores, [q.key]: Number(e.target.value) })}>
                      {q.labels.map((label, i) => (
                        <FormControlLabel key={label} value={String(i + 1)} control={<Radio />} label={label} />
                      ))}
                    </RadioGroup>
                  </FormControl>
                ) : (
                  <TextField key={q.key} label={q.text} multiline minRows={3} fullWidth sx={{ my: 2 }} value={texts[q.key] ?? ''} onChange={(e) => setTexts({ ...texts, [q.key]: e.target.value })} slotProps={{ htmlInput: { maxLength: 4000 } }} />
                ),
              )}
              <Button type="submit" variant="contained" disabled={sending}>Send my answers</Button>
            </Box>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
};
