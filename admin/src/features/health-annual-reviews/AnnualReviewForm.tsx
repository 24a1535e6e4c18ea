import { AutocompleteInput, DateInput, NullableBooleanInput, ReferenceInput, required } from 'react-admin';
import { FormRow } from '../../common/inputs';
import { RecordCreate, RecordEdit } from '../../common/pages';

const Fields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    {isCreate && (
      <ReferenceInput source="plan.id" reference="Plan">
        <AutocompleteInput
          label="Plan (search by case reference)"
          optionText={(p: { requestDate?: string; status?: string }) => `${p.status ?? ''} plan requested ${p.requestDate ?? ''}`}
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
        />
      </ReferenceInput>
    )}
    <FormRow columns={3}>
      <DateInput source="meetingDate" label="Meeting" validate={required()} />
      <DateInput source="decisionDate" label="Decision" />
      <NullableBooleanInput source="healthCheckDiscussed" label="Annual health check discussed" />
    </FormRow>
  </>
);

export const AnnualReviewCreate = () => (
  <RecordCreate title="New annual review">
    <Fields isCreate />
  </RecordCreate>
);

export const AnnualReviewEdit = () => (
  <RecordEdit>
    <Fields isCreate={false} />
  </RecordEdit>
);
