import { SelectField, TextField } from 'react-admin';
import { teamKindChoices } from '../../../common/choices';
import { LocalAuthorityField, UkDateTimeField } from '../../../common/fields';
import { RecordShow } from '../../../common/pages';
import { RelatedPlans } from '../plans/RelatedPlans';

export const TeamShow = () => (
  <RecordShow
    heading="Team"
    related={<RelatedPlans target="teamId" title="Plans this team works on" emptyText="No plans for this team." omit={['team', 'lastAnnualReviewDate']} />}
  >
    <TextField source="name" label="Name" />
    <SelectField source="kind" label="Kind" choices={teamKindChoices} />
    <LocalAuthorityField label="Local authority" link="show" />
    <UkDateTimeField source="updatedAt" label="Last changed" />
  </RecordShow>
);
