/** Audits of EHC plans, their cycles, scoring, moderation, follow-up actions and rubrics: api/src/features/ehcp-audits. */
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BalanceIcon from '@mui/icons-material/Balance';
import RuleIcon from '@mui/icons-material/Rule';
import type { AdminFeature } from '../../common/feature';
import auditCycles from './audit-cycles';
import { CriterionFindings } from './criterion-findings/CriterionFindings';
import audits, { MyAudits, ScoreAudit } from './audits';
import followUpActions from './follow-up-actions';
import { ModerationQueue } from './moderation/ModerationQueue';
import { rubricVersions, rubrics } from './rubrics';

export const feature: AdminFeature = {
  resources: [audits, auditCycles, followUpActions, rubrics, rubricVersions],
  routes: [
    { path: '/my-audits', element: <MyAudits /> },
    { path: '/Audit/:id/score', element: <ScoreAudit /> },
    { path: '/moderation', element: <ModerationQueue /> },
    { path: '/criterion-findings', element: <CriterionFindings /> },
  ],
  menu: [
    // Those who may score an audit are those who may be given one.
    { group: 'audits', to: '/my-audits', label: 'My audits', icon: AssignmentIndIcon, operation: 'saveAuditSection' },
    { group: 'audits', to: '/moderation', label: 'Moderation queue', icon: BalanceIcon, operation: 'recordModeratorGrade' },
    { group: 'audits', resource: 'Audit' },
    { group: 'audits', resource: 'AuditCycle' },
    { group: 'audits', resource: 'FollowUpAction' },
    { group: 'audits', to: '/criterion-findings', label: 'Criterion findings', icon: RuleIcon, operation: 'criterionFindings', dashboard: true },
    // Setting the rubric is the administrators' work, not the auditors'.
    { group: 'administration', resource: 'Rubric' },
  ],
};
