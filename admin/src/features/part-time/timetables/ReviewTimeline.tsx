import { Box, Card, CardContent, Typography } from '@mui/material';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  CreateBase,
  DataTable,
  DateInput,
  ListContextProvider,
  NumberInput,
  SaveButton,
  SelectField,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  required,
  useCanAccess,
  useGetList,
  useList,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { UkDateField, ukDate } from '../../../common/fields';
import { FormRow } from '../../../common/inputs';
import { decisionChoices } from './choices';
import { today } from '../../../common/dates';

interface Review {
  id: string;
  reviewDate: string;
  hoursPerWeek: number;
  decision: string;
  notes?: string | null;
  nextReviewDate?: string | null;
}

/** The hours at the start and after each review: whether they rise towards the full-time week. */
const HoursChart = ({ start, until, startHours, fullTime, reviews }: { start: string; until: string; startHours: number; fullTime: number; reviews: Review[] }) => {
  const points = [{ date: start, hours: startHours }, ...reviews.map((r) => ({ date: r.reviewDate, hours: r.hoursPerWeek }))];
  // The line runs on to its end (or today) at the hours it last had.
  if (until > points[points.length - 1]!.date) points.push({ date: until, hours: points[points.length - 1]!.hours });
  return (
    // One image to a screen reader, whose user reads the same hours in the reviews' table below.
    <Box sx={{ height: 220 }} role="img" aria-label="Hours a week over time, as in the reviews below">
      <ResponsiveContainer>
        <LineChart data={points} margin={{ top: 10, right: 30, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" tickFormatter={ukDate} />
          <YAxis domain={[0, Math.ceil(fullTime)]} unit=" h" />
          <Tooltip labelFormatter={(label) => ukDate(String(label))} />
          <ReferenceLine y={fullTime} stroke="#2e7d32" strokeDasharray="6 3" label={{ value: `Full time ${fullTime} h`, position: 'insideTopRight' }} />
          <Line type="stepAfter" dataKey="hours" name="Hours a week" stroke="#1565c0" strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
};

/** Records a review; the API moves the timetable on (hours, next review, or its end). */
const AddReview = ({ timetableId, disabled }: { timetableId: string; disabled: boolean }) => {
  const refresh = useRefresh();
  if (disabled) return null;
  return (
    <CreateBase resource="PartTimeReview" redirect={false} record={{ timetable: { id: timetableId } }} mutationOptions={{ onSuccess: () => refresh() }}>
      <SimpleForm toolbar={<Toolbar><SaveButton label="Record the review" /></Toolbar>} sx={{ px: 0 }}>
        <FormRow columns={4}>
          <DateInput source="reviewDate" label="Review date" validate={required()} />
          <NumberInput source="hoursPerWeek" label="Hours a week from now" validate={required()} step={0.5} />
          <SelectInput source="decision" label="Decision" choices={decisionChoices} validate={required()} />
          <DateInput source="nextReviewDate" label="Next review" helperText="Not when ending it" />
        </FormRow>
        <TextInput source="notes" label="Notes" multiline fullWidth />
      </SimpleForm>
    </CreateBase>
  );
};

export const ReviewTimeline = () => {
  const timetable = useRecordContext();
  const { data, isPending } = useGetList<Review>(
    'PartTimeReview',
    { filter: { timetableId: timetable?.id }, sort: { field: 'reviewDate', order: 'ASC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: !!timetable?.id },
  );
  const list = useList({ data: data ?? [], isPending });
  const { canAccess: mayReview } = useCanAccess({ resource: 'PartTimeReview', action: 'create' });
  if (!timetable) return null;
  return (
    <Card variant="outlined" sx={{ mx: 2, mb: 2 }}>
      <CardContent>
        <Typography variant="subtitle1" component="h3">
          Hours over time
        </Typography>
        <HoursChart start={timetable.startDate} until={timetable.endedOn ?? today()} startHours={timetable.hoursPerWeek} fullTime={timetable.fullTimeHours} reviews={data ?? []} />
        <ListContextProvider value={list}>
          <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography variant="body2">No reviews yet.</Typography>}>
            <DataTable.Col source="reviewDate" label="Reviewed" field={UkDateField} disableSort />
            <DataTable.Col source="hoursPerWeek" label="Hours a week" disableSort />
            <DataTable.Col source="decision" label="Decision" disableSort>
              <SelectField source="decision" choices={decisionChoices} />
            </DataTable.Col>
            <DataTable.Col source="notes" label="Notes" disableSort />
            <DataTable.Col source="nextReviewDate" label="Next review" field={UkDateField} disableSort />
          </DataTable>
        </ListContextProvider>
        {mayReview ? (
          <>
            <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
              Record a review
            </Typography>
            <AddReview timetableId={String(timetable.id)} disabled={timetable.status !== 'ACTIVE'} />
          </>
        ) : null}
      </CardContent>
    </Card>
  );
};
