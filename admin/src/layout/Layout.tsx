import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AuditMenuItems } from '../features/audits/AuditMenuItems';
import { AppBar } from './AppBar';
import { menuWith } from './Menu';

const Menu = menuWith(<AuditMenuItems />);

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu}>
    {children}
  </RaLayout>
);
