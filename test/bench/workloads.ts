/**
 * The requests the side-by-side benchmark times, each as the API is asked it and as the hand-written
 * server (hand-written.ts) is: both must answer the same bytes (test/api/side-by-side.test.ts).
 */
export const PLAN_LIST = `query ($perPage: Int) {
  allPlans(perPage: $perPage) {
    id version status requestDate issueDate lastAnnualReviewDate
    child { id caseReference primaryNeed } setting { id name } team { id name } localAuthority { id code name }
  }
  _allPlansMeta { count }
}`;
export const PLAN = `query ($id: UUID!) {
  Plan(id: $id) {
    id version status requestDate issueDate
    child { id caseReference dateOfBirth primaryNeed } setting { id name phase } team { id name } localAuthority { id code name }
  }
}`;
export const AUDIT_LIST = `query ($perPage: Int) {
  allAudits(perPage: $perPage) {
    id status lens overallGrade agreedGrade submittedAt
    cycle { id name } plan { id child { id caseReference } } auditor { id displayName } moderator { id displayName }
  }
  _allAuditsMeta { count }
}`;

export interface Workload {
  name: string;
  /** A list of 25 rows, held to the p95 target. */
  list25: boolean;
  query: string;
  variables: Record<string, unknown>;
  /** The hand-written server's path for the same request. */
  handWritten: string;
}

/** Every timed workload; `planId` names the record Plan(id) reads. */
export function workloads(planId: string): Workload[] {
  return [
    { name: 'allPlans, 25 rows with child, setting, team, authority, and the count', list25: true, query: PLAN_LIST, variables: { perPage: 25 }, handWritten: '/plans?perPage=25' },
    { name: 'allPlans, 100 rows, the same', list25: false, query: PLAN_LIST, variables: { perPage: 100 }, handWritten: '/plans?perPage=100' },
    { name: 'allAudits, 25 rows with cycle, plan and child, auditor, moderator, and the count', list25: true, query: AUDIT_LIST, variables: { perPage: 25 }, handWritten: '/audits?perPage=25' },
    { name: 'Plan(id) with child, setting, team, authority', list25: false, query: PLAN, variables: { id: planId }, handWritten: `/plan?id=${planId}` },
  ];
}
