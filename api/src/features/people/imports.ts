import { Role } from '../../core/auth/roles.js';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import {
  AUTHORITY_COLUMN,
  changesBetween,
  inBatches,
  rowAuthority,
  type ImportColumn,
  type ImportKindDefinition,
  type ImportRow,
  type RowPlan,
} from '../../core/imports/index.js';
import { Child } from './child.entity.js';
import { CASE_REFERENCE, checkDateOfBirth } from './child.rules.js';
import { OfstedRating, Phase, PlanStatus, PrimaryNeed, SettingType, Sex } from './enums.js';
import { Plan } from './plan.entity.js';
import { HELD_PLAN_STATUSES, NSA_CHILD_MESSAGE, checkPlanDates, checkPlanHolderNeed } from './plan.rules.js';
import { Setting } from './setting.entity.js';
import { Team } from './team.entity.js';

const identity = <T extends string>(values: Record<string, T>): Record<string, T> => Object.fromEntries(Object.values(values).map((v) => [v, v]));

const caseReference: ImportColumn = { name: 'CaseReference', description: "The council's case reference for the child (never a name)", type: 'text', required: true, maxLength: 40 };
const authority: ImportColumn = {
  name: AUTHORITY_COLUMN,
  description: 'DfE code of the local authority the row belongs to, which you must hold; empty: the authority imported into',
  type: 'text',
  sen2: true,
  maxLength: 3,
};

/** The columns that name a row's child, as `childrenOfRows` reads them: its case reference, described for the kind, and its authority. */
export function childKeyColumns(childDescription: string): ImportColumn[] {
  return [{ ...caseReference, description: childDescription }, authority];
}

/** The columns that name a row's plan, as `plansOfRows` reads them: the child's, and the plan's request date. */
export function planKeyColumns(childDescription: string, requestDateDescription = "The plan's request date (as in the plans import); may be empty when the child has one plan"): ImportColumn[] {
  return [...childKeyColumns(childDescription), { name: 'ReceivedDate', description: requestDateDescription, type: 'date', sen2: true }];
}

/** A case reference that could be a name is refused before it is stored or looked up. */
function checkCaseReference(row: ImportRow): string | null {
  const reference = String(row.values.CaseReference);
  if (!CASE_REFERENCE.test(reference)) {
    row.fail('CaseReference', 'caseReference', 'must be 1-40 letters, digits, "-" or "/" (a reference, never a name)');
    return null;
  }
  return reference;
}

/** Rows grouped by the authority they belong to, with their case references; rows naming no authority held have failed. */
function byAuthority(scope: Parameters<ImportKindDefinition['plan']>[0], rows: readonly ImportRow[]) {
  const groups = new Map<string, { localAuthorityId: string; rows: { row: ImportRow; reference: string }[] }>();
  for (const row of rows) {
    const la = rowAuthority(scope, row);
    const reference = checkCaseReference(row);
    if (!la || !reference) continue;
    const group = groups.get(la.id) ?? groups.set(la.id, { localAuthorityId: la.id, rows: [] }).get(la.id)!;
    group.rows.push({ row, reference });
  }
  return [...groups.values()];
}

async function childrenOf(scope: Parameters<ImportKindDefinition['plan']>[0], localAuthorityId: string, references: string[]): Promise<Map<string, Child>> {
  const found = await inBatches(references, (batch) => scope.em.find(Child, { localAuthority: localAuthorityId, caseReference: { $in: batch } }));
  return new Map(found.map((child) => [child.caseReference, child]));
}

