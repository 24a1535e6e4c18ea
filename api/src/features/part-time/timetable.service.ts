import type { RequiredEntityData } from '@mikro-orm/core';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { Child, Setting, PlanStatus, Plan } from '../people/index.js';
import { TimetableStatus } from './enums.js';
import { SchoolWeek } from './policy.entity.js';
import { policyFor } from './policy.service.js';
import { checkTimetable, keyStageHours, type PolicyValues, type TimetableValues } from './rules.js';
import { PartTimeReview, PartTimeTimetable } from './timetable.entity.js';
import { partTimeTimetables } from './timetable.resource.js';
import { ownerUserFor } from '../../core/work/owners.js';

/** What a new timetable is recorded with, whether typed in or a row of a school's return. */
export type NewTimetable = Omit<TimetableValues, 'fullTimeHours' | 'status' | 'endedOn' | 'destination'> &
  Pick<PartTimeTimetable, 'reason' | 'reasonNotes' | 'hasSocialWorker' | 'socialWorkerInvolvement'>;

/** What the rules need to know about a setting and some of its pupils, read in a fixed number of queries. */
export interface SettingFacts {
  localAuthorityId: string;
  settingId: string;
  policy: PolicyValues;
  /** The setting's own full-time week, if it states one. */
  ownWeek: number | null;
  childrenWithPlans: Set<string>;
  /** `childId startDate` of the timetables already recorded at the setting. */
  recorded: Set<string>;
}

const key = (childId: string, startDate: string) => `${childId} ${startDate}`;

export class PartTimeTimetableService extends ResourceService<PartTimeTimetable, object> {
  async settingFacts(localAuthorityId: string, settingId: string, childIds: string[]): Promise<SettingFacts> {
    const week = await this.em.findOne(SchoolWeek, { setting: settingId });
    const plans = await this.em.find(Plan, { child: { $in: childIds }, status: { $ne: PlanStatus.CEASED } });
    const recorded = await this.em.find(PartTimeTimetable, { setting: settingId, child: { $in: childIds } });
    return {
      localAuthorityId,
      settingId,
      policy: await policyFor(this.em, localAuthorityId),
      ownWeek: week?.fullTimeHours ?? null,
      childrenWithPlans: new Set(plans.map((plan) => plan.child.id)),
      recorded: new Set(recorded.map((t) => key(t.child.id, t.startDate))),
    };
  }

  /**
   * Checks a new timetable against every rule, adding what is broken to `errors`, and returns what
   * would be saved; the caller saves it only if nothing is broken. Marks it recorded, so a second row
   * for the same timetable in one return counts as a duplicate.
   */
  newTimetable(facts: SettingFacts, child: Child, values: NewTimetable, errors: FieldErrors): RequiredEntityData<PartTimeTimetable> {
    const record = {
      ...values,
      localAuthority: facts.localAuthorityId,
      child: child.id,
      setting: facts.settingId,
      fullTimeHours: facts.ownWeek ?? keyStageHours(facts.policy, child.dateOfBirth, values.startDate),
      currentHours: values.hoursPerWeek,
      nextReviewDate: values.agreedEndDate,
      status: TimetableStatus.ACTIVE,
      endedOn: null,
      destination: null,
    };
    checkTimetable(record, { hasPlan: facts.childrenWithPlans.has(child.id) }, today(), errors);
    return record;
  }

  isRecorded(facts: SettingFacts, childId: string, startDate: string): boolean {
    return facts.recorded.has(key(childId, startDate));
  }

  markRecorded(facts: SettingFacts, childId: string, startDate: string): void {
    facts.recorded.add(key(childId, startDate));
  }
}

export interface CreateTimetable extends NewTimetable {
  localAuthorityId: string;
  childId: string;
  settingId: string;
  ownerUserId?: string | null;
}

export type TimetableChanges = { id: string; version: number; ownerUserId?: string | null } & Partial<
  Omit<TimetableValues, 'fullTimeHours'> & Pick<PartTimeTimetable, 'reason' | 'reasonNotes' | 'hasSocialWorker' | 'socialWorkerInvolvement'>
>;

export class TimetableEditor extends PartTimeTimetableService {
  async create({ localAuthorityId, childId, settingId, ownerUserId, ...values }: CreateTimetable): Promise<PartTimeTimetable> {
    this.assertWritableIn(localAuthorityId);
    const errors = new FieldErrors();
    const child = await this.related(Child, 'childId', childId, localAuthorityId, errors);
    const setting = await this.related(Setting, 'settingId', settingId, 'anywhere', errors);
    const ownerUser = ownerUserId ? await ownerUserFor(this.em, this.definition, ownerUserId, localAuthorityId, errors) : null;
    errors.throwIfAny();
    const facts = await this.settingFacts(localAuthorityId, setting!.id, [child!.id]);
    const record = this.newTimetable(facts, child!, values, errors);
    errors
      .check(!this.isRecorded(facts, child!.id, values.startDate), 'startDate', 'unique', 'this child already has a timetable at this setting starting on this date')
      .throwIfAny();
    const timetable = this.em.create(PartTimeTimetable, { ...record, ownerUser });
    await this.em.flush();
    return timetable;
  }

  /** Corrects the record, extends it or ends it; the hours now and the next review move only with reviews. */
  async update({ ownerUserId, ...changes }: TimetableChanges): Promise<PartTimeTimetable> {
    return this.updateRecord(changes, async (timetable) => {
      if (ownerUserId !== undefined) {
        const errors = new FieldErrors();
        this.em.assign(timetable, { ownerUser: ownerUserId ? await ownerUserFor(this.em, this.definition, ownerUserId, timetable.localAuthority.id, errors) : null });
        errors.throwIfAny();
      }
      const hasPlan = (await this.em.count(Plan, { child: timetable.child.id, status: { $ne: PlanStatus.CEASED } })) > 0;
      const errors = checkTimetable(timetable, { hasPlan }, today(), new FieldErrors());
      if (timetable.status === TimetableStatus.ACTIVE) {
        const latest = await this.em.findOne(PartTimeReview, { timetable }, { orderBy: { reviewDate: 'desc' } });
        if (!latest) Object.assign(timetable, { currentHours: timetable.hoursPerWeek, nextReviewDate: timetable.agreedEndDate });
      }
      errors.throwIfAny();
    });
  }
}

export const timetableEditor = (ctx: Context) => new TimetableEditor(ctx, partTimeTimetables);
