import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { FrameworkMenu } from '../features/framework-dashboard/FrameworkMenu';
import { AppBar } from './AppBar';

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={FrameworkMenu}>
    {children}
  </RaLayout>
);
