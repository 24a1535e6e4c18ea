import { Menu as RaMenu } from 'react-admin';
import { AuditMenuItems } from '../features/audits/AuditMenuItems';
import { FrameworkMenuItems } from '../features/framework-dashboard/FrameworkMenuItems';

/** react-admin's menu (dashboard, then the resources the user may list) with the features' own pages. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <AuditMenuItems />
    <FrameworkMenuItems />
    <RaMenu.ResourceItems />
  </RaMenu>
);
