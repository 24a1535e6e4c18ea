import type { EntityManager } from '@mikro-orm/postgresql';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import { generatePartTime, type GenerateOptions, type SyntheticData } from '@send-qa/seeds';
import { partTimeFigures } from './figures.js';
import { PartTimePolicy } from './policy.entity.js';
import { PartTimeReview, PartTimeTimetable, SchoolReturn } from './timetable.entity.js';

/** Two years of part-time timetables, reviews and school returns for the demo authorities, with their baseline and target. */
export async function loadPartTimeDemo(em: EntityManager, data: SyntheticData, options: GenerateOptions, stamp: object): Promise<void> {
  const history = generatePartTime(data, options);
  await bulkInsert(em, PartTimePolicy, history.policies.map(({ localAuthorityId, ...policy }) => ({ ...policy, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(
    em,
    SchoolReturn,
    history.returns.map(({ localAuthorityId, settingId, ...r }) => ({ ...r, localAuthority: localAuthorityId, setting: settingId, ...stamp })),
  );
  await bulkInsert(
    em,
    PartTimeTimetable,
    history.timetables.map(({ localAuthorityId, childId, settingId, ...t }) => ({ ...t, localAuthority: localAuthorityId, child: childId, setting: settingId, ...stamp })),
  );
  await bulkInsert(
    em,
    PartTimeReview,
    history.reviews.map(({ localAuthorityId, timetableId, ...r }) => ({ ...r, localAuthority: localAuthorityId, timetable: timetableId, ...stamp })),
  );
  // The baseline is counted as the figures count (pupils of compulsory school age only), so the demo's target line starts where its figures do.
  for (const policy of await em.find(PartTimePolicy, { baselineDate: { $ne: null } })) {
    const baselineCount = (await partTimeFigures(em, policy.localAuthority.id, policy, policy.baselineDate!)).active;
    await em.nativeUpdate(PartTimePolicy, { id: policy.id }, { baselineCount });
  }
}
