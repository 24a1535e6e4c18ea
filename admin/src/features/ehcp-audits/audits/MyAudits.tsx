import { Alert, Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, ReferenceField, SelectField, SimpleList, Title } from 'react-admin';
import { auditLensChoices, auditStatusChoices } from '../../../common/choices';
import { LocalAuthorityColumn } from '../../../common/columns';
import { CaseReferenceField, UkDateField } from '../../../common/fields';
import { getUser } from '../../../common/session';
import { GradeField } from './GradeField';

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** An audit is due when its cycle closes. */
const DueColumn = () => (
  <DataTable.Col source="dueOn" label="Due">
    <ReferenceField source="cycle.id" reference="AuditCycle" link={false}>
      <UkDateField source="closesOn" options={DAY_MONTH_YEAR} />
    </ReferenceField>
  </DataTable.Col>
);

const Columns = ({ done }: { done: boolean }) => (
  <>
    <DataTable.Col source="caseReference" label="Case reference">
      <CaseReferenceField />
    </DataTable.Col>
    <DueColumn />
    <DataTable.Col source="status" label="Status">
      <SelectField source="status" choices={auditStatusChoices} />
    </DataTable.Col>
    <DataTable.Col source="cycle" label="Cycle">
      <ReferenceField source="cycle.id" reference="AuditCycle" link={false} />
    </DataTable.Col>
    <DataTable.Col source="lens" label="Lens" disableSort>
      <SelectField source="lens" choices={auditLensChoices} emptyText="—" />
    </DataTable.Col>
    <LocalAuthorityColumn />
    {done ? (
      <DataTable.Col source="overallGrade" label="Overall grade" disableSort>
        <GradeField source="overallGrade" />
      </DataTable.Col>
    ) : null}
  </>
);

/** On a phone, one line per audit rather than a table wider than the screen. */
const Rows = ({ phone, done }: { phone: boolean; done: boolean }) =>
  phone ? (
    <SimpleList
      rowClick={(id) => `/Audit/${id}/score`}
      primaryText={<CaseReferenceField />}
      secondaryText={<SelectField source="status" choices={auditStatusChoices} />}
      tertiaryText={
        <ReferenceField source="cycle.id" reference="AuditCycle" link={false}>
          <UkDateField source="closesOn" options={DAY_MONTH_YEAR} />
        </ReferenceField>
      }
    />
  ) : (
    <DataTable bulkActionButtons={false} rowClick={(id) => `/Audit/${id}/score`}>
      <Columns done={done} />
    </DataTable>
  );

/**
 * The signed-in auditor's day: first the audits still to do (assigned, in progress or returned), the soonest
 * due at the top; then those done, the latest first. A row opens the scoring screen.
 */
export const MyAudits = () => {
  const me = getUser();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  if (!me) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="My audits" />
      <Typography variant="h6" component="h2" sx={{ mt: 1 }}>
        Still to do
      </Typography>
      <List
        data-testid="audits-to-do"
        resource="Audit"
        title=" "
        filter={{ auditorId: me.id, toDo: true }}
        sort={{ field: 'dueOn', order: 'ASC' }}
        perPage={25}
        exporter={false}
        actions={false}
        disableSyncWithLocation
        storeKey="myAudits.toDo"
        empty={<Alert severity="success" sx={{ my: 1 }}>Nothing to do: no audit is waiting for you.</Alert>}
      >
        <Rows phone={phone} done={false} />
      </List>
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
        Done
      </Typography>
      <List
        data-testid="audits-done"
        resource="Audit"
        title=" "
        filter={{ auditorId: me.id, toDo: false }}
        sort={{ field: 'dueOn', order: 'DESC' }}
        perPage={10}
        exporter={false}
        actions={false}
        disableSyncWithLocation
        storeKey="myAudits.done"
        empty={<Alert severity="info" sx={{ my: 1 }}>None submitted yet.</Alert>}
      >
        <Rows phone={phone} done />
      </List>
    </Box>
  );
};
