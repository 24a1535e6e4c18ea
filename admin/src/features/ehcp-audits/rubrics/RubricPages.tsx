import { useState } from 'react';
import { Alert, Button } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataTable, SearchInput, SelectField, SelectInput, TextField, TextInput, required, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { rubricPurposeChoices, rubricStatusChoices } from '../../../common/choices';
import { UkDateTimeField } from '../../../common/fields';
import { KeyColumn, LocalAuthorityColumn } from '../../../common/columns';
import { LocalAuthorityInput, localAuthorityFilter } from '../../../common/inputs';
import { graphql, mutate } from '../../../common/graphql';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../../common/pages';
import { RelatedList } from '../../../common/RelatedList';
import { LocalAuthorityField } from '../../../common/fields';
import { mayCall } from '../../../common/permissions';

export const RubricList = () => (
  <RecordList
    title="Audit rubrics"
    filters={[<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="purpose" source="purpose" label="Purpose" choices={rubricPurposeChoices} alwaysOn />, localAuthorityFilter]}
  >
    <KeyColumn source="name" label="Name" />
    <DataTable.Col source="purpose" label="Purpose" disableSort>
      <SelectField source="purpose" choices={rubricPurposeChoices} />
    </DataTable.Col>
    <DataTable.Col source="createdAt" label="Created" field={UkDateTimeField} />
    <LocalAuthorityColumn />
  </RecordList>
);

export const RubricCreate = () => (
  <RecordCreate title="New rubric (starts from the default content as draft version 1)" defaultValues={{ purpose: 'EHCP_AUDIT' }} inLocalAuthority>
    <LocalAuthorityInput isCreate />
    <TextInput source="name" label="Name" validate={required()} fullWidth />
    <SelectInput source="purpose" label="Purpose" choices={rubricPurposeChoices} validate={required()} helperText="What it scores; it starts from the content shipped for that purpose" />
  </RecordCreate>
);

export const RubricEdit = () => (
  <RecordEdit>
    <LocalAuthorityInput isCreate={false} />
    <TextInput source="name" label="Name" validate={required()} fullWidth />
  </RecordEdit>
);

const NEXT_VERSION = graphql('mutation ($id: UUID!) { createRubricVersion(rubricId: $id) { id number } }');

/** A published version never changes: the next one starts as a draft copy of the latest. */
const NextVersionButton = () => {
  const rubric = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string>();
  if (!rubric || !mayCall('createRubricVersion')) return null;
  const start = async () => {
    setError(undefined);
    try {
      await mutate(NEXT_VERSION, { id: String(rubric.id) });
      notify('Next version started as a draft', { type: 'success' });
      refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      {error ? <Alert severity="error">{error}</Alert> : null}
      <Button startIcon={<AddIcon />} onClick={() => void start()}>
        Create next version
      </Button>
    </>
  );
};

export const RubricShow = () => (
  <RecordShow
    heading="Rubric"
    related={
      <RelatedList title="Versions" action={<NextVersionButton />} reference="RubricVersion" target="rubricId" sort={{ field: 'number', order: 'DESC' }} emptyText="No versions.">
        <DataTable.Col source="number" label="Version" />
        <DataTable.Col source="status" label="Status">
          <SelectField source="status" choices={rubricStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="publishedAt" label="Published" field={UkDateTimeField} />
      </RelatedList>
    }
  >
    <TextField source="name" label="Name" />
    <SelectField source="purpose" label="Purpose" choices={rubricPurposeChoices} />
    <LocalAuthorityField label="Local authority" />
  </RecordShow>
);
