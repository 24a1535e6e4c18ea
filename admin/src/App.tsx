import { BrowserRouter } from 'react-router-dom';
import { Admin, Resource } from 'react-admin';
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
import * as placements from './features/placements';

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
      <Resource {...placements.placementDashboardResource} />
      <Resource {...placements.placementResource} />
      <Resource {...placements.providerResource} />
      <Resource {...placements.monitoringVisitResource} />
      <Resource {...placements.commissionedOutcomeResource} />
      <Resource {...placements.outcomeReviewResource} />
      <Resource {...placements.visitActionResource} />
      <Resource {...placements.providerDocumentResource} />
      <Resource {...placements.commissioningPolicyResource} />
    </Admin>
  </BrowserRouter>
);
