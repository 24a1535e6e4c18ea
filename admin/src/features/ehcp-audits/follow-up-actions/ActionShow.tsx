import { ReferenceField, SelectField, TextField } from 'react-admin';
import { actionStatusChoices } from '../../../common/choices';
import { LocalAuthorityField, UkDateField, UkDateTimeField, YesNoField } from '../../../common/fields';
import { OwnerField } from '../../../common/owner';
import { RecordShow } from '../../../common/pages';

export const ActionShow = () => (
  <RecordShow heading="Follow-up action">
    <TextField source="description" label="What needs doing" />
    <OwnerField label="Owner" />
    <UkDateField source="dueDate" label="Due date" />
    <SelectField source="status" label="Status" choices={actionStatusChoices} />
    <YesNoField source="overdue" label="Overdue" />
    <ReferenceField source="team.id" reference="Team" label="Team" link="show" emptyText="—" />
    <ReferenceField source="audit.id" reference="Audit" label="Raised by audit" link="show" />
    <LocalAuthorityField label="Local authority" />
    <UkDateTimeField source="updatedAt" label="Last changed" />
  </RecordShow>
);
