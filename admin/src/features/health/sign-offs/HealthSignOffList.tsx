import { DataTable, NumberField, SearchInput, SelectInput } from 'react-admin';
import { LocalAuthorityColumn } from '../../../common/columns';
import { CaseReferenceField, UkDateField } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';
import { RecordList } from '../../../common/pages';
import { signOffStatusChoices, SignOffStatusChip } from './fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Case reference starts with…" />,
  <SelectInput key="status" source="status" label="Status" choices={signOffStatusChoices} alwaysOn />,
  localAuthorityFilter,
];

export const HealthSignOffList = () => (
  <RecordList title="Health sign-offs (sections C and G)" filters={filters}>
    <DataTable.Col source="caseReference" label="Case reference">
      <CaseReferenceField link />
    </DataTable.Col>
    <DataTable.Col source="status" label="Status">
      <SignOffStatusChip />
    </DataTable.Col>
    <DataTable.Col source="requestedOn" label="Asked" field={UkDateField} />
    <DataTable.Col source="changeRequests" label="Changes asked" disableSort>
      <NumberField source="changeRequests" />
    </DataTable.Col>
    <DataTable.Col source="agreedOn" label="Agreed" field={UkDateField} />
    <LocalAuthorityColumn />
  </RecordList>
);
