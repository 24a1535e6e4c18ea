import {
  AutocompleteInput,
  DateInput,
  Labeled,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  required,
} from 'react-admin';
import { Box } from '@mui/material';
import { planStatusChoices } from '../../common/choices';
import { CaseworkTeamInput, SettingReferenceInput } from '../../common/inputs';

/** The order of events in a plan's life (the API checks the same): request, then issue, then reviews; none in the future. */
export function validatePlan(values: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  const status = values.status as string | undefined;
  const request = (values.requestDate as string | null | undefined) || undefined;
  const issue = (values.issueDate as string | null | undefined) || undefined;
  const review = (values.lastAnnualReviewDate as string | null | undefined) || undefined;
  const today = new Date().toISOString().slice(0, 10);
  if (request && request > today) errors.requestDate = 'The date of request cannot be in the future';
  if (status && status !== 'DRAFT' && !issue) errors.issueDate = `A ${status.toLowerCase()} plan needs its issue date`;
  if (issue && issue > today) errors.issueDate = 'The issue date cannot be in the future';
  if (request && issue && issue < request) errors.issueDate = 'The issue date cannot be before the date of request';
  if (review && !issue) errors.lastAnnualReviewDate = 'A plan is reviewed only once it has been issued';
  if (review && review > today) errors.lastAnnualReviewDate = 'The last annual review cannot be in the future';
  if (issue && review && review < issue) errors.lastAnnualReviewDate = 'An annual review cannot be before the issue date';
  return errors;
}

const row = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, columnGap: 2, width: '100%' } as const;

export const PlanFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    {isCreate ? (
      <ReferenceInput source="child.id" reference="Child" sort={{ field: 'caseReference', order: 'ASC' }}>
        <AutocompleteInput
          label="Case reference"
          optionText="caseReference"
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          helperText="Start typing the child's case reference"
          sx={{ minWidth: 320 }}
        />
      </ReferenceInput>
    ) : (
      <Labeled label="Case reference">
        <ReferenceField source="child.id" reference="Child" link="show">
          <TextField source="caseReference" />
        </ReferenceField>
      </Labeled>
    )}
    <Box sx={{ ...row, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr 1fr' } }}>
      <SelectInput source="status" label="Status" choices={planStatusChoices} validate={required()} />
      <DateInput source="requestDate" label="Date of request" validate={required()} />
      <DateInput source="issueDate" label="Issue date" helperText="When the final plan was issued" />
      <DateInput source="lastAnnualReviewDate" label="Last annual review" />
    </Box>
    <Box sx={{ ...row, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      <SettingReferenceInput />
      <CaseworkTeamInput />
    </Box>
  </>
);
