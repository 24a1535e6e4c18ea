import { AutocompleteInput, DateInput, ReferenceInput, required } from 'react-admin';
import { FormRow } from '../../../common/inputs';
import { RecordCreate } from '../../../common/pages';

export const HealthSignOffCreate = () => (
  <RecordCreate title="Ask the DCO to sign off health sections">
    <FormRow columns={2}>
      <ReferenceInput source="plan.id" reference="Plan">
        <AutocompleteInput
          label="Plan (search by case reference)"
          optionText={(p: { requestDate?: string; status?: string }) => `${p.status ?? ''} plan requested ${p.requestDate ?? ''}`}
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
        />
      </ReferenceInput>
      <DateInput source="requestedOn" label="Asked on" helperText="Today if left empty" />
    </FormRow>
  </RecordCreate>
);
