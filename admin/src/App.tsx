import { BrowserRouter, Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { lightTheme } from './theme';
import children from './features/people/children';
import history from './features/administration/history';
import localAuthorities from './features/administration/local-authorities';
import plans from './features/people/plans';
import settings from './features/people/settings';
import teams from './features/people/teams';
import users from './features/administration/users';
import healthAdvice from './features/health/advice';
import healthSignOffs from './features/health/sign-offs';
import dcoWorkspace from './features/health/dco-workspace';
import annualReviews from './features/statutory-timeline/annual-reviews';
import kpis from './features/qa-framework/kpis';
import kpiValues from './features/qa-framework/kpi-values';
import { improvementActions, improvementOutcomes, milestones, workstreams } from './features/qa-framework/improvement-plan/resources';
import { ImprovementPlanBoard } from './features/qa-framework/improvement-plan/ImprovementPlanBoard';
import highlightReports from './features/qa-framework/highlight-reports';
import { FrameworkDashboard } from './features/qa-framework/framework-dashboard/FrameworkDashboard';
import partTimeTimetables, { PartTimeFigures, PartTimeReturns } from './features/part-time/timetables';
import audits, { MyAudits, ScoreAudit } from './features/ehcp-audits/audits';
import { ModerationQueue } from './features/ehcp-audits/moderation/ModerationQueue';
import auditCycles from './features/ehcp-audits/audit-cycles';
import followUpActions from './features/ehcp-audits/follow-up-actions';
import { rubricVersions, rubrics } from './features/ehcp-audits/rubrics';
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
      <Resource {...dcoWorkspace} />
      <Resource {...healthAdvice} />
      <Resource {...healthSignOffs} />
      <Resource {...annualReviews} />
      <Resource {...kpis} />
      <Resource {...kpiValues} />
      <Resource {...workstreams} />
      <Resource {...improvementOutcomes} />
      <Resource {...improvementActions} />
      <Resource {...milestones} />
      <Resource {...highlightReports} />
      <Resource {...partTimeTimetables} />
      <Resource name="PartTimeReview" />
      <Resource {...audits} />
      <Resource {...auditCycles} />
      <Resource {...followUpActions} />
      <Resource {...rubrics} />
      <Resource {...rubricVersions} />
      <Resource {...placements.placementDashboardResource} />
      <Resource {...placements.placementResource} />
      <Resource {...placements.providerResource} />
      <Resource {...placements.monitoringVisitResource} />
      <Resource {...placements.commissionedOutcomeResource} />
      <Resource {...placements.outcomeReviewResource} />
      <Resource {...placements.visitActionResource} />
      <Resource {...placements.providerDocumentResource} />
      <Resource {...placements.commissioningPolicyResource} />
      <CustomRoutes>
        <Route path="/framework" element={<FrameworkDashboard />} />
        <Route path="/improvement-plan" element={<ImprovementPlanBoard />} />
        <Route path="/part-time/figures" element={<PartTimeFigures />} />
        <Route path="/part-time/returns" element={<PartTimeReturns />} />
        <Route path="/my-audits" element={<MyAudits />} />
        <Route path="/Audit/:id/score" element={<ScoreAudit />} />
        <Route path="/moderation" element={<ModerationQueue />} />
      </CustomRoutes>
    </Admin>
  </BrowserRouter>
);
