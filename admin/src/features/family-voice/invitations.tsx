/** Single-use survey links for a plan's family: the link is shown once, when made, to send. */
import LinkIcon from '@mui/icons-material/Link';
import { Alert, Box, Typography } from '@mui/material';
import { useLocation, useNavigate } from 'react-router-dom';
import { Create, DataTable, NullableBooleanInput, ReferenceField, SelectInput, SimpleForm, TextField, NumberInput, required, type RaRecord } from 'react-admin';
import { UkDateField, UkDateTimeField } from '../../common/fields';
import { PlanInput } from '../../common/inputs';
import { RecordList, RecordShow } from '../../common/pages';
import { surveyKindChoices } from './choices';

/** Where a family opens the survey: outside the sign-in. */
export const surveyLink = (token: string) => `${window.location.origin}/survey/${token}`;

/**
 * The token comes back only in the answer that made the invitation: it goes to the invitation's page in the
 * navigation's state, so it shows there this once and is gone on reload.
 */
const InvitationCreate = () => {
  const navigate = useNavigate();
  return (
    <Create
      title="New survey invitation"
      redirect={false}
      mutationOptions={{ onSuccess: (record: RaRecord) => navigate(`/SurveyInvitation/${String(record.id)}/show`, { state: { token: record.token } }) }}
    >
      <SimpleForm>
        <PlanInput />
        <SelectInput source="kind" label="Survey" choices={surveyKindChoices} validate={required()} helperText="The latest version of this survey in the plan's authority is sent" />
        <NumberInput source="daysValid" label="Days the link works" defaultValue={28} min={1} max={366} />
      </SimpleForm>
    </Create>
  );
};

const NewLink = () => {
  const token = (useLocation().state as { token?: string } | null)?.token;
  if (!token) return null;
  return (
    <Alert severity="success" sx={{ m: 2 }}>
      <Typography>Send this link to the family. It is shown only now, works once, and holds nothing about the child:</Typography>
      <Box component="code" data-testid="survey-link" sx={{ display: 'block', mt: 1, wordBreak: 'break-all', userSelect: 'all' }}>
        {surveyLink(token)}
      </Box>
    </Alert>
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
    <RecordShow heading="Survey invitation" related={<NewLink />}>
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
