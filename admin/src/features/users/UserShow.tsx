import { Divider } from '@mui/material';
import {
  ChipField,
  EditButton,
  ReferenceArrayField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { SectionTitle, UkDateTimeField, YesNoField, gridLayoutSx } from '../../common/fields';
import { RecordHistory } from '../history/RecordHistory';
import { RolesField } from './RolesField';

export const UserTitle = () => {
  const record = useRecordContext();
  return record ? <span>{String(record.displayName ?? record.email ?? 'User')}</span> : null;
};

export const UserShow = () => (
  <Show
    title={<UserTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SectionTitle>User</SectionTitle>
    <SimpleShowLayout sx={gridLayoutSx}>
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
    </SimpleShowLayout>
    <Divider />
    <RecordHistory entityName="User" />
  </Show>
);