/** Children: one row a child, matched on the case reference within its authority. */
export const childImport: ImportKindDefinition = {
  kind: 'CHILDREN',
  description: 'Children and young people: case reference, date of birth, sex, primary need',
  roles: CASEWORK_EDITORS,
  defaultMappingName: 'SEN2',
  keyColumns: ['CaseReference', AUTHORITY_COLUMN],
  columns: [
    caseReference,
    authority,
    { name: 'PersonBirthDate', description: 'Date of birth', type: 'date', required: true, sen2: true },
    { name: 'Sex', description: 'M or F (SEN2 codes), or MALE / FEMALE', type: 'code', required: true, sen2: true, codes: { M: Sex.MALE, F: Sex.FEMALE, ...identity(Sex) } },
    { name: 'SENtype', description: "Primary type of need, SEN2's codes (ASD, SEMH, SLCN, ...); NSA, the school census's SEN support code, only for a child who holds no plan", type: 'code', required: true, sen2: true, codes: identity(PrimaryNeed) },
    { name: 'ComplexHealthNeeds', description: 'Has complex health needs: yes or no (empty: no)', type: 'yesNo' },
    { name: 'LookedAfter', description: 'Is looked after (a child in care): yes or no (empty: no)', type: 'yesNo' },
  ],
  async plan(scope, rows) {
    const plans = new Map<ImportRow, RowPlan>();
    for (const group of byAuthority(scope, rows)) {
      const held = await childrenOf(scope, group.localAuthorityId, group.rows.map((r) => r.reference));
      const heldIds = [...held.values()].map((child) => child.id);
      const planHolders = new Set(
        (await inBatches(heldIds, (batch) => scope.em.find(Plan, { child: { $in: batch }, status: { $in: [...HELD_PLAN_STATUSES] } }))).map((plan) => plan.child.id),
      );
      for (const { row, reference } of group.rows) {
        const v = row.values;
        const errors = checkDateOfBirth(String(v.PersonBirthDate), scope.today, new FieldErrors(), 'PersonBirthDate');
        const known = held.get(reference);
        checkPlanHolderNeed(v.SENtype as PrimaryNeed, !!known && planHolders.has(known.id), errors, 'SENtype');
        for (const e of errors.list()) row.fail(e.field, e.rule, e.message);
        if (row.failed()) continue;
        const next: Partial<Child> = { dateOfBirth: String(v.PersonBirthDate), sex: v.Sex as Sex, primaryNeed: v.SENtype as PrimaryNeed };
        if (row.has('ComplexHealthNeeds')) next.complexHealthNeeds = v.ComplexHealthNeeds === true;
        if (row.has('LookedAfter')) next.lookedAfter = v.LookedAfter === true;
        const child = held.get(reference);
        if (!child) {
          plans.set(row, {
            key: reference,
            action: 'CREATE',
            changes: changesBetween(Child, {}, next),
            apply: () => void scope.em.create(Child, { localAuthority: group.localAuthorityId, caseReference: reference, ...next } as Child),
          });
          continue;
        }
        const changes = changesBetween(Child, child, next);
        plans.set(row, { key: reference, action: changes.length ? 'UPDATE' : 'UNCHANGED', changes, apply: () => void scope.em.assign(child, next) });
      }
    }
    return plans;
  },
};

/** A plan's field as the import names its column, for the plan rules' errors. */
const PLAN_COLUMNS: Record<string, string> = { requestDate: 'ReceivedDate', issueDate: 'StartDate', lastAnnualReviewDate: 'LastReview', status: 'PlanStatus' };

