/** A review of a commissioned outcome's progress, at a visit or on its own. */
import FactCheckIcon from '@mui/icons-material/FactCheck';
import {
  DataTable,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  type RaRecord,
} from 'react-admin';
import { LocalAuthorityColumn } from '../../../common/columns';
import { UkDateField, ukDate } from '../../../common/fields';
import { RecordList, RecordShow } from '../../../common/pages';
import { ChoiceColumn } from '../fields';
import { outcomeProgressChoices } from '../choices';
import { recordExporter } from '../../../common/csv';

export const OutcomeReviewList = () => (
  <RecordList
    title="Outcome reviews"
    filters={[<SelectInput key="progress" source="progress" label="Progress" choices={outcomeProgressChoices} alwaysOn />, <SearchInput key="q" source="q" alwaysOn placeholder="Evidence" />]}
    sort={{ field: 'reviewedOn', order: 'DESC' }}
    exporter={recordExporter}
  >
    <DataTable.Col source="reviewedOn" label="Reviewed" field={UkDateField} />
    <DataTable.Col source="outcome.id" label="Outcome" disableSort>
      <ReferenceField source="outcome.id" reference="CommissionedOutcome" link="show" />
    </DataTable.Col>
    <ChoiceColumn source="progress" label="Progress" choices={outcomeProgressChoices} />
    <DataTable.Col source="evidence" label="Evidence" disableSort />
    <LocalAuthorityColumn />
  </RecordList>
);

export const outcomeReviewResource = {
  name: 'OutcomeReview',
  list: OutcomeReviewList,
  show: () => (
    <RecordShow heading="Outcome review">
      <ReferenceField source="outcome.id" reference="CommissionedOutcome" link="show" label="Outcome" />
      <ReferenceField source="visit.id" reference="MonitoringVisit" link="show" label="Visit" emptyText="Not at a visit" />
      <UkDateField source="reviewedOn" label="Reviewed" />
      <SelectField source="progress" label="Progress" choices={outcomeProgressChoices} />
      <TextField source="evidence" label="Evidence" />
    </RecordShow>
  ),
  icon: FactCheckIcon,
  recordRepresentation: (record: RaRecord) => `Review on ${ukDate(String(record.reviewedOn ?? ''))}`,
};
