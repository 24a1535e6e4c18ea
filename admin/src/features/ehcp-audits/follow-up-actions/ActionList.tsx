import { BooleanInput, DataTable, DateInput, List, ListActions, ReferenceField, SearchInput, SelectField, SelectInput, TextField, useRecordContext, type RaRecord } from 'react-admin';
import { Chip } from '@mui/material';
import { actionStatusChoices } from '../../../common/choices';
import { UkDateField } from '../../../common/fields';
import { CaseworkTeamInput, localAuthorityFilter } from '../../../common/inputs';
import { OwnerField } from '../../../common/owner';

const actionFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" label="Status" choices={actionStatusChoices} alwaysOn />,
  <BooleanInput key="overdue" source="overdue" label="Overdue only" alwaysOn />,
  <CaseworkTeamInput key="teamId" source="teamId" />,
  <DateInput key="dueDate_lte" source="dueDate_lte" label="Due on or before" />,
  localAuthorityFilter,
];

const OverdueChip = () => (useRecordContext()?.overdue ? <Chip size="small" color="error" label="Overdue" /> : null);

/** Overdue rows are tinted so they stand out when scanning. */
const overdueRowSx = (record: RaRecord) => (record.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.08)' } : {});

export const ActionList = () => (
  // Actions are raised on an audit (its page has the button), not from the list.
  <List title="Follow-up actions" filters={actionFilters} sort={{ field: 'dueDate', order: 'ASC' }} perPage={25} exporter={false} actions={<ListActions hasCreate={false} />}>
    <DataTable bulkActionButtons={false} rowClick="show" rowSx={overdueRowSx}>
      <DataTable.Col source="description" label="Action">
        <TextField source="description" sx={{ fontWeight: 600 }} />
      </DataTable.Col>
      <DataTable.Col source="owner" label="Owner" disableSort field={OwnerField} />
      <DataTable.Col source="dueDate" label="Due" field={UkDateField} />
      <DataTable.Col source="status" label="Status">
        <SelectField source="status" choices={actionStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="overdue" label="" disableSort>
        <OverdueChip />
      </DataTable.Col>
      <DataTable.Col source="team.id" label="Team" disableSort>
        <ReferenceField source="team.id" reference="Team" link={false} />
      </DataTable.Col>
      <DataTable.Col source="audit.id" label="Audit" disableSort>
        <ReferenceField source="audit.id" reference="Audit" link="show" />
      </DataTable.Col>
    </DataTable>
  </List>
);
