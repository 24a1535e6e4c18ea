/** Single-use survey links for a plan's family: the link is shown once, when made, to send. */
import LinkIcon from '@mui/icons-material/Link';
import { Alert, Box, Typography } from '@mui/material';
import { useState } from 'react';
import { Create, DataTable, NullableBooleanInput, ReferenceField, ReferenceInput, SelectInput, SimpleForm, TextField, NumberInput, required, type RaRecord } from 'react-admin';
import { UkDateField, UkDateTimeField } from '../../common/fields';
import { PlanInput } from '../../common/inputs';
import { RecordList, RecordShow } from '../../common/pages';

/** Where a family opens the survey: outside the sign-in. */
export const surveyLink = (token: string) => `${window.location.origin}/survey/${token}`;

const InvitationCreate = () => {
  const [made, setMade] = useState<{ token: string } | null>(null);
  return (
    <Create title="New survey invitation" redirect={false} mutationOptions={{ onSuccess: (record: RaRecord) => setMade({ token: String(record.token) }) }}>
      <SimpleForm>
        {made ? (
          <Alert severity="success" sx={{ mb: 2 }}>
            <Typography>Send this link to the family. It is shown only now, works once, and holds nothing about the child:</Typography>
            <Box component="code" data-testid="survey-link" sx={{ display: 'block', mt: 1, wordBreak: 'break-all', userSelect: 'all' }}>
              {surveyLink(made.token)}
            </Box>
          </Alert>
        ) : null}
        <PlanInput />
        <ReferenceInput source="template.id" reference="SurveyTemplate" sort={{ field: 'kind', order: 'ASC' }} perPage={100}>
          <SelectInput label="Survey" optionText={(t: RaRecord) => `${String(t.name)} (version ${String(t.number)})`} validate={required()} />
        </ReferenceInput>
        <NumberInput source="daysValid" label="Days the link works" defaultValue={28} min={1} max={366} />
      </SimpleForm>
    </Create>
  );
};

export const surveyInvitationResource = {
  name: 'SurveyInvitation',
  icon: LinkIcon,
  list: () => (
    <RecordList title="Survey invitations" filters={[<NullableBooleanInput key="used" source="used" label="Answered" alwaysOn />]}>
      <DataTable.Col source="template.id" label="Survey" disableSort>
        <ReferenceField source="template.id" reference="SurveyTemplate" link="show" />
      </DataTable.Col>
      <DataTable.Col source="plan.id" label="Plan" disableSort>
        <ReferenceField source="plan.id" reference="Plan" link="show" />
      </DataTable.Col>
      <DataTable.Col source="createdAt" label="Sent" field={UkDateTimeField} />
      <DataTable.Col source="expiresOn" label="Works until" field={UkDateField} />
      <DataTable.Col source="usedAt" label="Answered" field={UkDateTimeField} />
    </RecordList>
  ),
  show: () => (
    <RecordShow heading="Survey invitation">
      <ReferenceField source="template.id" reference="SurveyTemplate" link="show" label="Survey" />
      <ReferenceField source="plan.id" reference="Plan" link="show" label="Plan" />
      <UkDateTimeField source="createdAt" label="Sent" />
      <UkDateField source="expiresOn" label="Works until" />
      <UkDateTimeField source="usedAt" label="Answered" emptyText="Not yet" />
      <TextField source="id" label="Reference" />
    </RecordShow>
  ),
  create: InvitationCreate,
  recordRepresentation: (record: RaRecord) => `Invitation sent ${String(record.createdAt ?? '').slice(0, 10).split('-').reverse().join('/')}`,
};
