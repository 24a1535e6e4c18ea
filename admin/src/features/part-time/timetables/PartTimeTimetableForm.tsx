import { AutocompleteInput, BooleanInput, DateInput, NumberInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { ChildInput, FormRow, LocalAuthorityInput } from '../../../common/inputs';
import { OwnerInput } from '../../../common/owner';
import { reasonChoices, senStatusChoices, timetableStatusChoices } from './choices';

/** The school is fixed once recorded, like the child: a move is a new timetable. */
const SettingChoice = ({ isCreate }: { isCreate: boolean }) =>
  isCreate ? (
    <ReferenceInput source="setting.id" reference="Setting" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label="School or setting" optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ minWidth: 320 }} />
    </ReferenceInput>
  ) : null;

// Hours against the full-time week, the order of the dates and who must agree are the API's rules; its errors show under the inputs.
export const PartTimeTimetableFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <LocalAuthorityInput isCreate={isCreate} />
    <FormRow columns={2}>
      <ChildInput isCreate={isCreate} />
      <SettingChoice isCreate={isCreate} />
    </FormRow>
    <FormRow columns={4}>
      <SelectInput source="senStatus" label="SEN status" choices={senStatusChoices} validate={required()} />
      <DateInput source="startDate" label="Start date" validate={required()} />
      <DateInput source="agreedEndDate" label="Agreed end or first review" validate={required()} />
      <NumberInput source="hoursPerWeek" label="Hours a week at the start" validate={required()} step={0.5} />
    </FormRow>
    <OwnerInput resource="PartTimeTimetable" label="Who sees it is reviewed on time" outside={false} />
    <FormRow columns={2}>
      <SelectInput source="reason" label="Reason" choices={reasonChoices} validate={required()} />
      <TextInput source="reasonNotes" label="Notes on the reason" multiline />
    </FormRow>
    <TextInput source="returnPlan" label="Plan to return to full time" multiline fullWidth validate={required()} />
    <FormRow columns={4}>
      <DateInput source="parentAgreementDate" label="Parent or carer agreed on" />
      <TextInput source="parentAgreedBy" label="Agreed by" helperText="e.g. mother, foster carer (never a name)" />
      <DateInput source="caseworkerAgreementDate" label="SEND caseworker agreed on" helperText="Pupils with an EHCP" />
      <DateInput source="virtualSchoolAgreementDate" label="Virtual school agreed on" helperText="Children in care" />
    </FormRow>
    <FormRow columns={2}>
      <BooleanInput source="hasSocialWorker" label="Has a social worker" />
      <TextInput source="socialWorkerInvolvement" label="How the social worker was involved" multiline />
    </FormRow>
    <FormRow columns={2}>
      <DateInput source="extendedUntil" label="Extended until" helperText="Beyond the authority's maximum length" />
      <TextInput source="extensionReason" label="Reason for the extension" multiline />
    </FormRow>
    {isCreate ? null : (
      <FormRow columns={3}>
        <SelectInput source="status" label="Status" choices={timetableStatusChoices} validate={required()} />
        <DateInput source="endedOn" label="Ended on" />
        <TextInput source="destination" label="Destination (ended otherwise)" />
      </FormRow>
    )}
  </>
);
