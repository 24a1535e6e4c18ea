import { raw } from '@mikro-orm/core';
import { titleLine, type WorkItemSource } from '../../core/work/work-items.js';
import { Brag } from './enums.js';
import type { Milestone } from './improvement-plan.entity.js';
import { milestones } from './improvement-plan.resolver.js';
import type { KpiValue } from './kpi.entity.js';
import { kpiValues } from './kpi.resolver.js';

/** The product's default: an exception note is owed within two weeks of the end of the period that turned red. */
export const EXCEPTION_NOTE_WITHIN_DAYS = 14;

/** Red as ragOf (rag.ts) decides it, in SQL: missing the target by more than the amber tolerance. */
const red = raw(
  (alias) => `exists (select 1 from kpi k where k.id = ${alias}.kpi_id and ${alias}.value is not null
    and (case when k.direction = 'HIGHER_IS_BETTER' then k.target - ${alias}.value else ${alias}.value - k.target end) > k.amber_tolerance)`,
);

export const frameworkWork: WorkItemSource[] = [
  {
    kind: 'KPI_EXCEPTION_NOTE',
    label: 'Exception note owed',
    resource: kpiValues,
    waitingOn: (user) => ({ kpi: { ownerUser: user.id }, exceptionCommentary: null, [red]: [] }),
    dueField: 'periodEnd',
    dueAfterDays: EXCEPTION_NOTE_WITHIN_DAYS,
    populate: ['kpi'],
    title: (value: KpiValue) => `${value.kpi.getEntity().code} ${value.kpi.getEntity().name}: red for ${value.period}`,
  } satisfies WorkItemSource<KpiValue>,
  {
    // A milestone is its action's owner's: the action leads to it.
    kind: 'IMPROVEMENT_MILESTONE',
    label: 'Improvement plan milestone',
    resource: milestones,
    waitingOn: (user) => ({ action: { ownerUser: user.id }, brag: { $ne: Brag.BLUE } }),
    dueField: 'deadline',
    populate: ['action'],
    title: (milestone: Milestone) => `${milestone.action.getEntity().reference}: ${titleLine(milestone.description)}`,
  } satisfies WorkItemSource<Milestone>,
];
