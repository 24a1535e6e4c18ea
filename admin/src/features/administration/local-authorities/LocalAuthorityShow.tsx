import { DataTable, ReferenceManyCount, SelectField, TextField } from 'react-admin';
import { RelatedList } from '../../../common/RelatedList';
import { teamKindChoices } from '../../../common/choices';
import { UkDateTimeField } from '../../../common/fields';
import { RecordShow } from '../../../common/pages';
import { mayAccess } from '../../../common/permissions';
import { getRoles } from '../../../common/session';

/** A count links to its list, so it shows only to those who may open the list (no board member counts children here). */
const counted = (reference: string, label: string, sortField: string) =>
  mayAccess(getRoles(), reference, 'list', {}) ? <ReferenceManyCount reference={reference} target="localAuthorityId" label={label} sort={{ field: sortField, order: 'ASC' }} link /> : null;

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
    {counted('Plan', 'Plans', 'requestDate')}
    {counted('Child', 'Children', 'caseReference')}
    {counted('Setting', 'Settings', 'name')}
    <UkDateTimeField source="updatedAt" label="Last changed" />
  </RecordShow>
);
