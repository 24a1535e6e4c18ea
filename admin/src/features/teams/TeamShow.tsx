import { Box, Divider } from '@mui/material';
import {
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
import { teamKindChoices } from '../../common/choices';
import { PlanStatusChip, SectionTitle, UkDateField, UkDateTimeField, gridLayoutSx } from '../../common/fields';
import { RecordHistory } from '../plans/PlanShow';

export const TeamTitle = () => {
  const record = useRecordContext();
  return record ? <span>{String(record.name ?? 'Team')}</span> : null;
};

export const TeamShow = () => (
  <Show
    title={<TeamTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SectionTitle>Team</SectionTitle>
    <SimpleShowLayout sx={gridLayoutSx}>
      <TextField source="name" label="Name" />
      <SelectField source="kind" label="Kind" choices={teamKindChoices} />
      <ReferenceField source="localAuthority.id" reference="LocalAuthority" link="show" label="Local authority">
        <TextField source="name" />
      </ReferenceField>
      <UkDateTimeField source="updatedAt" label="Last changed" />
    </SimpleShowLayout>
    <Divider />
    <SectionTitle>Plans this team works on</SectionTitle>
    <Box sx={{ px: 2, pb: 2 }}>
      <ReferenceManyField
        reference="Plan"
        target="teamId"
        sort={{ field: 'requestDate', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
        empty={<Box sx={{ color: 'text.secondary', py: 1 }}>No plans for this team.</Box>}
      >
        <DataTable bulkActionButtons={false} rowClick="show" resource="Plan">
          <DataTable.Col source="child.id" label="Case reference" disableSort>
            <ReferenceField source="child.id" reference="Child" link={false}>
              <TextField source="caseReference" />
            </ReferenceField>
          </DataTable.Col>
          <DataTable.Col source="status" label="Status" disableSort>
            <PlanStatusChip />
          </DataTable.Col>
          <DataTable.Col source="requestDate" label="Date of request" field={UkDateField} disableSort />
          <DataTable.Col source="issueDate" label="Issue date" field={UkDateField} disableSort />
          <DataTable.Col source="setting.id" label="Section I: named setting" disableSort>
            <ReferenceField source="setting.id" reference="Setting" link={false} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
    <RecordHistory entityName="Team" />
  </Show>
);
