import { raw } from '@mikro-orm/core';
import { today } from '../../core/dates.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import type { OfstedRating, PrimaryNeed, SettingType } from '../people/index.js';
import { costsHiddenFromAuditors } from './costs.js';
import { PlacementStatus } from './enums.js';
import { Placement } from './placement.entity.js';
import { PlacementFilter } from './placement.inputs.js';
import { COMMISSIONERS } from './provider.rules.js';

/** Active at a provider judged Inadequate, and not visited since that judgement (or its date is not recorded). */
const URGENT_REVIEW = (alias: string) => `(${alias}.status = 'ACTIVE' and exists (
  select 1 from provider pr join setting s on s.id = pr.setting_id
   where pr.id = ${alias}.provider_id and s.ofsted_rating = 'INADEQUATE'
     and (s.ofsted_inspection_date is null or ${alias}.last_visit_on is null or ${alias}.last_visit_on < s.ofsted_inspection_date)))`;

export const placements: ResourceDefinition<Placement, PlacementFilter> = {
  entity: Placement,
  name: 'Placement',
  plural: 'Placements',
  filter: PlacementFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  // Not by cost: sorting would reveal costs to those who may not see them.
  sortFields: {
    caseReference: 'child.caseReference',
    primaryNeed: 'child.primaryNeed',
    provider: 'provider.setting.name',
    status: 'status',
    startDate: 'startDate',
    plannedEndDate: 'plannedEndDate',
    lastVisitOn: 'lastVisitOn',
    nextVisitDue: 'nextVisitDue',
  },
  defaultSort: { field: 'nextVisitDue', order: SortOrder.ASC },
  redactions: [costsHiddenFromAuditors(['educationCost', 'healthCost', 'socialCareCost', 'annualCost'])],
  search: (q) => ({ child: { caseReference: { $ilike: `${q}%` } } }),
  filterFields: {
    primaryNeed: (need: PrimaryNeed) => ({ child: { primaryNeed: need } }),
    settingType: (type: SettingType) => ({ provider: { setting: { type } } }),
    ofstedRating: (rating: OfstedRating) => ({ provider: { setting: { ofstedRating: rating } } }),
    visitOverdue: (overdue: boolean) =>
      overdue
        ? { status: PlacementStatus.ACTIVE, nextVisitDue: { $lt: today() } }
        : { $or: [{ status: { $ne: PlacementStatus.ACTIVE } }, { nextVisitDue: { $gte: today() } }] },
    urgentReview: (urgent: boolean) => ({ [raw(URGENT_REVIEW)]: urgent }),
    pastPlannedEnd: (past: boolean) =>
      past
        ? { status: PlacementStatus.ACTIVE, plannedEndDate: { $lt: today() } }
        : { $or: [{ status: { $ne: PlacementStatus.ACTIVE } }, { plannedEndDate: { $gte: today() } }] },
  },
};
