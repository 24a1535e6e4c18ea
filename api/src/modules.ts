import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from './core/auth/auth.resolver.js';
import { Session } from './core/auth/session.entity.js';
import { SignInThrottleCount } from './core/auth/sign-in-throttle.entity.js';
import { User } from './core/auth/user.entity.js';
import { UserResolver } from './core/auth/user.resolver.js';
import { BaseRecord } from './core/db/base-record.js';
import { ChangeRecord } from './core/history/change-record.entity.js';
import { ChangeRecordResolver } from './core/history/history.resolver.js';
import { LocalAuthorityRecord } from './core/tenancy/local-authority-record.js';
import { LocalAuthority } from './core/tenancy/local-authority.entity.js';
import { LocalAuthorityResolver } from './core/tenancy/local-authority.resolver.js';
import { AuditOutcome, AuditOutcomeCount } from './features/ehcp-audits/audit-outcome.entity.js';
import { Audit } from './features/ehcp-audits/audit.entity.js';
import { AuditResolver } from './features/ehcp-audits/audit.resolver.js';
import { AuditCycle } from './features/ehcp-audits/cycle.entity.js';
import { AuditCycleResolver } from './features/ehcp-audits/cycle.resolver.js';
import { FollowUpAction } from './features/ehcp-audits/follow-up-action.entity.js';
import { FollowUpActionResolver } from './features/ehcp-audits/follow-up-action.resolver.js';
import { Rubric, RubricVersion } from './features/ehcp-audits/rubric.entity.js';
import { RubricResolver, RubricVersionResolver } from './features/ehcp-audits/rubric.resolver.js';
import { Child } from './features/people/child.entity.js';
import { ChildResolver } from './features/people/child.resolver.js';
import { Plan } from './features/people/plan.entity.js';
import { PlanResolver } from './features/people/plan.resolver.js';
import { Setting } from './features/people/setting.entity.js';
import { SettingResolver } from './features/people/setting.resolver.js';
import { Team } from './features/people/team.entity.js';
import { TeamResolver } from './features/people/team.resolver.js';
import { AnnualReview } from './features/people/annual-review.entity.js';
import { AnnualReviewResolver } from './features/people/annual-review.resolver.js';
import { HealthAdvice } from './features/health/health-advice.entity.js';
import { HealthAdviceResolver } from './features/health/health-advice.resolver.js';
import { HealthSignOff } from './features/health/health-sign-off.entity.js';
import { HealthSignOffResolver } from './features/health/health-sign-off.resolver.js';
import { HealthFiguresResolver } from './features/health/health.resolver.js';
import { ImprovementAction, ImprovementOutcome, Milestone, Workstream } from './features/qa-framework/improvement-plan.entity.js';
import { ImprovementActionResolver, ImprovementOutcomeResolver, MilestoneResolver, WorkstreamResolver } from './features/qa-framework/improvement-plan.resolver.js';
import { Kpi, KpiValue } from './features/qa-framework/kpi.entity.js';
import { KpiResolver, KpiValueResolver } from './features/qa-framework/kpi.resolver.js';
import { HighlightReport } from './features/qa-framework/report.entity.js';
import { HighlightReportResolver } from './features/qa-framework/report.resolver.js';
import { PartTimeFiguresResolver } from './features/part-time/figures.resolver.js';
import { PartTimePolicy, SchoolWeek } from './features/part-time/policy.entity.js';
import { PartTimePolicyResolver } from './features/part-time/policy.resolver.js';
import { SchoolReturnResolver } from './features/part-time/returns.resolver.js';
import { PartTimeReviewResolver } from './features/part-time/review.resolver.js';
import { PartTimeReview, PartTimeTimetable, SchoolReturn } from './features/part-time/timetable.entity.js';
import { PartTimeTimetableResolver } from './features/part-time/timetable.resolver.js';
import { CommissionedOutcome } from './features/placements/commissioned-outcome.entity.js';
import { CommissionedOutcomeResolver } from './features/placements/commissioned-outcome.resolver.js';
import { PlacementHighlightsResolver } from './features/placements/highlights.resolver.js';
import { MonitoringVisit } from './features/placements/monitoring-visit.entity.js';
import { MonitoringVisitResolver } from './features/placements/monitoring-visit.resolver.js';
import { OutcomeReview } from './features/placements/outcome-review.entity.js';
import { OutcomeReviewResolver } from './features/placements/outcome-review.resolver.js';
import { Placement } from './features/placements/placement.entity.js';
import { PlacementResolver } from './features/placements/placement.resolver.js';
import { CommissioningPolicy } from './features/placements/policy.entity.js';
import { CommissioningPolicyResolver } from './features/placements/policy.resolver.js';
import { ProviderDocument } from './features/placements/provider-document.entity.js';
import { ProviderDocumentResolver } from './features/placements/provider-document.resolver.js';
import { Provider } from './features/placements/provider.entity.js';
import { ProviderResolver } from './features/placements/provider.resolver.js';
import { VisitAction } from './features/placements/visit-action.entity.js';
import { VisitActionResolver } from './features/placements/visit-action.resolver.js';
import { AssessmentRequest } from './features/statutory-timeline/assessment-request.entity.js';
import { AssessmentRequestResolver } from './features/statutory-timeline/assessment-request.resolver.js';
import { DeadlineResolver } from './features/statutory-timeline/deadlines.resolver.js';
import { TimelineFiguresResolver } from './features/statutory-timeline/figures.resolver.js';
import { AnnualReviewStepsResolver, PlanTimelineResolver } from './features/statutory-timeline/plan-timeline.resolver.js';

