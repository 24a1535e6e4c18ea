import { Box, Divider } from '@mui/material';
import { SelectField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { changeActionChoices, choiceName, entityNameChoices } from '../../common/choices';
import { SectionTitle, UkDateTimeField, gridLayoutSx } from '../../common/fields';
import { ChangesTable } from './ChangesTable';
import { EntityLinkField } from './EntityLinkField';

const HistoryTitle = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <span>
      {choiceName(changeActionChoices, record.action)} {choiceName(entityNameChoices, record.entityName).toLowerCase()}
    </span>
  );
};

export const HistoryShow = () => (
  <Show title={<HistoryTitle />} actions={false}>
    <SimpleShowLayout sx={gridLayoutSx}>
      <UkDateTimeField source="at" label="When" />
      <TextField source="actorEmail" label="Who" />
      <SelectField source="action" label="Action" choices={changeActionChoices} />
      <SelectField source="entityName" label="Record type" choices={entityNameChoices} />
      <EntityLinkField label="Record id" />
      <TextField source="requestId" label="Request id" emptyText="—" />
    </SimpleShowLayout>
    <Divider />
    <SectionTitle>Changes</SectionTitle>
    <Box sx={{ px: 2, pb: 3 }}>
      <ChangesTable />
    </Box>
  </Show>
);
