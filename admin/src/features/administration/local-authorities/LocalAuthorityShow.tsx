import { DataTable, ReferenceManyCount, SelectField, TextField } from 'react-admin';
import { RelatedList } from '../../../common/RelatedList';
import { teamKindChoices } from '../../../common/choices';
import { UkDateTimeField } from '../../../common/fields';
import { RecordShow } from '../../../common/pages';

export const LocalAuthorityShow = () => (
  <RecordShow
    heading="Local authority"
    related={
      <RelatedList
        title="Teams and services"
        reference="Team"
        target="localAuthorityId"
       
        perPage={25}
        emptyText="No teams yet."
      >
        <DataTable.Col source="name" label="Name" disableSort />
        <DataTable.Col source="kind" label="Kind" disableSort>
          <SelectField source="kind" choices={teamKindChoices} />
        </DataTable.Col>
      </RelatedList>
    }
  >
    <TextField source="name" label="Name" />
    <TextField source="code" label="DfE code" />
    <ReferenceManyCount reference="Plan" target="localAuthorityId" label="Plans" sort={{ field: 'requestDate', order: 'ASC' }} link />
    <ReferenceManyCount reference="Child" target="localAuthorityId" label="Children" sort={{ field: 'caseReference', order: 'ASC' }} link />
    <ReferenceManyCount reference="Setting" target="localAuthorityId" label="Settings" sort={{ field: 'name', order: 'ASC' }} link />
    <UkDateTimeField source="updatedAt" label="Last changed" />
  </RecordShow>
);
