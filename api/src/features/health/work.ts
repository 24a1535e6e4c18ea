import { Role } from '../../core/auth/roles.js';
import type { WorkItemSource } from '../../core/work/work-items.js';
import { TeamKind } from '../people/index.js';
import { AdviceRequest, adviceRequests } from '../statutory-timeline/index.js';

/** The product's default: the DCO reviews health advice within two weeks of its arrival. */
export const REVIEW_WITHIN_DAYS = 14;

const what = (advice: AdviceRequest) => `${advice.team.getEntity().name} for ${advice.plan.getEntity().child.getEntity().caseReference}`;

/** The DCO's work on health advice: advice that is late, and advice that has arrived to be reviewed. */
export const healthWork: WorkItemSource[] = [
  {
    kind: 'HEALTH_ADVICE_LATE',
    label: 'Health advice late',
    resource: adviceRequests,
    forRoles: [Role.DCO],
    waitingOn: (_user, today) => ({ team: { kind: TeamKind.HEALTH }, receivedOn: null, dueOn: { $lt: today } }),
    dueField: 'dueOn',
    populate: ['team', 'plan.child'],
    title: (advice: AdviceRequest) => `Advice from ${what(advice)}`,
  } satisfies WorkItemSource<AdviceRequest>,
  {
    kind: 'HEALTH_ADVICE_TO_REVIEW',
    label: 'Health advice to review',
    resource: adviceRequests,
    forRoles: [Role.DCO],
    waitingOn: () => ({ team: { kind: TeamKind.HEALTH }, receivedOn: { $ne: null }, noAdvice: false, reviewGrade: null }),
    dueField: 'receivedOn',
    dueAfterDays: REVIEW_WITHIN_DAYS,
    populate: ['team', 'plan.child'],
    title: (advice: AdviceRequest) => `Review the advice from ${what(advice)}`,
  } satisfies WorkItemSource<AdviceRequest>,
];
