import { BrowserRouter, Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { Dashboard, GeneralDashboard } from './dashboard/Dashboard';
import { FEATURES } from './features';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { lightTheme } from './theme';
import { MyWork } from './work/MyWork';
import { TeamWork } from './work/TeamWork';

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
      {FEATURES.flatMap((feature) => feature.resources).map((resource) => (
        <Resource key={resource.name} {...resource} />
      ))}
      <CustomRoutes>
        <Route path="/my-work" element={<MyWork />} />
        {/* Those who land on My work find the dashboard's figures here. */}
        <Route path="/dashboard" element={<GeneralDashboard />} />
        <Route path="/team-work" element={<TeamWork />} />
        {FEATURES.flatMap((feature) => feature.routes ?? []).filter((route) => !route.noLayout).map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
      </CustomRoutes>
      <CustomRoutes noLayout>
        {FEATURES.flatMap((feature) => feature.routes ?? []).filter((route) => route.noLayout).map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
      </CustomRoutes>
    </Admin>
  </BrowserRouter>
);
