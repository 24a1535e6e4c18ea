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
import { teamKindChoices } from '../../common/choices';
import { SectionTitle, UkDateTimeField, gridLayoutSx } from '../../common/fields';
import { RecordHistory } from '../history/RecordHistory';
import { RelatedPlans } from '../plans/RelatedPlans';

export const TeamTitle = () => {
  const record = useRecordContext();
  return record ? <span>{String(record.name ?? 'Team')}</span> : null;
};

export const TeamShow = () => (
  <Show
    title={<TeamTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SectionTitle>Team</SectionTitle>
    <SimpleShowLayout sx={gridLayoutSx}>
      <TextField source="name" label="Name" />
      <SelectField source="kind" label="Kind" choices={teamKindChoices} />
      <ReferenceField source="localAuthority.id" reference="LocalAuthority" link="show" label="Local authority">
        <TextField source="name" />
      </ReferenceField>
      <UkDateTimeField source="updatedAt" label="Last changed" />
    </SimpleShowLayout>
    <RelatedPlans target="teamId" title="Plans this team works on" emptyText="No plans for this team." omit={['team', 'lastAnnualReviewDate']} />
    <RecordHistory entityName="Team" />
  </Show>
);
