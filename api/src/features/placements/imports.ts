import { changesBetween, AUTHORITY_COLUMN, inBatches, type ImportKindDefinition, type ImportRow, type RowPlan } from '../../core/imports/index.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { planKeyColumns, PlanStatus, plansOfRows } from '../people/index.js';
import { AttendancePattern, PlacementStatus } from './enums.js';
import { Placement } from './placement.entity.js';
import { checkPlacementTerms, overlaps } from './placement.rules.js';
import { policiesOf } from './policy.service.js';
import { Provider } from './provider.entity.js';
import { COMMISSIONERS } from './provider.rules.js';
import { nextVisitDue } from './schedule.js';

/** The placement's fields, by the columns that carry them. */
const COLUMN_OF: Record<string, string> = {
  status: 'PlacementStatus',
  startDate: 'EntryDate',
  plannedEndDate: 'PlannedEndDate',
  endedOn: 'LeavingDate',
  contractReference: 'ContractReference',
  educationCost: 'EducationCost',
  healthCost: 'HealthCost',
  socialCareCost: 'SocialCareCost',
  attendancePattern: 'AttendancePattern',
  nightsPerWeek: 'NightsPerWeek',
  weeksPerYear: 'WeeksPerYear',
  noLocalProvisionReason: 'NoLocalProvisionReason',
  overlapReason: 'OverlapReason',
  visitIntervalMonths: 'VisitIntervalMonths',
};
const WHOLE_NUMBERS = ['educationCost', 'healthCost', 'socialCareCost', 'nightsPerWeek', 'weeksPerYear', 'visitIntervalMonths'];
const codesOf = <T extends string>(values: Record<string, T>) => Object.fromEntries(Object.values(values).map((v) => [v, v]));

/**
 * Placements with a provider the authority has recorded: one row a placement, matched on the child, the
 * provider's setting (its URN) and the date the placement started. The commissioners' and admins'.
 */
