import { BrowserRouter, Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { lightTheme } from './theme';
import children from './features/children';
import history from './features/history';
import localAuthorities from './features/local-authorities';
import plans from './features/plans';
import settings from './features/settings';
import teams from './features/teams';
import users from './features/users';
import providers from './features/providers';
import placements from './features/placements';
import monitoringVisits from './features/monitoring-visits';
import { CommissionerDashboard } from './features/placements/CommissionerDashboard';

/** Real paths (/Plan/123/show), not hash URLs: the API serves index.html for every path. */
export const App = () => (
  <BrowserRouter>
    <Admin
      title="SEND QA"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      loginPage={LoginPage}
      layout={Layout}
      theme={lightTheme}
      defaultTheme="light"
      requireAuth
      disableTelemetry
    >
      <Resource {...plans} />
      <Resource {...children} />
      <Resource {...settings} />
      <Resource {...teams} />
      <Resource {...localAuthorities} />
      <Resource {...users} />
      <Resource {...history} />
      <Resource {...placements} />
      <Resource {...providers} />
      <Resource {...monitoringVisits} />
      <CustomRoutes>
        <Route path="/commissioning" element={<CommissionerDashboard />} />
      </CustomRoutes>
    </Admin>
  </BrowserRouter>
);
