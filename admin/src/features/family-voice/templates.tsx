/** Survey templates: their questions; one in use is kept as it is, and a change is a new version. */
import QuizIcon from '@mui/icons-material/Quiz';
import { Button } from '@mui/material';
import { useState } from 'react';
import {
  ArrayField,
  ArrayInput,
  BooleanInput,
  DataTable,
  NumberField,
  SelectField,
  SelectInput,
  SimpleFormIterator,
  TextField,
  TextInput,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRedirect,
  required,
  type RaRecord,
} from 'react-admin';
import { YesNoField } from '../../common/fields';
import { graphql, mutate } from '../../common/graphql';
import { FormRow, LocalAuthorityInput } from '../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../common/pages';
import { questionTypeChoices, surveyKindChoices } from './choices';

const NEXT_VERSION = graphql(`mutation NextSurveyTemplateVersion($templateId: UUID!) { createSurveyTemplateVersion(templateId: $templateId) { id } }`);

/** A new template starts with the question every template needs: overall satisfaction, on the scale. */
const OVERALL_QUESTION = {
  key: 'overall',
  text: 'Overall, how satisfied are you?',
  type: 'SCALE',
  labels: ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'],
  headline: true,
};

/** Questions come back from the API with Apollo's __typename, which the input type does not take. */
const withPlainQuestions = (data: RaRecord) => ({
  ...data,
  questions: ((data.questions as RaRecord[] | undefined) ?? []).map(({ key, text, type, labels, headline }) => ({ key, text, type, labels, headline })),
});

/** Labels are typed as one line, separated by semicolons, 1 first. */
const labelsFormat = (labels?: string[]) => (labels ?? []).join('; ');
const labelsParse = (text: string) => text.split(';').map((label) => label.trim()).filter(Boolean);

const QuestionsInput = () => (
  <ArrayInput source="questions" label="Questions">
    <SimpleFormIterator inline>
      <TextInput source="key" label="Key" validate={required()} helperText="Stable: answers refer to it" />
      <TextInput source="text" label="Question" validate={required()} sx={{ minWidth: 360 }} />
      <SelectInput source="type" label="Answered as" choices={questionTypeChoices} validate={required()} />
      <TextInput source="labels" label="Labels, 1 to 5 (separated by ;)" format={labelsFormat} parse={labelsParse} sx={{ minWidth: 360 }} />
      <BooleanInput source="headline" label="Overall satisfaction question" defaultValue={false} />
    </SimpleFormIterator>
  </ArrayInput>
);

const NewVersionButton = () => {
  const record = useRecordContext();
  const redirect = useRedirect();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'SurveyTemplate', action: 'create' });
  if (!record || !canAccess) return null;
  return (
    <Button
      sx={{ m: 2 }}
      variant="outlined"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const { createSurveyTemplateVersion } = await mutate(NEXT_VERSION, { templateId: String(record.id) });
          redirect('edit', 'SurveyTemplate', createSurveyTemplateVersion.id);
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
          setBusy(false);
        }
      }}
    >
      Make a new version
    </Button>
  );
};

export const surveyTemplateResource = {
  name: 'SurveyTemplate',
  icon: QuizIcon,
  list: () => (
    <RecordList title="Survey templates" filters={[<SelectInput key="kind" source="kind" label="Kind" choices={surveyKindChoices} alwaysOn />]}>
      <DataTable.Col source="name" label="Name" />
      <DataTable.Col source="kind" label="Kind">
        <SelectField source="kind" choices={surveyKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="number" label="Version" field={NumberField} />
    </RecordList>
  ),
  show: () => (
    <RecordShow heading="Survey template" title={<TemplateTitle />} related={<NewVersionButton />}>
      <TextField source="name" label="Name" />
      <SelectField source="kind" label="Kind" choices={surveyKindChoices} />
      <NumberField source="number" label="Version" />
      <ArrayField source="questions" label="Questions">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="text" label="Question" />
          <DataTable.Col source="type" label="Answered as">
            <SelectField source="type" choices={questionTypeChoices} />
          </DataTable.Col>
          <DataTable.Col source="labels" label="Scale" render={(q: RaRecord) => (q.labels as string[]).join(' · ')} />
          <DataTable.Col source="headline" label="Overall question" field={YesNoField} />
        </DataTable>
      </ArrayField>
    </RecordShow>
  ),
  edit: () => (
    <RecordEdit transform={withPlainQuestions}>
      <TextInput source="name" label="Name" validate={required()} fullWidth />
      <QuestionsInput />
    </RecordEdit>
  ),
  create: () => (
    <RecordCreate title="New survey template" inLocalAuthority defaultValues={{ questions: [OVERALL_QUESTION] }}>
      <FormRow>
        <LocalAuthorityInput isCreate />
        <SelectInput source="kind" label="Kind" choices={surveyKindChoices} validate={required()} />
        <TextInput source="name" label="Name" validate={required()} />
      </FormRow>
      <QuestionsInput />
    </RecordCreate>
  ),
  recordRepresentation: (record: RaRecord) => `${String(record.name)} (version ${String(record.number)})`,
};

const TemplateTitle = () => {
  const record = useRecordContext();
  return <>{record ? `${String(record.name)}, version ${String(record.number)}` : ''}</>;
};
