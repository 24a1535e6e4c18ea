import { DataTable, SelectField } from 'react-admin';
import { RelatedList } from '../../../common/RelatedList';
import { changeActionChoices } from '../../../common/choices';
import { UkDateTimeField } from '../../../common/fields';
import { ChangedFieldsField } from './ChangesTable';

/** Who changed the record on screen, when, and what (administrators only). */
export const RecordHistory = ({ entityName }: { entityName: string }) => (
  <RelatedList
    title="Change history"
    reference="ChangeRecord"
    target="entityId"
    filter={{ entityName }}
    emptyText="No changes recorded."
  >
    <DataTable.Col source="at" label="When" field={UkDateTimeField} disableSort />
    <DataTable.Col source="actorEmail" label="Who" disableSort />
    <DataTable.Col source="action" label="Action" disableSort>
      <SelectField source="action" choices={changeActionChoices} />
    </DataTable.Col>
    <DataTable.Col source="changes" label="Fields changed" disableSort>
      <ChangedFieldsField />
    </DataTable.Col>
  </RelatedList>
);
