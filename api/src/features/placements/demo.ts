import type { EntityManager } from '@mikro-orm/postgresql';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import { generatePlacements, type GenerateOptions, type SyntheticData } from '@send-qa/seeds';
import { loadSettings } from '../people/index.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { Placement } from './placement.entity.js';
import { CommissioningPolicy } from './policy.entity.js';
import { ProviderDocument } from './provider-document.entity.js';
import { Provider } from './provider.entity.js';
import { nextVisitDue } from './schedule.js';
import { VisitAction } from './visit-action.entity.js';
import { hasRed } from './visit-record.js';

type Stamp = { version: number; createdAt: Date; updatedAt: Date };

/**
 * Loads the synthetic placements on top of the synthetic area: providers, placements with their
 * outcomes, and the history of visits and reviews. A placement's record of its last visit is worked
 * out here by the same rules the API applies when a visit is recorded.
 */
export async function loadPlacementDemo(em: EntityManager, data: SyntheticData, options: GenerateOptions, stamp: Stamp): Promise<void> {
  const generated = generatePlacements(data, options);
  const owned = <T extends { localAuthorityId: string }>(row: T) => {
    const { localAuthorityId, ...rest } = row;
    return { ...rest, localAuthority: localAuthorityId, ...stamp };
  };
  await loadSettings(em, { stamp }, generated.settings, generated.settingDetails);
  await bulkInsert(em, CommissioningPolicy, generated.policies.map(owned));
  await bulkInsert(em, Provider, generated.providers.map(({ settingId, ...p }) => ({ ...owned(p), setting: settingId })));
  await bulkInsert(em, ProviderDocument, generated.providerDocuments.map(({ providerId, ...d }) => ({ ...owned(d), provider: providerId })));

  const lastVisits = new Map<string, (typeof generated.visits)[number]>();
  for (const visit of generated.visits) {
    const known = lastVisits.get(visit.placementId);
    if (visit.status === 'COMPLETED' && (!known || visit.visitDate > known.visitDate)) lastVisits.set(visit.placementId, visit);
  }
  await bulkInsert(
    em,
    Placement,
    generated.placements.map(({ childId, planId, providerId, ...p }) => {
      const last = lastVisits.get(p.id);
      return {
        ...owned(p),
        child: childId,
        plan: planId,
        provider: providerId,
        lastVisitOn: last?.visitDate ?? null,
        lastVisitRed: last ? hasRed(last) : false,
        nextVisitDue: nextVisitDue({ ...p, lastVisitOn: last?.visitDate }),
      };
    }),
  );
  await bulkInsert(em, CommissionedOutcome, generated.outcomes.map(({ placementId, ...o }) => ({ ...owned(o), placement: placementId })));
  await bulkInsert(em, MonitoringVisit, generated.visits.map(({ placementId, ...v }) => ({ ...owned(v), placement: placementId })));
  await bulkInsert(em, VisitAction, generated.visitActions.map(({ visitId, ...a }) => ({ ...owned(a), visit: visitId })));
  await bulkInsert(em, OutcomeReview, generated.outcomeReviews.map(({ outcomeId, visitId, ...r }) => ({ ...owned(r), outcome: outcomeId, visit: visitId })));
}

