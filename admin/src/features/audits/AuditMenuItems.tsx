import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BalanceIcon from '@mui/icons-material/Balance';
import { Menu } from 'react-admin';
import { getRoles } from '../../common/session';

/** My audits for whoever may be given audits; the moderation queue for whoever may moderate. */
export const AuditMenuItems = () => {
  const roles = getRoles();
  const audits = roles.some((r) => r === 'AUDITOR' || r === 'QA_OFFICER' || r === 'DCO');
  const moderates = audits || roles.includes('ADMIN');
  return (
    <>
      {audits ? <Menu.Item to="/my-audits" primaryText="My audits" leftIcon={<AssignmentIndIcon />} /> : null}
      {moderates ? <Menu.Item to="/moderation" primaryText="Moderation queue" leftIcon={<BalanceIcon />} /> : null}
    </>
  );
};
