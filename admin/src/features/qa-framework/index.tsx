/** KPIs and their values, the improvement plan, highlight reports and the framework dashboard: api/src/features/qa-framework. */
import DashboardCustomizeIcon from '@mui/icons-material/DashboardCustomize';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import type { AdminFeature } from '../../common/feature';
import { FrameworkDashboard } from './framework-dashboard/FrameworkDashboard';
import highlightReports from './highlight-reports';
import { ImprovementPlanBoard } from './improvement-plan/ImprovementPlanBoard';
import { improvementActions, improvementOutcomes, milestones, workstreams } from './improvement-plan/resources';
import kpiValues from './kpi-values';
import kpis from './kpis';

export const feature: AdminFeature = {
  resources: [kpis, kpiValues, workstreams, improvementOutcomes, improvementActions, milestones, highlightReports],
  routes: [
    { path: '/framework', element: <FrameworkDashboard /> },
    { path: '/improvement-plan', element: <ImprovementPlanBoard /> },
  ],
  menu: [
    { group: 'framework', to: '/framework', label: 'QA framework', icon: DashboardCustomizeIcon, operation: 'kpiScorecard', dashboard: true, home: FrameworkDashboard },
    { group: 'framework', to: '/improvement-plan', label: 'Improvement plan board', icon: ViewKanbanIcon, operation: 'improvementPlanBoard', dashboard: true },
    { group: 'framework', resource: 'Kpi' },
    { group: 'framework', resource: 'KpiValue' },
    { group: 'framework', resource: 'Workstream' },
    { group: 'framework', resource: 'ImprovementOutcome' },
    { group: 'framework', resource: 'ImprovementAction' },
    { group: 'framework', resource: 'Milestone' },
    { group: 'framework', resource: 'HighlightReport' },
  ],
};
