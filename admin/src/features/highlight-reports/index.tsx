import SummarizeIcon from '@mui/icons-material/Summarize';
import { Button, Stack } from '@mui/material';
import {
  DataTable,
  DateInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  type RaRecord,
} from 'react-admin';
import { reportAudienceChoices, reportStatusChoices } from '../../common/choices';
import { KeyColumn, LocalAuthorityColumn } from '../../common/columns';
import { LocalAuthorityField, UkDateTimeField } from '../../common/fields';
import { LocalAuthorityInput, localAuthorityFilter } from '../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../common/pages';
import { mayCall } from '../../common/permissions';
import { downloadFile, runMutation, runQuery } from '../framework-dashboard/graphql';

type ReportFile = { filename: string; contentType: string; base64: string };
import { ReportContent } from './ReportContent';
import { today } from '../../common/dates';

const FILE = 'query ($id: UUID!, $format: ReportFormat!) { highlightReportFile(id: $id, format: $format) { filename contentType base64 } }';
const PUBLISH = 'mutation ($id: UUID!, $version: Int!) { publishHighlightReport(id: $id, version: $version) { id version status } }';

const Download = ({ id, format }: { id: string; format: 'PDF' | 'CSV' }) => {
  const notify = useNotify();
  return (
    <Button
      variant="outlined"
      onClick={async () => {
        try {
          downloadFile((await runQuery<{ highlightReportFile: ReportFile }>(FILE, { id, format })).highlightReportFile);
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
  const notify = useNotify();
  const refresh = useRefresh();
  if (!report) return null;
  const canPublish = report.status === 'DRAFT' && mayCall('publishHighlightReport');
  return (
    <Stack direction="row" spacing={1} sx={{ px: 2, py: 1 }}>
      {canPublish && (
        <Button
          variant="contained"
          onClick={async () => {
            try {
              await runMutation(PUBLISH, { id: report.id, version: report.version });
              notify('Published: the figures are frozen as they stand', { type: 'success' });
              refresh();
            } catch (error) {
              notify((error as Error).message, { type: 'error' });
            }
          }}
        >
          Publish
        </Button>
      )}
      <Download id={String(report.id)} format="PDF" />
      <Download id={String(report.id)} format="CSV" />
    </Stack>
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
    <RecordEdit>
      <TextInput source="title" label="Title" validate={required()} fullWidth />
      <CommentaryFields />
    </RecordEdit>
  ),
};
