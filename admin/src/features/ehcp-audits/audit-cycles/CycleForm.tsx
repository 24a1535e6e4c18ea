import { BooleanInput, DateInput, FormDataConsumer, NumberInput, ReferenceInput, SelectArrayInput, SelectInput, TextInput, required } from 'react-admin';
import { cycleKindChoices, stratumChoices, termChoices } from '../../../common/choices';
import { FormRow, LocalAuthorityInput } from '../../../common/inputs';
import { cycleKindsRun } from '../../../common/permissions';

/**
 * Only versions the API would take for the cycle: published, of a rubric for this kind of cycle, in the
 * cycle's local authority; each named with its rubric, purpose and authority.
 */
const RubricVersionInput = () => (
  <FormDataConsumer>
    {({ formData }) => (
      <ReferenceInput
        source="rubricVersion.id"
        reference="RubricVersion"
        filter={{ status: 'PUBLISHED', purpose: formData.kind, localAuthorityId: formData.localAuthority?.id }}
        sort={{ field: 'publishedAt', order: 'DESC' }}
        perPage={100}
      >
        <SelectInput label="Rubric version (published, for this kind of cycle)" optionText="label" validate={required()} sx={{ minWidth: 480 }} />
      </ReferenceInput>
    )}
  </FormDataConsumer>
);

/** Name and dates can change; the sample's design is fixed once the cycle exists (the API takes it only on create). */
export const CycleFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <LocalAuthorityInput isCreate={isCreate} />
    <TextInput source="name" label="Name" helperText='e.g. "Spring 2026"' validate={required()} fullWidth />
    <FormRow>
      <DateInput source="opensOn" label="Opens on" validate={required()} />
      <DateInput source="closesOn" label="Closes on" validate={required()} />
    </FormRow>
    {isCreate ? (
      <>
        <FormRow>
          <SelectInput source="kind" label="Kind" choices={cycleKindChoices.filter((kind) => cycleKindsRun().includes(kind.id))} validate={required()} />
          <SelectInput source="term" label="Term" choices={termChoices} validate={required()} />
          <NumberInput source="academicYear" label="Academic year (starting)" helperText="2025 for 2025/26" validate={required()} />
        </FormRow>
        <RubricVersionInput />
        <FormRow>
          <NumberInput source="sampleSize" label="Sample size" helperText="Or clear it and give a percentage" />
          <NumberInput source="samplePercent" label="Sample, % of eligible plans" />
          <NumberInput source="seed" label="Random seed" helperText="Leave empty for a random one; the same seed draws the same sample" />
        </FormRow>
        <SelectArrayInput source="stratifyBy" label="Stratify by" choices={stratumChoices} sx={{ minWidth: 320 }} />
        <FormRow columns={2}>
          <NumberInput source="excludeAuditedInLastCycles" label="Leave out plans audited in the last N cycles" />
          <BooleanInput source="reauditBelowGood" label="Add plans whose last audit was below good" />
        </FormRow>
      </>
    ) : null}
  </>
);