/** Plans: one row a plan, matched on the child's case reference and the request date, within its authority. */
export const planImport: ImportKindDefinition = {
  kind: 'PLANS',
  description: 'EHC plans with their statutory dates: the request, the issue of the final plan, the last annual review',
  roles: CASEWORK_EDITORS,
  defaultMappingName: 'SEN2',
  keyColumns: ['CaseReference', 'ReceivedDate', AUTHORITY_COLUMN],
  columns: [
    { ...caseReference, description: 'The case reference of the child (imported or entered before)' },
    authority,
    { name: 'ReceivedDate', description: 'Date the request for an EHC needs assessment was received', type: 'date', required: true, sen2: true },
    { name: 'PlanStatus', description: 'DRAFT, FINAL or CEASED; empty: FINAL when StartDate is given, else DRAFT', type: 'code', codes: identity(PlanStatus) },
    { name: 'StartDate', description: 'Date the final plan was issued', type: 'date', sen2: true },
    { name: 'LastReview', description: "Date of the last annual review (SEN2's LastReview: the date of the review's decision)", type: 'date', sen2: true },
    { name: 'URN', description: 'URN of the school or other institution named in section I (a setting held, of any authority)', type: 'text', sen2: true, maxLength: 8 },
    { name: 'CaseworkTeam', description: "Name of the casework team, one of the authority's teams", type: 'text', maxLength: 200 },
  ],
  async plan(scope, rows) {
    const plans = new Map<ImportRow, RowPlan>();
    const urns = [...new Set(rows.map((row) => row.values.URN).filter((urn): urn is string => typeof urn === 'string'))];
    const settings = new Map((await inBatches(urns, (batch) => scope.em.find(Setting, { urn: { $in: batch } }))).map((s) => [s.urn, s]));
    for (const group of byAuthority(scope, rows)) {
      const children = await childrenOf(scope, group.localAuthorityId, group.rows.map((r) => r.reference));
      const childIds = [...children.values()].map((child) => child.id);
      const held = await inBatches(childIds, (batch) => scope.em.find(Plan, { child: { $in: batch } }, { populate: ['setting', 'team'] }));
      const planOf = new Map(held.map((plan) => [`${plan.child.id} ${plan.requestDate}`, plan]));
      const teams = new Map((await scope.em.find(Team, { localAuthority: group.localAuthorityId })).map((team) => [team.name.toLowerCase(), team]));
      for (const { row, reference } of group.rows) {
        const v = row.values;
        const child = children.get(reference);
        if (!child) row.fail('CaseReference', 'exists', 'no child of this local authority has this case reference (import the children first)');
        const setting = typeof v.URN === 'string' ? settings.get(v.URN) : null;
        if (v.URN && !setting) row.fail('URN', 'exists', 'no setting has this URN (import the settings first)');
        const team = typeof v.CaseworkTeam === 'string' ? teams.get(v.CaseworkTeam.toLowerCase()) : null;
        if (v.CaseworkTeam && !team) row.fail('CaseworkTeam', 'exists', 'is not the name of one of this authority\'s teams');
        if (row.failed()) continue;
        const requestDate = String(v.ReceivedDate);
        const plan = planOf.get(`${child!.id} ${requestDate}`);
        const next: Record<string, unknown> = {};
        if (row.has('StartDate')) next.issueDate = v.StartDate;
        if (row.has('LastReview')) next.lastAnnualReviewDate = v.LastReview;
        const issueDate = (next.issueDate ?? plan?.issueDate ?? null) as string | null;
        if (v.PlanStatus) next.status = v.PlanStatus;
        else if (!plan || row.has('StartDate')) next.status = issueDate ? PlanStatus.FINAL : PlanStatus.DRAFT;
        const dates = {
          status: (next.status ?? plan!.status) as PlanStatus,
          requestDate,
          issueDate,
          lastAnnualReviewDate: (row.has('LastReview') ? v.LastReview : (plan?.lastAnnualReviewDate ?? null)) as string | null,
        };
        const errors = checkPlanHolderNeed(child!.primaryNeed, HELD_PLAN_STATUSES.includes(dates.status), new FieldErrors(), 'CaseReference', NSA_CHILD_MESSAGE);
        for (const e of checkPlanDates(dates, child!.dateOfBirth, scope.today, errors).list()) row.fail(PLAN_COLUMNS[e.field] ?? e.field, e.rule, e.message);
        if (row.failed()) continue;
        // Relations are compared and shown by what the file names them by.
        const shownNext = { ...next, ...(row.has('URN') ? { setting: setting?.urn ?? null } : {}), ...(row.has('CaseworkTeam') ? { team: team?.name ?? null } : {}) };
        const relations = { ...(row.has('URN') ? { setting: setting ?? null } : {}), ...(row.has('CaseworkTeam') ? { team: team ?? null } : {}) };
        const key = `${reference} ${requestDate}`;
        if (!plan) {
          plans.set(row, {
            key,
            action: 'CREATE',
            changes: changesBetween(Plan, {}, { requestDate, ...shownNext }),
            apply: () => void scope.em.create(Plan, { localAuthority: group.localAuthorityId, child: child!, requestDate, ...next, ...relations } as unknown as Plan),
          });
          continue;
        }
        const current = { ...plan, setting: plan.setting?.getEntity().urn ?? null, team: plan.team?.getEntity().name ?? null };
        const changes = changesBetween(Plan, current, shownNext);
        plans.set(row, { key, action: changes.length ? 'UPDATE' : 'UNCHANGED', changes, apply: () => void scope.em.assign(plan, { ...next, ...relations } as Partial<Plan>) });
      }
    }
    return plans;
  },
};

