import { AutocompleteInput, DateInput, NullableBooleanInput, ReferenceInput, required } from 'react-admin';
import { ukDate } from '../../../common/fields';
import { FormRow } from '../../../common/inputs';
import { RecordCreate, RecordEdit } from '../../../common/pages';

const Fields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    {isCreate && (
      <ReferenceInput source="plan.id" reference="Plan" filter={{ status: 'FINAL' }}>
        <AutocompleteInput
          label="Plan (search by case reference)"
          helperText="Only issued plans are reviewed"
          optionText={(p: { issueDate?: string | null; requestDate?: string }) => (p.issueDate ? `Plan issued ${ukDate(p.issueDate)}` : `Plan requested ${ukDate(p.requestDate ?? '')}`)}
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
