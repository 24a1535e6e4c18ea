import type { ReactNode } from 'react';
import { Menu as RaMenu } from 'react-admin';

/** react-admin's menu (dashboard, then the resources the user may list) followed by the features' own pages. */
export const menuWith = (extra: ReactNode) => {
  const Menu = () => (
    <RaMenu>
      <RaMenu.DashboardItem />
      {extra}
      <RaMenu.ResourceItems />
    </RaMenu>
  );
  return Menu;
};
