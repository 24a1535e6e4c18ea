/** Families' answers, held against the plan and no name: through the link, entered by staff or imported. */
import FeedbackIcon from '@mui/icons-material/Feedback';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { DataTable, Labeled, ReferenceField, SelectField, SelectInput, TextField, useGetOne, useRecordContext, type RaRecord } from 'react-admin';
import { UkDateField } from '../../common/fields';
import { RecordList, RecordShow } from '../../common/pages';
import { responseChannelChoices, surveyKindChoices } from './choices';

interface Question {
  key: string;
  text: string;
  type: string;
  labels: string[];
}
interface Answer {
  key: string;
  score?: number | null;
  text?: string | null;
}

/** An answer in words: the scale's label for a score, the family's own text otherwise. */
export const answerInWords = (question: Question | undefined, answer: Answer) =>
  answer.score !== null && answer.score !== undefined ? `${answer.score} — ${question?.labels[answer.score - 1] ?? ''}` : (answer.text ?? '');

/** The response's answers beside the questions of the template version it answered. */
export const Answers = ({ templateId, answers }: { templateId: string; answers: Answer[] }) => {
  const { data: template } = useGetOne('SurveyTemplate', { id: templateId });
  const questions = new Map(((template?.questions ?? []) as Question[]).map((q) => [q.key, q]));
  return (
    <Table size="small" aria-label="Answers">
      <TableHead>
        <TableRow>
          <TableCell>Question</TableCell>
          <TableCell>Answer</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {answers.map((answer) => (
          <TableRow key={answer.key}>
            <TableCell>{questions.get(answer.key)?.text ?? answer.key}</TableCell>
            <TableCell>{answerInWords(questions.get(answer.key), answer)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const ResponseAnswers = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Labeled label="Answers" sx={{ gridColumn: '1 / -1' }}>
      <Answers templateId={String(record.template.id)} answers={record.answers as Answer[]} />
    </Labeled>
  );
};

export const surveyResponseResource = {
  name: 'SurveyResponse',
  icon: FeedbackIcon,
  list: () => (
    <RecordList
      title="Survey responses"
      filters={[
        <SelectInput key="kind" source="kind" label="Survey" choices={surveyKindChoices} alwaysOn />,
        <SelectInput key="channel" source="channel" label="How it came" choices={responseChannelChoices} alwaysOn />,
      ]}
    >
      <DataTable.Col source="respondedOn" label="Answered" field={UkDateField} />
      <DataTable.Col source="term" label="Term" />
      <DataTable.Col source="template.id" label="Survey" disableSort>
        <ReferenceField source="template.id" reference="SurveyTemplate" link="show" />
      </DataTable.Col>
      <DataTable.Col source="channel" label="How it came">
        <SelectField source="channel" choices={responseChannelChoices} />
      </DataTable.Col>
      <DataTable.Col source="plan.id" label="Plan" disableSort>
        <ReferenceField source="plan.id" reference="Plan" link="show" />
      </DataTable.Col>
    </RecordList>
  ),
  show: () => (
    <RecordShow heading="Survey response">
      <UkDateField source="respondedOn" label="Answered" />
      <TextField source="term" label="Term" />
      <ReferenceField source="template.id" reference="SurveyTemplate" link="show" label="Survey" />
      <SelectField source="channel" label="How it came" choices={responseChannelChoices} />
      <ReferenceField source="plan.id" reference="Plan" link="show" label="Plan" />
      <ResponseAnswers />
    </RecordShow>
  ),
  recordRepresentation: (record: RaRecord) => `Response of ${String(record.respondedOn ?? '').split('-').reverse().join('/')}`,
};
