import type { EntityManager } from '@mikro-orm/postgresql';
import { generatePlacementHistory, type Scale, type SyntheticData } from '@send-qa/seeds';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import { Setting } from '../people/setting.entity.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { Placement } from './placement.entity.js';
import { Provider } from './provider.entity.js';

/** Loads the generated providers, placements, visit history and outcome reviews. */
export async function loadPlacementHistory(em: EntityManager, data: SyntheticData, options: { seed: number; asOf: string; scale: Scale }): Promise<void> {
  const history = generatePlacementHistory(data, options);
  const now = new Date();
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  await bulkInsert(em, Setting, history.settings.map(({ localAuthorityId, ...setting }) => ({ ...setting, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(em, Provider, history.providers.map(({ localAuthorityId, settingId, ...provider }) => ({ ...provider, localAuthority: localAuthorityId, setting: settingId, ...stamp })));
  await bulkInsert(
    em,
    Placement,
    history.placements.map(({ localAuthorityId, childId, planId, providerId, ...placement }) => ({
      ...placement,
      localAuthority: localAuthorityId,
      child: childId,
      plan: planId,
      provider: providerId,
      overlapReason: null,
      ...stamp,
    })),
  );
  await bulkInsert(em, CommissionedOutcome, history.outcomes.map(({ localAuthorityId, placementId, ...outcome }) => ({ ...outcome, localAuthority: localAuthorityId, placement: placementId, ...stamp })));
  await bulkInsert(
    em,
    MonitoringVisit,
    history.visits.map(({ localAuthorityId, placementId, ratings, ...visit }) => ({ ...visit, ...ratings, status: 'DONE', localAuthority: localAuthorityId, placement: placementId, ...stamp })),
  );
  await bulkInsert(em, OutcomeReview, history.reviews.map(({ localAuthorityId, visitId, outcomeId, ...review }) => ({ ...review, localAuthority: localAuthorityId, visit: visitId, outcome: outcomeId, ...stamp })));
}
