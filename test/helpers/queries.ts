/** The GraphQL the tests send, written once. */
export const PLAN_FIELDS = 'id version status requestDate issueDate lastAnnualReviewDate child { id caseReference } setting { id } team { id } localAuthority { id code }';

export const ALL_PLANS = `query ($page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder, $filter: PlanFilter) {
  allPlans(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { ${PLAN_FIELDS} }
  _allPlansMeta(filter: $filter) { count }
}`;

export const PLAN = `query ($id: UUID!) { Plan(id: $id) { ${PLAN_FIELDS} } }`;

export const CREATE_PLAN = `mutation ($childId: UUID!, $status: PlanStatus!, $requestDate: LocalDate!, $issueDate: LocalDate, $settingId: UUID, $teamId: UUID) {
  createPlan(childId: $childId, status: $status, requestDate: $requestDate, issueDate: $issueDate, settingId: $settingId, teamId: $teamId) { ${PLAN_FIELDS} }
}`;

export const UPDATE_PLAN = `mutation ($id: UUID!, $version: Int!, $status: PlanStatus, $issueDate: LocalDate, $lastAnnualReviewDate: LocalDate, $teamId: UUID) {
  updatePlan(id: $id, version: $version, status: $status, issueDate: $issueDate, lastAnnualReviewDate: $lastAnnualReviewDate, teamId: $teamId) { ${PLAN_FIELDS} }
}`;

export const DELETE_PLAN = 'mutation ($id: UUID!) { deletePlan(id: $id) { id } }';

export const CREATE_CHILD = `mutation ($localAuthorityId: UUID!, $caseReference: String!, $dateOfBirth: LocalDate!, $sex: Sex!, $primaryNeed: PrimaryNeed!) {
  createChild(localAuthorityId: $localAuthorityId, caseReference: $caseReference, dateOfBirth: $dateOfBirth, sex: $sex, primaryNeed: $primaryNeed) { id version caseReference }
}`;
