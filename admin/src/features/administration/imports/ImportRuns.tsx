import { Divider, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { DataTable, Link, NumberField, SelectField, SelectInput, TextField, useGetList, useRecordContext } from 'react-admin';
import { changeActionChoices, choiceName, importKindChoices } from '../../../common/choices';
import { IfCanRead, SectionTitle, UkDateTimeField } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';
import { RecordList, RecordShow } from '../../../common/pages';
import { recordTypeName } from '../history/recordTypes';

const filters = [<SelectInput key="kind" source="kind" label="What was imported" choices={importKindChoices} alwaysOn />, localAuthorityFilter];

export const ImportRunList = () => (
  <RecordList title="Imports done" filters={filters}>
    <DataTable.Col source="createdAt" label="When" field={UkDateTimeField} />
    <DataTable.Col source="kind" label="What">
      <SelectField source="kind" choices={importKindChoices} />
    </DataTable.Col>
    <DataTable.Col source="filename" label="File" />
    <DataTable.Col source="importedBy" label="By" disableSort />
    <DataTable.Col source="created" label="Created" disableSort field={NumberField} />
    <DataTable.Col source="updated" label="Updated" disableSort field={NumberField} />
    <DataTable.Col source="unchanged" label="Unchanged" disableSort field={NumberField} />
  </RecordList>
);

/** The changes the import made, from the change history (which only admins read), naming the import as their cause. */
const ChangesMade = () => {
  const run = useRecordContext();
  const { data, total } = useGetList(
    'ChangeRecord',
    { filter: { cause: `ImportRun:${run?.id}` }, pagination: { page: 1, perPage: 50 }, sort: { field: 'at', order: 'ASC' } },
    { enabled: Boolean(run) },
  );
  if (!run) return null;
  return (
    <>
      <Divider />
      <SectionTitle>Changes it made{total !== undefined ? ` (${total}${total > 50 ? ', the first 50' : ''})` : ''}</SectionTitle>
      <Table size="small" sx={{ mx: 2, mb: 2, width: 'auto' }} data-testid="import-changes">
        <TableHead>
          <TableRow>
            <TableCell>Action</TableCell>
            <TableCell>Record type</TableCell>
            <TableCell>Change</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(data ?? []).map((change) => (
            <TableRow key={change.id}>
              <TableCell>{choiceName(changeActionChoices, change.action)}</TableCell>
              <TableCell>{recordTypeName(change.entityName)}</TableCell>
              <TableCell>
                <Link to={`/ChangeRecord/${change.id}/show`}>Open</Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};

export const ImportRunShow = () => (
  <RecordShow
    heading="Import"
    related={
      <IfCanRead resource="ChangeRecord">
        <ChangesMade />
      </IfCanRead>
    }
  >
    <SelectField source="kind" label="What" choices={importKindChoices} />
    <TextField source="filename" label="File" />
    <TextField source="sheet" label="Sheet" emptyText="—" />
    <TextField source="mappingName" label="Column mapping" />
    <TextField source="importedBy" label="By" />
    <UkDateTimeField source="createdAt" label="When" />
    <NumberField source="rowCount" label="Rows" />
    <NumberField source="created" label="Created" />
    <NumberField source="updated" label="Updated" />
    <NumberField source="unchanged" label="Unchanged" />
    <TextField source="fileHash" label="File fingerprint (SHA-256)" />
  </RecordShow>
);