export const placementImport: ImportKindDefinition = {
  kind: 'PLACEMENTS',
  description: 'Placements at providers: the child and their final plan, the provider, dates, costs, attendance',
  roles: COMMISSIONERS,
  defaultMappingName: 'SEN2',
  keyColumns: ['CaseReference', 'URN', 'EntryDate', AUTHORITY_COLUMN],
  columns: [
    ...planKeyColumns('The case reference of the child placed', "The request date of the child's final plan (as in the plans import); may be empty when the child has one plan"),
    { name: 'URN', description: "URN of the provider's setting (a provider the authority has recorded)", type: 'text', required: true, sen2: true, maxLength: 8 },
    { name: 'EntryDate', description: 'Date the placement started', type: 'date', required: true, sen2: true },
    { name: 'PlannedEndDate', description: 'Date it is planned to end', type: 'date', required: true },
    { name: 'LeavingDate', description: 'Date it ended, for an ended placement', type: 'date', sen2: true },
    { name: 'PlacementStatus', description: 'ACTIVE or ENDED; empty: ENDED when LeavingDate is given, else ACTIVE', type: 'code', codes: codesOf(PlacementStatus) },
    { name: 'ContractReference', description: 'The contract or order reference', type: 'text', required: true, maxLength: 100 },
    { name: 'EducationCost', description: 'Annual education contribution, whole pounds', type: 'number', required: true },
    { name: 'HealthCost', description: 'Annual health contribution, whole pounds', type: 'number', required: true },
    { name: 'SocialCareCost', description: 'Annual social care contribution, whole pounds', type: 'number', required: true },
    { name: 'AttendancePattern', description: 'DAY or RESIDENTIAL', type: 'code', required: true, sen2: true, codes: codesOf(AttendancePattern) },
    { name: 'NightsPerWeek', description: 'Nights a week, for a residential placement', type: 'number' },
    { name: 'WeeksPerYear', description: '38 (term time) or 52', type: 'number', required: true },
    { name: 'NoLocalProvisionReason', description: 'Why no local provision meets the need', type: 'text', required: true, maxLength: 4000 },
    { name: 'OverlapReason', description: 'Why the child has another active placement at the same time, if so', type: 'text', maxLength: 4000 },
    { name: 'VisitIntervalMonths', description: "Months between monitoring visits; empty: the authority's policy", type: 'number' },
  ],
  async plan(scope, rows) {
    const plans = new Map<ImportRow, RowPlan>();
    const planned = await plansOfRows(scope, rows);
    const authorityIds = [...new Set([...planned.values()].map(({ plan }) => plan.localAuthority.id))];
    const policies = await policiesOf(scope.em, authorityIds);
    const urns = [...new Set(rows.map((row) => String(row.values.URN)))];
    const providers = authorityIds.length ? await inBatches(urns, (batch) => scope.em.find(Provider, { localAuthority: { $in: authorityIds }, setting: { urn: { $in: batch } } }, { populate: ['setting'] })) : [];
    const providerOf = new Map(providers.map((p) => [`${p.localAuthority.id} ${p.setting.getEntity().urn}`, p]));
    const childIds = [...new Set([...planned.values()].map(({ plan }) => plan.child.id))];
    const held = childIds.length ? await scope.em.find(Placement, { child: { $in: childIds } }) : [];
    const placementOf = new Map(held.map((p) => [`${p.child.id} ${p.provider.id} ${p.startDate}`, p]));
    // What each child's placements will be once the file is written, for the overlap rule.
    const afterwards = new Map<string, { key: string; terms: Pick<Placement, 'status' | 'startDate' | 'plannedEndDate' | 'endedOn' | 'overlapReason' | 'contractReference'> }[]>();
    for (const p of held) (afterwards.get(p.child.id) ?? afterwards.set(p.child.id, []).get(p.child.id)!).push({ key: `${p.provider.id} ${p.startDate}`, terms: p });
    const pending: { row: ImportRow; childId: string; key: string; terms: Record<string, unknown> }[] = [];
    for (const [row, { plan, key }] of planned) {
      const v = row.values;
      const provider = providerOf.get(`${plan.localAuthority.id} ${v.URN}`);
      if (!provider) row.fail('URN', 'exists', 'no provider of this authority runs the setting with this URN (record the provider first)');
      if (plan.status !== PlanStatus.FINAL) row.fail(v.ReceivedDate ? 'ReceivedDate' : 'CaseReference', 'finalPlan', 'a placement is made under a final plan');
      for (const field of WHOLE_NUMBERS) {
        const value = v[COLUMN_OF[field]!];
        if (typeof value === 'number' && !Number.isInteger(value)) row.fail(COLUMN_OF[field]!, 'integer', 'must be a whole number');
      }
      if (row.failed()) continue;
      const startDate = String(v.EntryDate);
      const placement = placementOf.get(`${plan.child.id} ${provider!.id} ${startDate}`);
      const next: Record<string, unknown> = {};
      for (const [field, column] of Object.entries(COLUMN_OF)) if (field !== 'startDate' && field !== 'status' && row.has(column)) next[field] = v[column];
      if (!placement || row.has('PlacementStatus') || row.has('LeavingDate')) next.status = (v.PlacementStatus as PlacementStatus | null) ?? (v.LeavingDate ? PlacementStatus.ENDED : PlacementStatus.ACTIVE);
      if (!placement && v.VisitIntervalMonths === null) next.visitIntervalMonths = policies.get(plan.localAuthority.id)?.visitIntervalMonths;
      const terms = { ...(placement ?? { nightsPerWeek: null, endedOn: null, overlapReason: null }), startDate, ...next } as unknown as Placement;
      for (const e of checkPlacementTerms(terms, scope.today, new FieldErrors()).list()) row.fail(COLUMN_OF[e.field] ?? e.field, e.rule, e.message);
      if (row.failed()) continue;
      next.nextVisitDue = nextVisitDue({ ...terms, lastVisitOn: placement?.lastVisitOn ?? null });
      const own = `${provider!.id} ${startDate}`;
      const list = afterwards.get(plan.child.id) ?? afterwards.set(plan.child.id, []).get(plan.child.id)!;
      const index = list.findIndex((p) => p.key === own);
      if (index >= 0) list.splice(index, 1);
      list.push({ key: own, terms });
      pending.push({ row, childId: plan.child.id, key: own, terms: next });
      const rowKey = `${key} ${v.URN} ${startDate}`;
      const shown = { ...next };
      delete shown.nextVisitDue;
      if (!placement) {
        plans.set(row, {
          key: rowKey,
          action: 'CREATE',
          changes: changesBetween(Placement, {}, { provider: v.URN, startDate, ...shown }),
          apply: () => void scope.em.create(Placement, { localAuthority: plan.localAuthority, child: plan.child, plan, provider: provider!, startDate, ...next } as unknown as Placement),
        });
        continue;
      }
      const changes = changesBetween(Placement, placement, shown);
      plans.set(row, { key: rowKey, action: changes.length ? 'UPDATE' : 'UNCHANGED', changes, apply: () => void scope.em.assign(placement, next) });
    }
    // Two active placements of one child at once need a reason, whether both are in the file or one is held.
    for (const { row, childId, key } of pending) {
      const mine = afterwards.get(childId)!.find((p) => p.key === key)!.terms;
      if (mine.status !== PlacementStatus.ACTIVE || mine.overlapReason) continue;
      const clash = afterwards.get(childId)!.find((p) => p.key !== key && p.terms.status === PlacementStatus.ACTIVE && overlaps(p.terms, mine));
      if (clash) {
        row.fail('OverlapReason', 'requiredWhenOverlapping', `the child has another active placement (${clash.terms.contractReference}) at the same time: give the reason for both`);
        plans.delete(row);
      }
    }
    return plans;
  },
};
