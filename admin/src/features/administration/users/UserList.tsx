import {
  ChipField,
  DataTable,
  NullableBooleanInput,
  ReferenceArrayField,
  SearchInput,
  SelectInput,
  SingleFieldList,
} from 'react-admin';
import { roleChoices } from '../../../common/choices';
import { UkDateTimeField, YesNoField } from '../../../common/fields';
import { RecordList } from '../../../common/pages';
import { RolesField } from './RolesField';

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or email…" sx={{ minWidth: 260 }} />,
  <SelectInput key="role" source="role" label="Role" choices={roleChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <NullableBooleanInput key="active" source="active" label="Active" alwaysOn sx={{ minWidth: 190 }} />,
];

export const UserList = () => (
  <RecordList title="Users" filters={userFilters} sort={{ field: 'displayName', order: 'ASC' }}>
    <DataTable.Col source="displayName" label="Name" />
    <DataTable.Col source="email" label="Email" />
    <DataTable.Col source="roles" label="Roles" disableSort>
      <RolesField />
    </DataTable.Col>
    <DataTable.Col source="localAuthoritiesIds" label="Local authorities" disableSort>
      <ReferenceArrayField source="localAuthoritiesIds" reference="LocalAuthority">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
    </DataTable.Col>
    <DataTable.Col source="active" label="Active" disableSort>
      <YesNoField source="active" />
    </DataTable.Col>
    <DataTable.Col source="lastSignInAt" label="Last signed in">
      <UkDateTimeField source="lastSignInAt" emptyText="Never" />
    </DataTable.Col>
  </RecordList>
);
