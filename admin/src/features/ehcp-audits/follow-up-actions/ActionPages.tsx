import { Alert, Button } from '@mui/material';
import { Link, useLocation } from 'react-router-dom';
import { Title } from 'react-admin';
import { RecordCreate, RecordEdit } from '../../../common/pages';
import { ActionFormFields } from './ActionForm';

/** An action comes from an audit: its page opens this form with the audit set; without one there is nothing to raise it on. */
export const ActionCreate = () => {
  const audit = (useLocation().state as { record?: { audit?: { id?: string } } } | null)?.record?.audit?.id;
  if (!audit) {
    return (
      <>
        <Title title="New follow-up action" />
        <Alert severity="info" sx={{ mt: 2 }} action={<Button component={Link} to="/Audit">Audits</Button>}>
          A follow-up action is raised on an audit: open the audit and choose "Raise a follow-up action".
        </Alert>
      </>
    );
  }
  return (
    <RecordCreate title="New follow-up action">
      <ActionFormFields isCreate />
    </RecordCreate>
  );
};

export const ActionEdit = () => (
  <RecordEdit>
    <ActionFormFields isCreate={false} />
  </RecordEdit>
);
