import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { useFocusAfterNavigation } from '../common/focus';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

export const Layout = ({ children }: { children: ReactNode }) => {
  useFocusAfterNavigation();
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
};
