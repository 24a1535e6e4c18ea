import BarChartIcon from '@mui/icons-material/BarChart';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { BooleanInput, CreateButton, DataTable, List, ReferenceField, SearchInput, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { LocalAuthorityColumn } from '../../../common/columns';
import { UkDateField } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';
import { senStatusChoices, timetableStatusChoices, reasonChoices } from './choices';
import { HoursField, TimetableFlags, attentionRowSx } from './flags';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Case reference starts with…" sx={{ minWidth: 260 }} />,
  <SelectInput key="status" source="status" label="Status" choices={timetableStatusChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <BooleanInput key="reviewOverdue" source="reviewOverdue" label="Review overdue" alwaysOn />,
  <BooleanInput key="consentMissing" source="consentMissing" label="Consent missing" alwaysOn />,
  <SelectInput key="senStatus" source="senStatus" label="SEN status" choices={senStatusChoices} />,
  <SelectInput key="reason" source="reason" label="Reason" choices={reasonChoices} />,
  localAuthorityFilter,
];

const Actions = () => (
  <TopToolbar>
    <Button component={Link} to="/part-time/figures" startIcon={<BarChartIcon />} size="small">
      Figures and target
    </Button>
    <Button component={Link} to="/part-time/returns" startIcon={<UploadFileIcon />} size="small">
      School returns
    </Button>
    <CreateButton />
  </TopToolbar>
);

/** Overdue reviews (red) and missing consent (amber) stand out. */
export const PartTimeTimetableList = () => (
  <List title="Part-time timetables" filters={filters} sort={{ field: 'startDate', order: 'DESC' }} perPage={25} exporter={false} actions={<Actions />}>
    <DataTable bulkActionButtons={false} rowClick="show" rowSx={attentionRowSx}>
      <DataTable.Col source="caseReference" label="Case reference">
        <ReferenceField source="child.id" reference="Child" link={false}>
          <TextField source="caseReference" sx={{ fontWeight: 600 }} />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="setting" label="School or setting">
        <ReferenceField source="setting.id" reference="Setting" link={false} />
      </DataTable.Col>
      <DataTable.Col source="senStatus" label="SEN status">
        <SelectField source="senStatus" choices={senStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="startDate" label="Started" field={UkDateField} />
      <DataTable.Col source="currentHours" label="Hours a week">
        <HoursField />
      </DataTable.Col>
      <DataTable.Col source="nextReviewDate" label="Next review" field={UkDateField} />
      <DataTable.Col source="status" label="Status">
        <SelectField source="status" choices={timetableStatusChoices} />
      </DataTable.Col>
      <DataTable.Col label="Needs attention" disableSort>
        <TimetableFlags />
      </DataTable.Col>
      <LocalAuthorityColumn />
    </DataTable>
  </List>
);
