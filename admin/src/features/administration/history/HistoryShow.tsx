import { Box, Divider } from '@mui/material';
import { FunctionField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { changeActionChoices } from '../../../common/choices';
import { recordTypeName } from './recordTypes';
import { SectionTitle, UkDateTimeField, gridLayoutSx } from '../../../common/fields';
import { ChangesTable } from './ChangesTable';
import { EntityLinkField } from './EntityLinkField';

export const HistoryShow = () => (
  <Show>
    <SimpleShowLayout sx={gridLayoutSx}>
      <UkDateTimeField source="at" label="When" />
      <TextField source="actorEmail" label="Who" />
      <SelectField source="action" label="Action" choices={changeActionChoices} />
      <FunctionField source="entityName" label="Record type" render={(r) => recordTypeName(r.entityName)} />
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
