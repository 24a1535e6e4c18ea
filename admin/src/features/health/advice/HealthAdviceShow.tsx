import { Divider } from '@mui/material';
import { BooleanField, ReferenceField, SelectField, TextField } from 'react-admin';
import { adviceOccasionChoices } from '../../../common/choices';
import { CaseReferenceField, LocalAuthorityField, UkDateField } from '../../../common/fields';
import { RecordShow } from '../../../common/pages';
import { ReviewGradeChip, TimelinessChip } from './fields';
import { ReviewPanel } from './ReviewPanel';

export const HealthAdviceShow = () => (
  <RecordShow
    heading="Health advice"
    related={
      <>
        <Divider />
        <ReviewPanel />
      </>
    }
  >
    <CaseReferenceField label="Case reference" link />
    <ReferenceField source="team.id" reference="Team" link="show" label="Health service" />
    <SelectField source="occasion" label="For" choices={adviceOccasionChoices} />
    <UkDateField source="requestedOn" label="Requested" />
    <UkDateField source="dueOn" label="Due" />
    <UkDateField source="receivedOn" label="Received" emptyText="Not yet" />
    <TimelinessChip label="Timeliness" />
    <BooleanField source="noAdvice" label="No advice" />
    <TextField source="noAdviceReason" label="Why no advice" emptyText="—" />
    <ReviewGradeChip label="Quality (DCO review)" />
    <TextField source="reviewFeedback" label="Feedback for the service" emptyText="—" />
    <UkDateField source="reviewedOn" label="Reviewed" emptyText="Not yet" />
    <LocalAuthorityField label="Local authority" />
  </RecordShow>
);
