import { Alert, useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, ReferenceField, SelectField, SelectInput, SimpleList } from 'react-admin';
import { auditStatusChoices } from '../../common/choices';
import { getUser } from '../../common/session';
import { AuditColumns, CaseReferenceField } from './AuditList';

const MINE = ['ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'SUBMITTED', 'MODERATED', 'FINAL'];

/** The signed-in auditor's queue: a row opens the scoring screen. */
export const MyAudits = () => {
  const me = getUser();
  // On a phone, one line per audit rather than a table wider than the screen.
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  if (!me) return null;
  return (
    <List
      resource="Audit"
      title="My audits"
      filter={{ auditorId: me.id }}
      filters={[<SelectInput key="status" source="status" label="Status" choices={auditStatusChoices.filter((c) => MINE.includes(c.id))} alwaysOn />]}
      sort={{ field: 'status', order: 'ASC' }}
      perPage={25}
      exporter={false}
      actions={false}
      empty={<Alert severity="info" sx={{ m: 2 }}>No audits are assigned to you.</Alert>}
    >
      {phone ? (
        <SimpleList
          rowClick={(id) => `/Audit/${id}/score`}
          primaryText={<CaseReferenceField />}
          secondaryText={<SelectField source="status" choices={auditStatusChoices} />}
          tertiaryText={<ReferenceField source="cycle.id" reference="AuditCycle" link={false} />}
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={(id) => `/Audit/${id}/score`}>
          <AuditColumns />
        </DataTable>
      )}
    </List>
  );
};
