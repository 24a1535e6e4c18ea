import { DateInput, SelectInput, TextInput, required } from 'react-admin';
import { actionStatusChoices } from '../../../common/choices';
import { CaseworkTeamInput, FormRow } from '../../../common/inputs';
import { OwnerInput } from '../../../common/owner';

/** The audit an action comes from is chosen when it is raised (from the audit's page) and fixed afterwards. */
export const ActionFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    {isCreate ? <TextInput source="audit.id" label="Audit" readOnly helperText="Raise actions from the audit's page" /> : null}
    <TextInput source="description" label="What needs doing" validate={required()} multiline fullWidth />
    <OwnerInput resource="FollowUpAction" />
    <FormRow>
      <DateInput source="dueDate" label="Due date" validate={required()} />
      {isCreate ? <CaseworkTeamInput source="team.id" emptyText="The plan's casework team" /> : <SelectInput source="status" label="Status" choices={actionStatusChoices} validate={required()} />}
    </FormRow>
  </>
);
