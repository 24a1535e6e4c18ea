import { Box, Divider } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  CreateButton,
  DataTable,
  EditButton,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { primaryNeedChoices, sexChoices } from '../../common/choices';
import {
  AgeField,
  PlanStatusChip,
  SectionTitle,
  UkDateField,
  UkDateTimeField,
  YesNoField,
  gridLayoutSx,
} from '../../common/fields';
import { RecordHistory } from '../plans/PlanShow';

export const ChildTitle = () => {
  const record = useRecordContext();
  return record ? <span>Child {String(record.caseReference ?? '')}</span> : null;
};

const ChildShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** "Add a plan" for this child, with the child already chosen. */
const AddPlanButton = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <CreateButton
      resource="Plan"
      label="Add a plan"
      icon={<AddIcon />}
      state={{ record: { child: { id: record.id } } }}
    />
  );
};

export const ChildShow = () => (
  <Show title={<ChildTitle />} actions={<ChildShowActions />}>
    <SectionTitle>Child or young person</SectionTitle>
    <SimpleShowLayout sx={gridLayoutSx}>
      <TextField source="caseReference" label="Case reference" />
      <SelectField source="primaryNeed" label="Primary need (SEN2)" choices={primaryNeedChoices} />
      <UkDateField source="dateOfBirth" label="Date of birth" />
      <AgeField label="Age" />
      <SelectField source="sex" label="Sex" choices={sexChoices} />
      <YesNoField source="complexHealthNeeds" label="Complex health needs" />
      <YesNoField source="lookedAfter" label="Looked after" />
      <ReferenceField source="localAuthority.id" reference="LocalAuthority" link="show" label="Local authority">
        <TextField source="name" />
      </ReferenceField>
      <UkDateTimeField source="updatedAt" label="Last changed" />
    </SimpleShowLayout>
    <Divider />
    <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', pr: 2 }}>
      <SectionTitle>Plans</SectionTitle>
      <AddPlanButton />
    </Box>
    <Box sx={{ px: 2, pb: 2 }}>
      <ReferenceManyField
        reference="Plan"
        target="childId"
        sort={{ field: 'requestDate', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
        empty={<Box sx={{ color: 'text.secondary', py: 1 }}>No plans for this child.</Box>}
      >
        <DataTable bulkActionButtons={false} rowClick="show" resource="Plan">
          <DataTable.Col source="status" label="Status" disableSort>
            <PlanStatusChip />
          </DataTable.Col>
          <DataTable.Col source="requestDate" label="Date of request" field={UkDateField} disableSort />
          <DataTable.Col source="issueDate" label="Issue date" field={UkDateField} disableSort />
          <DataTable.Col source="lastAnnualReviewDate" label="Last annual review" field={UkDateField} disableSort />
          <DataTable.Col source="setting.id" label="Section I: named setting" disableSort>
            <ReferenceField source="setting.id" reference="Setting" link={false} />
          </DataTable.Col>
          <DataTable.Col source="team.id" label="Casework team" disableSort>
            <ReferenceField source="team.id" reference="Team" link={false} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
    <RecordHistory entityName="Child" />
  </Show>
);