/** Every entity and resolver of the application; a new feature adds its own here. */
export const entities = [
  BaseRecord,
  LocalAuthorityRecord,
  LocalAuthority,
  User,
  Session,
  SignInThrottleCount,
  ChangeRecord,
  Team,
  Setting,
  Child,
  Plan,
  Rubric,
  RubricVersion,
  AuditCycle,
  Audit,
  AuditOutcome,
  AuditOutcomeCount,
  FollowUpAction,
  AnnualReview,
  HealthAdvice,
  HealthSignOff,
  Kpi,
  KpiValue,
  Workstream,
  ImprovementOutcome,
  ImprovementAction,
  Milestone,
  HighlightReport,
  PartTimePolicy,
  SchoolWeek,
  SchoolReturn,
  PartTimeTimetable,
  PartTimeReview,
  CommissioningPolicy,
  Provider,
  ProviderDocument,
  Placement,
  CommissionedOutcome,
  MonitoringVisit,
  VisitAction,
  OutcomeReview,
  AssessmentRequest,
];

export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  LocalAuthorityResolver,
  ChangeRecordResolver,
  TeamResolver,
  SettingResolver,
  ChildResolver,
  PlanResolver,
  RubricResolver,
  RubricVersionResolver,
  AuditCycleResolver,
  AuditResolver,
  FollowUpActionResolver,
  AnnualReviewResolver,
  HealthAdviceResolver,
  HealthSignOffResolver,
  HealthFiguresResolver,
  KpiResolver,
  KpiValueResolver,
  WorkstreamResolver,
  ImprovementOutcomeResolver,
  ImprovementActionResolver,
  MilestoneResolver,
  HighlightReportResolver,
  PartTimePolicyResolver,
  PartTimeTimetableResolver,
  PartTimeReviewResolver,
  SchoolReturnResolver,
  PartTimeFiguresResolver,
  CommissioningPolicyResolver,
  ProviderResolver,
  ProviderDocumentResolver,
  PlacementResolver,
  CommissionedOutcomeResolver,
  MonitoringVisitResolver,
  VisitActionResolver,
  OutcomeReviewResolver,
  PlacementHighlightsResolver,
  AssessmentRequestResolver,
  PlanTimelineResolver,
  AnnualReviewStepsResolver,
  DeadlineResolver,
  TimelineFiguresResolver,
];
