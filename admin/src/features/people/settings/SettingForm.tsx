import { DateInput, NumberInput, SelectInput, TextInput, required } from 'react-admin';
import { ofstedRatingChoices, phaseChoices, settingTypeChoices } from '../../../common/choices';
import { FormRow, LocalAuthorityInput } from '../../../common/inputs';

// The form of a URN is the API's rule; its errors show under the input.
export const SettingFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <LocalAuthorityInput isCreate={isCreate} />
    <TextInput source="name" label="Name" validate={required()} fullWidth />
    <FormRow>
      <TextInput source="urn" label="URN" validate={required()} helperText="Unique reference number from Get Information about Schools" />
      <SelectInput source="type" label="Setting type" choices={settingTypeChoices} validate={required()} />
      <SelectInput source="phase" label="Phase" choices={phaseChoices} validate={required()} />
    </FormRow>
    <FormRow>
      <SelectInput source="ofstedRating" label="Ofsted rating" choices={ofstedRatingChoices} sx={{ minWidth: 260 }} />
      <DateInput source="ofstedInspectionDate" label="Date of that inspection" />
    </FormRow>
    <FormRow columns={4}>
      <TextInput source="areaAuthorityCode" label="Area it is in (DfE code)" helperText="Only if outside the authority above" />
      <TextInput source="areaAuthorityName" label="Area name" />
      <TextInput source="postcode" label="Postcode" />
    </FormRow>
    <FormRow columns={4}>
      <NumberInput source="latitude" label="Latitude" />
      <NumberInput source="longitude" label="Longitude" />
    </FormRow>
  </>
);
