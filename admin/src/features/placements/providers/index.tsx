import StoreIcon from '@mui/icons-material/Store';
import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  DateInput,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  required,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { ofstedRatingChoices, settingTypeChoices, choiceName } from '../../../common/choices';
import { KeyColumn, LocalAuthorityColumn } from '../../../common/columns';
import { LocalAuthorityField, OfstedChip, UkDateField, YesNoField } from '../../../common/fields';
import { FormRow, LocalAuthorityInput, localAuthorityFilter } from '../../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../../common/pages';
import { RelatedList } from '../../../common/RelatedList';
import { documentKindChoices, placementStatusChoices, purchasingRouteChoices } from '../choices';
import { ChoiceColumn, PlacementFlags } from '../fields';
import { recordExporter } from '../../../common/csv';

const providerFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or URN" />,
  <SelectInput key="settingType" source="settingType" label="Type" choices={settingTypeChoices} alwaysOn sx={{ minWidth: 220 }} />,
  <SelectInput key="ofstedRating" source="ofstedRating" label="Ofsted" choices={ofstedRatingChoices} alwaysOn />,
  <SelectInput key="purchasingRoute" source="purchasingRoute" label="Bought under" choices={purchasingRouteChoices} />,
  localAuthorityFilter,
];

/** Out of date means older than the authority's re-inspection window (see Commissioning policy). */
const OfstedDate = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <>
      <UkDateField source="ofstedInspectionDate" emptyText="Not recorded" />
      {record.ofstedOutOfDate ? ' (out of date)' : ''}
    </>
  );
};

const MissingDocuments = (_props: { label?: string }) => {
  const missing = (useRecordContext()?.missingDocuments as string[] | undefined) ?? [];
  return <>{missing.length === 0 ? 'None' : missing.map((kind) => choiceName(documentKindChoices, kind)).join(', ')}</>;
};

export const ProviderList = () => (
  <RecordList title="Providers" filters={providerFilters} exporter={recordExporter}>
    <KeyColumn source="name" label="Provider" />
    <DataTable.Col source="urn" label="URN" />
    <ChoiceColumn source="settingType" label="Type" choices={settingTypeChoices} />
    <DataTable.Col source="ofstedRating" label="Ofsted">
      <OfstedChip />
    </DataTable.Col>
    <DataTable.Col source="ofstedInspectionDate" label="Inspected">
      <OfstedDate />
    </DataTable.Col>
    <DataTable.Col source="areaAuthorityName" label="Area" disableSort />
    <DataTable.Col source="distanceMiles" label="Miles" disableSort field={NumberField} />
    <ChoiceColumn source="purchasingRoute" label="Bought under" choices={purchasingRouteChoices} />
    <LocalAuthorityColumn />
  </RecordList>
);

export const ProviderShow = () => (
  <RecordShow
    heading="Provider"
    related={
      <>
        <RelatedList title="Children placed here" reference="Placement" target="providerId" sort={{ field: 'startDate', order: 'DESC' }} emptyText="No placements.">
          <DataTable.Col source="caseReference" label="Case reference" disableSort />
          <ChoiceColumn source="status" label="Status" choices={placementStatusChoices} />
          <DataTable.Col source="startDate" label="Start" field={UkDateField} />
          <DataTable.Col source="nextVisitDue" label="Next visit due" field={UkDateField} />
          <DataTable.Col label="Flags" disableSort>
            <PlacementFlags />
          </DataTable.Col>
        </RelatedList>
        <RelatedList title="Documents held under the contract" reference="ProviderDocument" target="providerId" emptyText="No documents recorded.">
          <ChoiceColumn source="kind" label="Document" choices={documentKindChoices} />
          <DataTable.Col source="documentDate" label="Dated" field={UkDateField} />
          <DataTable.Col source="receivedOn" label="Received" field={UkDateField} />
          <DataTable.Col source="reviewDue" label="New one due" field={UkDateField} />
        </RelatedList>
      </>
    }
  >
    <TextField source="name" label="Name" />
    <ReferenceField source="setting.id" reference="Setting" link="show" label="Setting record" />
    <TextField source="urn" label="URN" />
    <SelectField source="settingType" label="Type" choices={settingTypeChoices} />
    <OfstedChip label="Ofsted" />
    <OfstedDate label="Inspected" />
    <TextField source="areaAuthorityName" label="In the area of" />
    <YesNoField source="outOfArea" label="Out of area" />
    <NumberField source="distanceMiles" label="Miles from home authority" emptyText="Not known" />
    <SelectField source="purchasingRoute" label="Bought under" choices={purchasingRouteChoices} />
    <TextField source="contractReference" label="Contract or framework reference" emptyText="—" />
    <UkDateField source="contractEndDate" label="Contract ends" emptyText="—" />
    <YesNoField source="section41Approved" label="Section 41 approved" />
    <MissingDocuments label="Documents not held" />
    <LocalAuthorityField label="Commissioning authority" link="show" />
  </RecordShow>
);

const ProviderFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <LocalAuthorityInput isCreate={isCreate} />
    {isCreate ? (
      <ReferenceInput source="setting.id" reference="Setting" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
          label="School or college"
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          helperText="Add it under Settings first if it is not there (with its Ofsted date, area and postcode)"
          fullWidth
        />
      </ReferenceInput>
    ) : null}
    <FormRow>
      <SelectInput source="purchasingRoute" label="Bought under" choices={purchasingRouteChoices} validate={required()} />
      <TextInput source="contractReference" label="Contract or framework reference" />
      <DateInput source="contractEndDate" label="Contract ends" />
    </FormRow>
    <BooleanInput source="section41Approved" label="On the Section 41 list" />
  </>
);

export const ProviderCreate = () => (
  <RecordCreate title="New provider" inLocalAuthority defaultValues={{ purchasingRoute: 'NATIONAL_CONTRACT' }}>
    <ProviderFields isCreate />
  </RecordCreate>
);

export const ProviderEdit = () => (
  <RecordEdit>
    <ProviderFields isCreate={false} />
  </RecordEdit>
);

export const providerResource = {
  name: 'Provider',
  list: ProviderList,
  show: ProviderShow,
  create: ProviderCreate,
  edit: ProviderEdit,
  icon: StoreIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? record.id),
};

/** Pick a provider by name (the API searches with `q`). */
/** Chooses a provider: a filter of lists, or (isRequired) the provider a record must have. */
export const ProviderInput = ({ source = 'providerId', isRequired = false }: { source?: string; alwaysOn?: boolean; isRequired?: boolean }) => (
  <ReferenceInput source={source} reference="Provider" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Provider" optionText="name" filterToQuery={(q: string) => ({ q })} validate={isRequired ? required() : undefined} sx={{ minWidth: 280 }} />
  </ReferenceInput>
);