/** GIAS's establishment types, by the name its extract gives them, as the product's setting types. */
const GIAS_TYPES: Record<string, SettingType> = {
  'Community school': SettingType.MAINSTREAM,
  'Voluntary aided school': SettingType.MAINSTREAM,
  'Voluntary controlled school': SettingType.MAINSTREAM,
  'Foundation school': SettingType.MAINSTREAM,
  'Academy converter': SettingType.MAINSTREAM,
  'Academy sponsor led': SettingType.MAINSTREAM,
  'Free schools': SettingType.MAINSTREAM,
  'Studio schools': SettingType.MAINSTREAM,
  'University technical college': SettingType.MAINSTREAM,
  'Community special school': SettingType.SPECIAL,
  'Foundation special school': SettingType.SPECIAL,
  'Academy special converter': SettingType.SPECIAL,
  'Academy special sponsor led': SettingType.SPECIAL,
  'Free schools special': SettingType.SPECIAL,
  'Non-maintained special school': SettingType.NON_MAINTAINED_SPECIAL,
  'Other independent special school': SettingType.INDEPENDENT_SPECIAL,
  'Pupil referral unit': SettingType.ALTERNATIVE_PROVISION,
  'Academy alternative provision converter': SettingType.ALTERNATIVE_PROVISION,
  'Academy alternative provision sponsor led': SettingType.ALTERNATIVE_PROVISION,
  'Free schools alternative provision': SettingType.ALTERNATIVE_PROVISION,
  'Further education': SettingType.FURTHER_EDUCATION,
  'Sixth form centres': SettingType.FURTHER_EDUCATION,
  'Special post 16 institution': SettingType.INDEPENDENT_SPECIALIST_COLLEGE,
  'Local authority nursery school': SettingType.EARLY_YEARS,
  ...identity(SettingType),
};

/** GIAS's phases; "Not applicable", which GIAS gives most special schools and pupil referral units (they take a range of ages), reads as all-through. */
const GIAS_PHASES: Record<string, Phase> = {
  Nursery: Phase.EARLY_YEARS,
  Primary: Phase.PRIMARY,
  'Middle deemed primary': Phase.PRIMARY,
  Secondary: Phase.SECONDARY,
  'Middle deemed secondary': Phase.SECONDARY,
  '16 plus': Phase.POST_16,
  'All-through': Phase.ALL_THROUGH,
  'Not applicable': Phase.ALL_THROUGH,
  ...identity(Phase),
};

/** Ofsted's judgements as GIAS names them; serious weaknesses and special measures are the two categories of inadequate. */
const GIAS_OFSTED: Record<string, OfstedRating> = {
  Outstanding: OfstedRating.OUTSTANDING,
  Good: OfstedRating.GOOD,
  'Requires improvement': OfstedRating.REQUIRES_IMPROVEMENT,
  Inadequate: OfstedRating.INADEQUATE,
  'Serious Weaknesses': OfstedRating.INADEQUATE,
  'Special Measures': OfstedRating.INADEQUATE,
  ...identity(OfstedRating),
};

/**
 * Settings from a Get Information about Schools (GIAS) "edubase" extract, whose own headers are the
 * template: matched on the URN. A setting is kept by the authority imported into; GIAS's LA (code), the
 * area it is in, is recorded where it is another's.
 */
export const settingImport: ImportKindDefinition = {
  kind: 'SETTINGS',
  description: 'Schools, colleges and other settings, from a GIAS edubase extract',
  roles: [Role.ADMIN, Role.COMMISSIONER],
  defaultMappingName: 'GIAS',
  keyColumns: ['URN'],
  columns: [
    { name: 'URN', description: 'Unique reference number', type: 'text', required: true, maxLength: 8 },
    { name: 'EstablishmentName', description: 'Name', type: 'text', required: true, maxLength: 200 },
    { name: 'TypeOfEstablishment (name)', description: "GIAS's type of establishment (or a setting type)", type: 'code', required: true, codes: GIAS_TYPES },
    { name: 'PhaseOfEducation (name)', description: "GIAS's phase of education (or a phase)", type: 'code', required: true, codes: GIAS_PHASES },
    { name: 'LA (code)', description: 'DfE code of the local authority area the setting is in', type: 'text', maxLength: 3 },
    { name: 'Postcode', description: 'Postcode', type: 'text', maxLength: 8 },
    { name: 'OfstedRating (name)', description: 'Ofsted overall effectiveness; empty: not yet inspected', type: 'code', codes: GIAS_OFSTED },
    { name: 'OfstedLastInsp', description: 'Date of the last Ofsted inspection', type: 'date' },
  ],
  async plan(scope, rows) {
    const plans = new Map<ImportRow, RowPlan>();
    const urns = rows.map((row) => String(row.values.URN));
    const held = new Map((await inBatches(urns, (batch) => scope.em.find(Setting, { urn: { $in: batch } }))).map((s) => [s.urn, s]));
    const heldIds = new Set([...scope.held.values()].map((la) => la.id));
    for (const row of rows) {
      const v = row.values;
      const urn = String(v.URN);
      if (!/^\d{6,8}$/.test(urn)) row.fail('URN', 'urn', 'must be a URN: 6 to 8 digits');
      if (row.failed()) continue;
      const setting = held.get(urn);
      const owner = setting?.localAuthority.id ?? scope.localAuthority.id;
      const ownerCode = [...scope.held.values()].find((la) => la.id === owner)?.code ?? null;
      const next: Record<string, unknown> = { name: v.EstablishmentName, type: v['TypeOfEstablishment (name)'], phase: v['PhaseOfEducation (name)'] };
      if (row.has('LA (code)')) next.areaAuthorityCode = v['LA (code)'] && v['LA (code)'] !== ownerCode ? v['LA (code)'] : null;
      if (row.has('Postcode')) next.postcode = v.Postcode;
      if (row.has('OfstedRating (name)')) next.ofstedRating = v['OfstedRating (name)'] ?? OfstedRating.NOT_YET_INSPECTED;
      if (row.has('OfstedLastInsp')) next.ofstedInspectionDate = v.OfstedLastInsp;
      if (!setting) {
        plans.set(row, {
          key: urn,
          action: 'CREATE',
          changes: changesBetween(Setting, {}, { urn, ...next }),
          apply: () => void scope.em.create(Setting, { localAuthority: scope.localAuthority, urn, ...next } as unknown as Setting),
        });
        continue;
      }
      const changes = changesBetween(Setting, setting, next);
      if (changes.length && !heldIds.has(owner)) {
        row.fail('URN', 'ownAuthority', 'is a setting another local authority keeps: only it can change it');
        continue;
      }
      plans.set(row, { key: urn, action: changes.length ? 'UPDATE' : 'UNCHANGED', changes, apply: () => void scope.em.assign(setting, next) });
    }
    return plans;
  },
};

