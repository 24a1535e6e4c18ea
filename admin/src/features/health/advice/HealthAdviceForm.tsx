import { BooleanInput, DateInput, FormDataConsumer, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { adviceOccasionChoices } from '../../../common/choices';
import { FormRow, PlanInput } from '../../../common/inputs';
import { healthTeamFilter } from './fields';

/** The request and its reply; the API checks the dates and the "no advice" reason. */
export const HealthAdviceFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    {isCreate && (
      <FormRow columns={3}>
        <PlanInput />
        <ReferenceInput source="team.id" reference="Team" filter={healthTeamFilter} perPage={100}>
          <SelectInput label="Health service" optionText="name" validate={required()} />
        </ReferenceInput>
        <SelectInput source="occasion" label="For" choices={adviceOccasionChoices} />
      </FormRow>
    )}
    <FormRow columns={3}>
      <DateInput source="requestedOn" label="Requested on" validate={required()} />
      <DateInput source="dueOn" label="Due on" helperText="6 weeks after the request if left empty" />
      <DateInput source="receivedOn" label="Received on" />
    </FormRow>
    <BooleanInput source="noAdvice" label="The service had no advice to give" />
    <FormDataConsumer>{({ formData }) => formData.noAdvice && <TextInput source="noAdviceReason" label="Why there is no advice" fullWidth />}</FormDataConsumer>
  </>
);
