import { Divider } from '@mui/material';
import { NumberField, TextField } from 'react-admin';
import { CaseReferenceField, LocalAuthorityField, UkDateField } from '../../../common/fields';
import { RecordShow } from '../../../common/pages';
import { SignOffStatusChip } from './fields';
import { SignOffPanel } from './SignOffPanel';

export const HealthSignOffShow = () => (
  <RecordShow
    heading="Health sign-off"
    related={
      <>
        <Divider />
        <SignOffPanel />
      </>
    }
  >
    <CaseReferenceField label="Case reference" link />
    <SignOffStatusChip label="Status" />
    <UkDateField source="requestedOn" label="Asked" />
    <NumberField source="changeRequests" label="Changes asked" />
    <TextField source="changesReason" label="Last change asked for" emptyText="—" />
    <UkDateField source="changesRequestedOn" label="Changes asked on" emptyText="—" />
    <UkDateField source="agreedOn" label="Agreed" emptyText="Not yet" />
    <LocalAuthorityField label="Local authority" />
  </RecordShow>
);
