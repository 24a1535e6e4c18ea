import SummarizeIcon from '@mui/icons-material/Summarize';
import { Alert, Button, Stack } from '@mui/material';
import {
  DataTable,
  DateInput,
  Edit,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useNotify,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { reportAudienceChoices, reportStatusChoices } from '../../../common/choices';
import { KeyColumn, LocalAuthorityColumn } from '../../../common/columns';
import { LocalAuthorityField, UkDateTimeField } from '../../../common/fields';
import { LocalAuthorityInput, localAuthorityFilter } from '../../../common/inputs';
import { RecordCreate, RecordList, RecordShow } from '../../../common/pages';
import { downloadFile, graphql, query, type ApiEnum } from '../../../common/graphql';
import { PublishButton } from './PublishDialog';
import { ReportContent } from './ReportContent';
import { today } from '../../../common/dates';

const FILE = graphql('query ($id: UUID!, $format: ReportFormat!) { highlightReportFile(id: $id, format: $format) { filename contentType base64 } }');

const Download = ({ id, format }: { id: string; format: ApiEnum<'ReportFormat'> }) => {
  const notify = useNotify();
  return (
    <Button
      variant="outlined"
      onClick={async () => {
        try {
          downloadFile((await query(FILE, { id, format })).highlightReportFile);
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        }
      }}
    >
      Download {format}
    </Button>
  );
};

const ReportActions = () => {
  const report = useRecordContext();
  if (!report) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ px: 2, py: 1 }}>
      <PublishButton />
      <Download id={String(report.id)} format="PDF" />
      <Download id={String(report.id)} format="CSV" />
    </Stack>
  );
};

/** A published report's text is frozen with its figures: its edit page says so instead of offering a form. */
const ReportEditForm = () => {
  const report = useRecordContext();
  if (report && report.status !== 'DRAFT') {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        This report is published: its text and figures are frozen and can no longer be edited.
      </Alert>
    );
  }
  return (
    <SimpleForm sx={{ maxWidth: 1040 }} warnWhenUnsavedChanges>
      <TextInput source="title" label="Title" validate={required()} fullWidth />
      <CommentaryFields />
    </SimpleForm>
  );
};

const Preview = () => {
  const report = useRecordContext();
  if (!report) return null;
  return (
    <>
      <ReportActions />
      <ReportContent id={String(report.id)} version={Number(report.version)} />
    </>
  );
};

const CommentaryFields = () => (
  <>
    <TextInput source="summary" label="Summary" multiline fullWidth />
    <TextInput source="kpiCommentary" label="Commentary on the KPIs" multiline fullWidth />
    <TextInput source="planCommentary" label="Commentary on the improvement plan" multiline fullWidth />
    <TextInput source="risks" label="Risks and issues" multiline fullWidth />
  </>
);

export default {
  name: 'HighlightReport',
  icon: SummarizeIcon,
  options: { label: 'Highlight reports' },
  recordRepresentation: (r: RaRecord) => String(r.title),
  list: () => (
    <RecordList title="Highlight reports" filters={[<SelectInput key="status" source="status" choices={reportStatusChoices} alwaysOn />, localAuthorityFilter]}>
      <KeyColumn source="title" label="Title" />
      <DataTable.Col source="period" label="Period" disableSort field={TextField} />
      <DataTable.Col source="audience" label="Audience">
        <SelectField source="audience" choices={reportAudienceChoices} />
      </DataTable.Col>
      <DataTable.Col source="status" label="Status">
        <SelectField source="status" choices={reportStatusChoices} />
      </DataTable.Col>
      <LocalAuthorityColumn />
    </RecordList>
  ),
  show: () => (
    <RecordShow heading="Highlight report" related={<Preview />} editable={(report) => report.status === 'DRAFT'}>
      <TextField source="title" label="Title" />
      <TextField source="period" label="Period" />
      <SelectField source="audience" label="Audience" choices={reportAudienceChoices} />
      <SelectField source="status" label="Status" choices={reportStatusChoices} />
      <UkDateTimeField source="publishedAt" label="Published" emptyText="Not yet" />
      <TextField source="publishedBy" label="Published by" emptyText="—" />
      <TextField source="summary" label="Summary" emptyText="—" />
      <TextField source="kpiCommentary" label="Commentary on the KPIs" emptyText="—" />
      <TextField source="planCommentary" label="Commentary on the improvement plan" emptyText="—" />
      <TextField source="risks" label="Risks and issues" emptyText="—" />
      <LocalAuthorityField label="Local authority" />
    </RecordShow>
  ),
  create: () => (
    <RecordCreate title="New highlight report" defaultValues={{ audience: 'PARTNERSHIP_GROUP', date: today() }} inLocalAuthority>
      <LocalAuthorityInput isCreate />
      <SelectInput source="audience" label="Audience" choices={reportAudienceChoices} validate={required()} />
      <DateInput source="date" label="Any day of the month or quarter reported on" validate={required()} />
      <TextInput source="summary" label="Summary" multiline fullWidth />
    </RecordCreate>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <ReportEditForm />
    </Edit>
  ),
};
