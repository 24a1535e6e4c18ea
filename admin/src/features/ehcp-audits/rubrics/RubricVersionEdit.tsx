import { Alert } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  Edit,
  NumberInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { derivationChoices, gradeChoices } from '../../../common/choices';
import { FormRow } from '../../../common/inputs';

/** Apollo marks every nested object with __typename; the API's input types do not accept it back. */
function withoutTypenames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypenames);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '__typename').map(([k, v]) => [k, withoutTypenames(v)]));
  }
  return value;
}

const editable = (data: Record<string, unknown>) => ({
  id: data.id,
  version: data.version,
  derivation: data.derivation,
  sections: withoutTypenames(data.sections),
  thresholds: withoutTypenames(data.thresholds),
  requireJudgements: data.requireJudgements,
  requireEvidence: data.requireEvidence,
});

const DraftOnly = () => {
  const record = useRecordContext();
  return record && record.status !== 'DRAFT' ? (
    <Alert severity="warning" sx={{ mb: 2 }}>
      This version is published and cannot change: start the next version from the rubric instead.
    </Alert>
  ) : null;
};

/** The draft's sections and criteria in order, how grades are derived, and the score thresholds. */
export const RubricVersionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={editable}>
    <SimpleForm sx={{ maxWidth: 1040 }} warnWhenUnsavedChanges>
      <DraftOnly />
      <SelectInput source="derivation" label="How grades are derived" choices={derivationChoices} validate={required()} fullWidth />
      <FormRow columns={2}>
        <BooleanInput source="requireJudgements" label="Require every criterion judged before an audit is submitted" helperText="Otherwise the auditor is warned and may submit" />
        <BooleanInput source="requireEvidence" label="Require evidence notes in every section before an audit is submitted" helperText="Otherwise the auditor is warned and may submit" />
      </FormRow>
      <ArrayInput source="thresholds" label="Score thresholds (criteria-score derivation): a score at or above the minimum earns the grade">
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="grade" label="Grade" choices={gradeChoices.map((g) => ({ id: Number(g.id), name: g.name }))} validate={required()} />
          <NumberInput source="minScore" label="Minimum score (0–1)" step={0.05} validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="sections" label="Sections, in the order they are scored">
        <SimpleFormIterator fullWidth>
          <FormRow columns={4}>
            <TextInput source="code" label="Code" helperText="A … K, or PLAN" validate={required()} />
            <TextInput source="title" label="Title" validate={required()} />
            <NumberInput source="weight" label="Section weight" validate={required()} />
            <BooleanInput source="limiting" label="Limiting (caps the overall grade)" />
          </FormRow>
          <TextInput source="guidance" label="What good looks like" multiline fullWidth validate={required()} />
          <ArrayInput source="criteria" label="Criteria">
            <SimpleFormIterator fullWidth>
              <TextInput source="statement" label="Statement" fullWidth validate={required()} />
              <TextInput source="guidance" label="Guidance" fullWidth multiline />
              <FormRow columns={3}>
                <NumberInput source="weight" label="Weight" validate={required()} />
                <NumberInput source="fromYear" label="Applies from school year" helperText="e.g. 9 for preparing for adulthood" />
                <TextInput source="key" label="Key" readOnly helperText="Kept so judgements carry over" />
              </FormRow>
            </SimpleFormIterator>
          </ArrayInput>
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  </Edit>
);
