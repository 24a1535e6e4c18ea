import { SelectField, TextField } from 'react-admin';
import { phaseChoices, settingTypeChoices } from '../../../common/choices';
import { LocalAuthorityField, OfstedChip, UkDateField, UkDateTimeField } from '../../../common/fields';
import { RecordShow } from '../../../common/pages';
import { RelatedPlans } from '../plans/RelatedPlans';

export const SettingShow = () => (
  <RecordShow
    heading="Setting"
    related={<RelatedPlans target="settingId" title="Plans naming this setting (section I)" emptyText="No plans name this setting." omit={['setting', 'team']} />}
  >
    <TextField source="name" label="Name" />
    <TextField source="urn" label="URN" />
    <SelectField source="type" label="Setting type" choices={settingTypeChoices} />
    <SelectField source="phase" label="Phase" choices={phaseChoices} />
    <OfstedChip label="Ofsted rating" />
    <UkDateField source="ofstedInspectionDate" label="Inspected" emptyText="Not recorded" />
    <TextField source="areaAuthorityName" label="In the area of" emptyText="The authority below" />
    <TextField source="postcode" label="Postcode" emptyText="—" />
    <LocalAuthorityField label="Local authority" link="show" />
    <UkDateTimeField source="updatedAt" label="Last changed" />
  </RecordShow>
);
