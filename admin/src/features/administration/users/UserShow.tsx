import { ChipField, ReferenceArrayField, SingleFieldList, TextField } from 'react-admin';
import { UkDateTimeField, YesNoField } from '../../../common/fields';
import { RecordShow } from '../../../common/pages';
import { RolesField } from './RolesField';

export const UserShow = () => (
  <RecordShow heading="User">
    <TextField source="displayName" label="Name" />
    <TextField source="email" label="Email" />
    <RolesField label="Roles" />
    <ReferenceArrayField source="localAuthoritiesIds" reference="LocalAuthority" label="Local authorities">
      <SingleFieldList linkType="show">
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
    <YesNoField source="active" label="Active" />
    <UkDateTimeField source="lastSignInAt" label="Last signed in" emptyText="Never" />
    <UkDateTimeField source="createdAt" label="Created" />
  </RecordShow>
);
