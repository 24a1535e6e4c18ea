import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { generatePartTime, type GenerateOptions, type SyntheticData } from '@send-qa/seeds';
import { PartTimePolicy } from './policy.entity.js';
import { PartTimeReview, PartTimeTimetable, SchoolReturn } from './timetable.entity.js';

/** Two years of part-time timetables, reviews and school returns for the demo authorities, with their baseline and target. */
export async function loadPartTimeDemo(em: EntityManager, data: SyntheticData, options: GenerateOptions, stamp: object): Promise<void> {
  const history = generatePartTime(data, options);
  await insert(em, PartTimePolicy, history.policies.map(({ localAuthorityId, ...policy }) => ({ ...policy, localAuthority: localAuthorityId, ...stamp })));
  await insert(
    em,
    SchoolReturn,
    history.returns.map(({ localAuthorityId, settingId, ...r }) => ({ ...r, localAuthority: localAuthorityId, setting: settingId, ...stamp })),
  );
  await insert(
    em,
    PartTimeTimetable,
    history.timetables.map(({ localAuthorityId, childId, settingId, ...t }) => ({ ...t, localAuthority: localAuthorityId, child: childId, setting: settingId, ...stamp })),
  );
  await insert(
    em,
    PartTimeReview,
    history.reviews.map(({ localAuthorityId, timetableId, ...r }) => ({ ...r, localAuthority: localAuthorityId, timetable: timetableId, ...stamp })),
  );
}

/** A batch stays well under PostgreSQL's 65,535 bind parameters a statement. */
const BATCH = 1000;

async function insert<T extends object>(em: EntityManager, entity: EntityClass<T>, records: object[]): Promise<void> {
  for (let i = 0; i < records.length; i += BATCH) await em.insertMany<T>(entity, records.slice(i, i + BATCH) as RequiredEntityData<T>[]);
}
