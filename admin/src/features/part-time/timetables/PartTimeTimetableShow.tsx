import { Divider } from '@mui/material';
import { BooleanField, NumberField, ReferenceField, SelectField, TextField } from 'react-admin';
import { LocalAuthorityField, SectionTitle, UkDateField } from '../../../common/fields';
import { OwnerField } from '../../../common/owner';
import { RecordShow } from '../../../common/pages';
import { reasonChoices, senStatusChoices, timetableStatusChoices } from './choices';
import { HoursField, TimetableFlags } from './flags';
import { ReviewTimeline } from './ReviewTimeline';

export const PartTimeTimetableShow = () => (
  <RecordShow
    heading="Part-time timetable"
    related={
      <>
        <Divider />
        <SectionTitle>Reviews</SectionTitle>
        <ReviewTimeline />
      </>
    }
  >
    <ReferenceField source="child.id" reference="Child" link="show" label="Case reference" />
    <ReferenceField source="setting.id" reference="Setting" link="show" label="School or setting" />
    <SelectField source="senStatus" choices={senStatusChoices} label="SEN status" />
    <SelectField source="status" choices={timetableStatusChoices} label="Status" />
    <TimetableFlags label="Needs attention" />
    <UkDateField source="startDate" label="Started" />
    <UkDateField source="agreedEndDate" label="Agreed end or first review" />
    <UkDateField source="nextReviewDate" label="Next review" />
    <OwnerField label="Reviews seen to by" />
    <HoursField label="Hours a week now" />
    <NumberField source="hoursPerWeek" label="Hours a week at the start" />
    <NumberField source="weeksOn" label="Weeks on it" options={{ maximumFractionDigits: 1 }} />
    <SelectField source="reason" choices={reasonChoices} label="Reason" />
    <TextField source="reasonNotes" label="Notes on the reason" emptyText="—" />
    <TextField source="returnPlan" label="Plan to return to full time" />
    <UkDateField source="parentAgreementDate" label="Parent or carer agreed on" emptyText="Not recorded" />
    <TextField source="parentAgreedBy" label="Agreed by" emptyText="—" />
    <UkDateField source="caseworkerAgreementDate" label="SEND caseworker agreed on" emptyText="Not recorded" />
    <UkDateField source="virtualSchoolAgreementDate" label="Virtual school agreed on" emptyText="Not recorded" />
    <BooleanField source="hasSocialWorker" label="Has a social worker" />
    <TextField source="socialWorkerInvolvement" label="Social worker's involvement" emptyText="—" />
    <UkDateField source="extendedUntil" label="Extended until" emptyText="No extension" />
    <TextField source="extensionReason" label="Reason for the extension" emptyText="—" />
    <UkDateField source="endedOn" label="Ended on" emptyText="—" />
    <TextField source="destination" label="Destination" emptyText="—" />
    <LocalAuthorityField label="Local authority" link="show" />
  </RecordShow>
);
