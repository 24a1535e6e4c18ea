import type { EntityManager } from '@mikro-orm/postgresql';
import { Rag, VISIT_AREAS, VisitStatus } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import type { Placement } from './placement.entity.js';
import { nextVisitDue } from './schedule.js';

type VisitAreaOrOverall = (typeof VISIT_AREAS)[number] | 'overall';

/** Any area, or the overall rating, is red. */
export function hasRed(visit: Partial<Record<VisitAreaOrOverall, `${Rag}` | null>>): boolean {
  return [...VISIT_AREAS, 'overall' as const].some((area) => visit[area] === Rag.RED);
}

/**
 * Keeps a placement's view of its visits up to date (last visit, whether it found anything red, when
 * the next one is due), so that lists can filter and sort on them without reading every visit.
 */
export async function refreshVisitRecord(em: EntityManager, placement: Placement): Promise<void> {
  const last = await em.findOne(
    MonitoringVisit,
    { placement, status: VisitStatus.COMPLETED },
    { orderBy: [{ visitDate: 'desc' }, { createdAt: 'desc' }] },
  );
  em.assign(placement, { lastVisitOn: last?.visitDate ?? null, lastVisitRed: last ? hasRed(last) : false });
  placement.nextVisitDue = nextVisitDue(placement);
}
