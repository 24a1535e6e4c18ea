import { DataTable, DateInput, NullableBooleanInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { primaryNeedChoices, sexChoices } from '../../../common/choices';
import { KeyColumn, LocalAuthorityColumn } from '../../../common/columns';
import { NeedCodeField, UkDateField, YesNoField } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';
import { RecordList } from '../../../common/pages';

const childFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Case reference starts with…" sx={{ minWidth: 260 }} />,
  <SelectInput key="primaryNeed" source="primaryNeed" label="Primary need (SEN2)" choices={primaryNeedChoices} alwaysOn sx={{ minWidth: 190 }} />,
  <NullableBooleanInput key="complexHealthNeeds" source="complexHealthNeeds" label="Complex health needs" alwaysOn sx={{ minWidth: 190 }} />,
  <NullableBooleanInput key="lookedAfter" source="lookedAfter" label="Looked after" alwaysOn sx={{ minWidth: 190 }} />,
  localAuthorityFilter,
  <SelectInput key="sex" source="sex" label="Sex" choices={sexChoices} />,
  <DateInput key="dateOfBirth_gte" source="dateOfBirth_gte" label="Born on or after" />,
  <DateInput key="dateOfBirth_lte" source="dateOfBirth_lte" label="Born on or before" />,
];

export const ChildList = () => (
  <RecordList title="Children and young people" filters={childFilters}>
    <KeyColumn source="caseReference" label="Case reference" />
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
    <LocalAuthorityColumn />
  </RecordList>
);
