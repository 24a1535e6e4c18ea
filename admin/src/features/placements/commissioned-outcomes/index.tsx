/** What a placement is commissioned to achieve, and its reviews. */
import RuleIcon from '@mui/icons-material/Rule';
import {
  DataTable,
  DateInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  TextField,
  TextInput,
  AutocompleteInput,
  required,
  type RaRecord,
} from 'react-admin';
import { LocalAuthorityColumn } from '../../../common/columns';
import { UkDateField } from '../../../common/fields';
import { FormRow, localAuthorityFilter } from '../../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../../common/pages';
import { RelatedList } from '../../../common/RelatedList';
import { ChoiceColumn } from '../fields';
import { outcomeProgressChoices } from '../choices';
import { recordExporter } from '../../../common/csv';

const PlacementInput = () => (
  <ReferenceInput source="placement.id" reference="Placement" sort={{ field: 'caseReference', order: 'ASC' }}>
    <AutocompleteInput
      label="Placement"
      optionText={(p: RaRecord) => `${String(p.caseReference ?? '')} at ${String(p.providerName ?? '')}`}
      filterToQuery={(q: string) => ({ q })}
      validate={required()}
      fullWidth
    />
  </ReferenceInput>
);

export const CommissionedOutcomeList = () => (
  <RecordList title="Commissioned outcomes" filters={[<SearchInput key="q" source="q" alwaysOn />, localAuthorityFilter]} exporter={recordExporter}>
    <DataTable.Col source="placement.id" label="Placement" disableSort>
      <ReferenceField source="placement.id" reference="Placement" link="show" />
    </DataTable.Col>
    <DataTable.Col source="planReference" label="Plan" />
    <DataTable.Col source="description" label="Outcome" disableSort />
    <DataTable.Col source="targetDate" label="Target date" field={UkDateField} />
    <ChoiceColumn source="latestProgress" label="Latest review" disableSort choices={outcomeProgressChoices} />
    <LocalAuthorityColumn />
  </RecordList>
);

export const CommissionedOutcomeShow = () => (
  <RecordShow
    heading="Commissioned outcome"
    related={
      <RelatedList title="Reviews" reference="OutcomeReview" target="outcomeId" emptyText="Not reviewed yet.">
        <DataTable.Col source="reviewedOn" label="Reviewed" field={UkDateField} />
        <ChoiceColumn source="progress" label="Progress" choices={outcomeProgressChoices} />
        <DataTable.Col source="evidence" label="Evidence" disableSort />
      </RelatedList>
    }
  >
    <ReferenceField source="placement.id" reference="Placement" link="show" label="Placement" />
    <TextField source="planReference" label="Plan reference" emptyText="—" />
    <TextField source="description" label="Outcome" />
    <UkDateField source="targetDate" label="Target date" />
    <SelectField source="latestProgress" label="Latest review" choices={outcomeProgressChoices} emptyText="Not reviewed yet" />
  </RecordShow>
);

const OutcomeFields = () => (
  <FormRow columns={3}>
    <TextInput source="planReference" label="Plan reference (e.g. E3)" />
    <TextInput source="description" label="Outcome" multiline validate={required()} />
    <DateInput source="targetDate" label="Target date" validate={required()} />
  </FormRow>
);

export const commissionedOutcomeResource = {
  name: 'CommissionedOutcome',
  list: CommissionedOutcomeList,
  show: CommissionedOutcomeShow,
  create: () => (
    <RecordCreate title="New commissioned outcome">
      <PlacementInput />
      <OutcomeFields />
    </RecordCreate>
  ),
  edit: () => (
    <RecordEdit>
      <OutcomeFields />
    </RecordEdit>
  ),
  icon: RuleIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.planReference ?? '')} ${String(record.description ?? '')}`.trim(),
};
