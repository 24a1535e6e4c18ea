import {
  EditButton,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { phaseChoices, settingTypeChoices } from '../../common/choices';
import { OfstedChip, SectionTitle, UkDateTimeField, gridLayoutSx } from '../../common/fields';
import { RecordHistory } from '../history/RecordHistory';
import { RelatedPlans } from '../plans/RelatedPlans';

export const SettingTitle = () => {
  const record = useRecordContext();
  return record ? <span>{String(record.name ?? 'Setting')}</span> : null;
};

export const SettingShow = () => (
  <Show
    title={<SettingTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SectionTitle>Setting</SectionTitle>
    <SimpleShowLayout sx={gridLayoutSx}>
      <TextField source="name" label="Name" />
      <TextField source="urn" label="URN" />
      <SelectField source="type" label="Setting type" choices={settingTypeChoices} />
      <SelectField source="phase" label="Phase" choices={phaseChoices} />
      <OfstedChip label="Ofsted rating" />
      <ReferenceField source="localAuthority.id" reference="LocalAuthority" link="show" label="Local authority">
        <TextField source="name" />
      </ReferenceField>
      <UkDateTimeField source="updatedAt" label="Last changed" />
    </SimpleShowLayout>
    <RelatedPlans target="settingId" title="Plans naming this setting (section I)" emptyText="No plans name this setting." omit={['setting', 'team']} />
    <RecordHistory entityName="Setting" />
  </Show>
);
