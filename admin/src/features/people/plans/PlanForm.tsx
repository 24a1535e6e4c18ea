import { DateInput, SelectInput, required } from 'react-admin';
import { planStatusChoices, timescaleExceptionChoices } from '../../../common/choices';
import { CaseworkTeamInput, ChildInput, FormRow, SettingInput } from '../../../common/inputs';

// "None" is the empty string, which react-admin's default parse turns into null (no exception).
// The order of the dates (request, issue, reviews) is the API's rule; its errors show under the inputs.
export const PlanFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <ChildInput isCreate={isCreate} />
    <FormRow columns={4}>
      <SelectInput source="status" label="Status" choices={planStatusChoices} validate={required()} />
      <DateInput source="requestDate" label="Date of request" validate={required()} />
      <DateInput source="issueDate" label="Issue date" helperText="When the final plan was issued" />
      <DateInput source="lastAnnualReviewDate" label="Last annual review" />
    </FormRow>
    <SelectInput
      source="timescaleException"
      label="Exception to the 20-week timescale"
      choices={timescaleExceptionChoices}
      emptyText="None"
      helperText="Only the exceptions the regulations allow; national statistics report timeliness with and without them"
      sx={{ minWidth: 420 }}
    />
    <FormRow columns={2}>
      <SettingInput fullWidth />
      <CaseworkTeamInput fullWidth emptyText="(none)" />
    </FormRow>
  </>
);
