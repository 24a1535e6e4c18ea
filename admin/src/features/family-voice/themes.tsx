/** "You said, we did": what families said, what was done and when, and whether the local offer shows it. */
import CampaignIcon from '@mui/icons-material/Campaign';
import { BooleanInput, DataTable, DateInput, NullableBooleanInput, SearchInput, SelectField, SelectInput, TextField, TextInput, required, type RaRecord } from 'react-admin';
import { UkDateField, YesNoField } from '../../common/fields';
import { FormRow, LocalAuthorityInput } from '../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../common/pages';
import { surveyKindChoices, themeStatusChoices } from './choices';

const ThemeInputs = ({ isCreate }: { isCreate: boolean }) => (
  <>
    {isCreate ? <LocalAuthorityInput isCreate /> : null}
    <TextInput source="said" label="What families said" multiline fullWidth validate={required()} />
    <FormRow>
      <SelectInput source="source" label="From the survey" choices={surveyKindChoices} emptyText="None" />
      <TextInput source="term" label="Term heard (e.g. 2026/27 Autumn)" />
      <SelectInput source="status" label="Status" choices={themeStatusChoices} validate={required()} defaultValue="RAISED" />
    </FormRow>
    <TextInput source="actionTaken" label="What we did" multiline fullWidth />
    <FormRow>
      <DateInput source="actionOn" label="When" />
      <BooleanInput source="published" label="Show in the local offer" defaultValue={false} />
    </FormRow>
  </>
);

export const familyThemeResource = {
  name: 'FamilyTheme',
  icon: CampaignIcon,
  list: () => (
    <RecordList
      title='"You said, we did"'
      filters={[
        <SelectInput key="status" source="status" label="Status" choices={themeStatusChoices} alwaysOn />,
        <NullableBooleanInput key="published" source="published" label="In the local offer" alwaysOn />,
        <SearchInput key="q" source="q" alwaysOn />,
      ]}
    >
      <DataTable.Col source="said" label="You said" disableSort />
      <DataTable.Col source="actionTaken" label="We did" disableSort />
      <DataTable.Col source="actionOn" label="When" field={UkDateField} />
      <DataTable.Col source="status" label="Status">
        <SelectField source="status" choices={themeStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="published" label="In the local offer" disableSort field={YesNoField} />
    </RecordList>
  ),
  show: () => (
    <RecordShow heading='"You said, we did"'>
      <TextField source="said" label="What families said" />
      <SelectField source="source" label="From the survey" choices={surveyKindChoices} emptyText="None" />
      <TextField source="term" label="Term heard" emptyText="Not recorded" />
      <TextField source="actionTaken" label="What we did" emptyText="Nothing yet" />
      <UkDateField source="actionOn" label="When" emptyText="Not yet" />
      <SelectField source="status" label="Status" choices={themeStatusChoices} />
      <YesNoField source="published" label="In the local offer" />
    </RecordShow>
  ),
  edit: () => (
    <RecordEdit>
      <ThemeInputs isCreate={false} />
    </RecordEdit>
  ),
  create: () => (
    <RecordCreate title='New "You said, we did" theme' inLocalAuthority>
      <ThemeInputs isCreate />
    </RecordCreate>
  ),
  recordRepresentation: (record: RaRecord) => String(record.said ?? record.id),
};
