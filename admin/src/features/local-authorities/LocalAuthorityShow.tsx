import {
  DataTable,
  EditButton,
  ReferenceManyCount,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { teamKindChoices } from '../../common/choices';
import { SectionTitle, UkDateTimeField, gridLayoutSx } from '../../common/fields';
import { RecordHistory } from '../history/RecordHistory';
import { RelatedList } from '../../common/RelatedList';

export const LocalAuthorityTitle = () => {
  const record = useRecordContext();
  return record ? <span>{`${String(record.name ?? '')} (${String(record.code ?? '')})`}</span> : null;
};

export const LocalAuthorityShow = () => (
  <Show
    title={<LocalAuthorityTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SectionTitle>Local authority</SectionTitle>
    <SimpleShowLayout sx={gridLayoutSx}>
      <TextField source="name" label="Name" />
      <TextField source="code" label="DfE code" />
      <ReferenceManyCount reference="Plan" target="localAuthorityId" label="Plans" sort={{ field: 'requestDate', order: 'ASC' }} link />
      <ReferenceManyCount reference="Child" target="localAuthorityId" label="Children" sort={{ field: 'caseReference', order: 'ASC' }} link />
      <ReferenceManyCount reference="Setting" target="localAuthorityId" label="Settings" sort={{ field: 'name', order: 'ASC' }} link />
      <UkDateTimeField source="updatedAt" label="Last changed" />
    </SimpleShowLayout>
    <RelatedList
      title="Teams and services"
      reference="Team"
      target="localAuthorityId"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      emptyText="No teams yet."
    >
      <DataTable.Col source="name" label="Name" disableSort />
      <DataTable.Col source="kind" label="Kind" disableSort>
        <SelectField source="kind" choices={teamKindChoices} />
      </DataTable.Col>
    </RelatedList>
    <RecordHistory entityName="LocalAuthority" />
  </Show>
);
