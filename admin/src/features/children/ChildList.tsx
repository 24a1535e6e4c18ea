import {
  DataTable,
  DateInput,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { primaryNeedChoices, sexChoices } from '../../common/choices';
import { NeedCodeField, UkDateField, YesNoField } from '../../common/fields';

const childFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Case reference starts with…" sx={{ minWidth: 260 }} />,
  <SelectInput key="primaryNeed" source="primaryNeed" label="Primary need (SEN2)" choices={primaryNeedChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <NullableBooleanInput key="complexHealthNeeds" source="complexHealthNeeds" label="Complex health needs" alwaysOn sx={{ minWidth: 190 }} />,
  <NullableBooleanInput key="lookedAfter" source="lookedAfter" label="Looked after" alwaysOn sx={{ minWidth: 190 }} />,
  <ReferenceInput key="localAuthorityId" source="localAuthorityId" reference="LocalAuthority" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput optionText="name" label="Local authority" />
  </ReferenceInput>,
  <SelectInput key="sex" source="sex" label="Sex" choices={sexChoices} />,
  <DateInput key="dateOfBirth_gte" source="dateOfBirth_gte" label="Born on or after" />,
  <DateInput key="dateOfBirth_lte" source="dateOfBirth_lte" label="Born on or before" />,
];

export const ChildList = () => (
  <List
    title="Children and young people"
    filters={childFilters}
    sort={{ field: 'caseReference', order: 'ASC' }}
    perPage={25}
    exporter={false}
  >
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="caseReference" label="Case reference">
        <TextField source="caseReference" sx={{ fontWeight: 600 }} />
      </DataTable.Col>
      <DataTable.Col source="dateOfBirth" label="Date of birth" field={UkDateField} />
      <DataTable.Col source="sex" label="Sex">
        <SelectField source="sex" choices={sexChoices} />
      </DataTable.Col>
      <DataTable.Col source="primaryNeed" label="Primary need (SEN2)">
        <NeedCodeField />
      </DataTable.Col>
      <DataTable.Col source="complexHealthNeeds" label="Complex health needs" disableSort>
        <YesNoField source="complexHealthNeeds" />
      </DataTable.Col>
      <DataTable.Col source="lookedAfter" label="Looked after" disableSort>
        <YesNoField source="lookedAfter" />
      </DataTable.Col>
      <DataTable.Col source="localAuthority.id" label="Local authority" disableSort>
        <ReferenceField source="localAuthority.id" reference="LocalAuthority" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
    </DataTable>
  </List>
);