/**
 * The plan each row names, by the child's case reference and the plan's request date (the ReceivedDate
 * column), for the imports of what happens to plans (annual reviews, advice): where the file gives no
 * request date, the child's only plan. A row naming no plan held, or several, fails on those columns.
 */
export async function plansOfRows(scope: Parameters<ImportKindDefinition['plan']>[0], rows: readonly ImportRow[]): Promise<Map<ImportRow, { plan: Plan; key: string }>> {
  const found = new Map<ImportRow, { plan: Plan; key: string }>();
  for (const group of byAuthority(scope, rows)) {
    const children = await childrenOf(scope, group.localAuthorityId, group.rows.map((r) => r.reference));
    const held = await inBatches([...children.values()].map((child) => child.id), (batch) => scope.em.find(Plan, { child: { $in: batch } }, { orderBy: { requestDate: 'asc' } }));
    const plansOf = new Map<string, Plan[]>();
    for (const plan of held) (plansOf.get(plan.child.id) ?? plansOf.set(plan.child.id, []).get(plan.child.id)!).push(plan);
    for (const { row, reference } of group.rows) {
      const child = children.get(reference);
      if (!child) {
        row.fail('CaseReference', 'exists', 'no child of this local authority has this case reference');
        continue;
      }
      const plans = plansOf.get(child.id) ?? [];
      const requestDate = row.values.ReceivedDate;
      const matching = requestDate ? plans.filter((plan) => plan.requestDate === requestDate) : plans;
      if (matching.length === 1) found.set(row, { plan: matching[0]!, key: `${reference} ${matching[0]!.requestDate}` });
      else if (matching.length === 0) row.fail(requestDate ? 'ReceivedDate' : 'CaseReference', 'exists', requestDate ? 'the child has no plan requested on this date' : 'the child has no plan');
      else row.fail('ReceivedDate', 'whichPlan', `the child has ${matching.length} plans: give the request date of the one meant`);
    }
  }
  return found;
}

/** The child each row names by its case reference, within the row's authority; a row naming none held fails. */
export async function childrenOfRows(scope: Parameters<ImportKindDefinition['plan']>[0], rows: readonly ImportRow[]): Promise<Map<ImportRow, { child: Child; localAuthorityId: string; reference: string }>> {
  const found = new Map<ImportRow, { child: Child; localAuthorityId: string; reference: string }>();
  for (const group of byAuthority(scope, rows)) {
    const children = await childrenOf(scope, group.localAuthorityId, group.rows.map((r) => r.reference));
    for (const { row, reference } of group.rows) {
      const child = children.get(reference);
      if (child) found.set(row, { child, localAuthorityId: group.localAuthorityId, reference });
      else row.fail('CaseReference', 'exists', 'no child of this local authority has this case reference (import the children first)');
    }
  }
  return found;
}
