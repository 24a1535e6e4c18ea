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
import { phaseChoices, settingTypeChoices } from '../../common/choices';
import { OfstedChip, PlanStatusChip, SectionTitle, UkDateField, UkDateTimeField, gridLayoutSx } from '../../common/fields';
import { RecordHistory } from '../plans/PlanShow';

export const SettingTitle = () => {
  const record = useRecordContext();
  return record ? <span>{String(record.name ?? 'Setting')}</span> : null;
};

export const SettingShow = () => (
  <Show
    title={<SettingTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SectionTitle>Setting</SectionTitle>
    <SimpleShowLayout sx={gridLayoutSx}>
      <TextField source="name" label="Name" />
      <TextField source="urn" label="URN" />
      <SelectField source="type" label="Setting type" choices={settingTypeChoices} />
      <SelectField source="phase" label="Phase" choices={phaseChoices} />
      <OfstedChip label="Ofsted rating" />
      <ReferenceField source="localAuthority.id" reference="LocalAuthority" link="show" label="Local authority">
        <TextField source="name" />
      </ReferenceField>
      <UkDateTimeField source="updatedAt" label="Last changed" />
    </SimpleShowLayout>
    <Divider />
    <SectionTitle>Plans naming this setting (section I)</SectionTitle>
    <Box sx={{ px: 2, pb: 2 }}>
      <ReferenceManyField
        reference="Plan"
        target="settingId"
        sort={{ field: 'requestDate', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
        empty={<Box sx={{ color: 'text.secondary', py: 1 }}>No plans name this setting.</Box>}
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
          <DataTable.Col source="lastAnnualReviewDate" label="Last annual review" field={UkDateField} disableSort />
        </DataTable>
      </ReferenceManyField>
    </Box>
    <RecordHistory entityName="Setting" />
  </Show>
);
