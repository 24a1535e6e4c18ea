import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { daysBetween } from '../../core/dates.js';
import { Agreement, PartTimeReason, SenStatus, TimetableStatus } from './enums.js';
import { cachedPolicyFor } from './policy.resolver.js';
import { missingAgreements, overMaximum } from './rules.js';
import { PartTimeReview, PartTimeTimetable } from './timetable.entity.js';
import { TimetableEditor } from './timetable.service.js';
import { UUID } from '../../core/graphql/uuid.js';
import { ownerNameOf } from '../../core/work/owners.js';

@InputType()
export class PartTimeTimetableFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) childId?: string;
  @Field(() => UUID, { nullable: true }) settingId?: string;
  @Field(() => SenStatus, { nullable: true }) senStatus?: SenStatus;
  @Field(() => TimetableStatus, { nullable: true }) status?: TimetableStatus;
  @Field(() => PartTimeReason, { nullable: true }) reason?: PartTimeReason;
  @Field(() => Boolean, { nullable: true, description: 'Active and its next review is past' }) reviewOverdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Lacks an agreement it needs (see missingAgreements)' }) consentMissing?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) startDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) startDate_lte?: string;
}

@ArgsType()
class CreatePartTimeTimetableArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => UUID) childId!: string;
  @Field(() => UUID, { description: 'The school or other setting' }) settingId!: string;
  @Field(() => SenStatus) senStatus!: SenStatus;
  @Field(() => UUID, { nullable: true, description: 'Who sees that it is reviewed on time: a user who may record its reviews' }) ownerUserId?: string | null;
  @Field(() => LocalDateResolver) startDate!: string;
  @Field(() => LocalDateResolver, { description: 'The agreed end date, or the first review date' }) agreedEndDate!: string;
  @Field(() => Float) hoursPerWeek!: number;
  @Field(() => PartTimeReason) reason!: PartTimeReason;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) reasonNotes?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) parentAgreementDate?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 200) parentAgreedBy?: string | null;
  @Field(() => String) @Length(0, 4000) returnPlan!: string;
  @Field(() => LocalDateResolver, { nullable: true }) caseworkerAgreementDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) virtualSchoolAgreementDate?: string | null;
  @Field(() => Boolean, { nullable: true }) hasSocialWorker?: boolean;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) socialWorkerInvolvement?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) extendedUntil?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) extensionReason?: string | null;
}

@ArgsType()
class UpdatePartTimeTimetableArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => SenStatus, { nullable: true }) @IfPresent() @IsNotEmpty() senStatus?: SenStatus;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() startDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() agreedEndDate?: string;
  @Field(() => Float, { nullable: true }) @IfPresent() @IsNotEmpty() hoursPerWeek?: number;
  @Field(() => PartTimeReason, { nullable: true }) @IfPresent() @IsNotEmpty() reason?: PartTimeReason;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) reasonNotes?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) parentAgreementDate?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 200) parentAgreedBy?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) returnPlan?: string;
  @Field(() => LocalDateResolver, { nullable: true }) caseworkerAgreementDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) virtualSchoolAgreementDate?: string | null;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsNotEmpty() hasSocialWorker?: boolean;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) socialWorkerInvolvement?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) extendedUntil?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) extensionReason?: string | null;
  @Field(() => TimetableStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: TimetableStatus;
  @Field(() => LocalDateResolver, { nullable: true }) endedOn?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) destination?: string | null;
}

const ACTIVE = TimetableStatus.ACTIVE;

export const partTimeTimetables: ResourceDefinition<PartTimeTimetable, PartTimeTimetableFilter> = {
  entity: PartTimeTimetable,
  name: 'PartTimeTimetable',
  plural: 'PartTimeTimetables',
  filter: PartTimeTimetableFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: {
    caseReference: 'child.caseReference',
    setting: 'setting.name',
    startDate: 'startDate',
    agreedEndDate: 'agreedEndDate',
    nextReviewDate: 'nextReviewDate',
    currentHours: 'currentHours',
    status: 'status',
    senStatus: 'senStatus',
  },
  defaultSort: { field: 'startDate', order: SortOrder.DESC },
  search: (q) => ({ child: { caseReference: { $ilike: `${q}%` } } }),
  filterFields: {
    reviewOverdue: (overdue: boolean) =>
      overdue ? { status: ACTIVE, nextReviewDate: { $lt: today() } } : { $or: [{ status: { $ne: ACTIVE } }, { nextReviewDate: { $gte: today() } }] },
    // The same rule as missingAgreements, on today's date, in SQL.
    consentMissing: (missing: boolean) => {
      const lacking = {
        $or: [
          { parentAgreementDate: null },
          { senStatus: SenStatus.EHCP, caseworkerAgreementDate: null },
          { child: { lookedAfter: true }, virtualSchoolAgreementDate: null },
          { hasSocialWorker: true, $or: [{ socialWorkerInvolvement: null }, { socialWorkerInvolvement: '' }] },
        ],
      };
      return missing ? lacking : { $not: lacking };
    },
  },
};

const editor = (ctx: Context) => new TimetableEditor(ctx, partTimeTimetables);

@Resolver(() => PartTimeTimetable)
export class PartTimeTimetableResolver extends LocalAuthorityResourceResolver(partTimeTimetables, editor) {
  @Authorized(partTimeTimetables.writeRoles)
  @Mutation(() => PartTimeTimetable)
  createPartTimeTimetable(@Args(() => CreatePartTimeTimetableArgs) args: CreatePartTimeTimetableArgs, @Ctx() ctx: Context): Promise<PartTimeTimetable> {
    return editor(ctx).create({ ...args, hasSocialWorker: args.hasSocialWorker ?? false });
  }

  @Authorized(partTimeTimetables.writeRoles)
  @Mutation(() => PartTimeTimetable, { description: 'Correct, extend (extendedUntil with extensionReason) or end it (status, endedOn, destination)' })
  updatePartTimeTimetable(@Args(() => UpdatePartTimeTimetableArgs) args: UpdatePartTimeTimetableArgs, @Ctx() ctx: Context): Promise<PartTimeTimetable> {
    return editor(ctx).update(args);
  }

  @FieldResolver(() => String, { description: 'Who sees that it is reviewed on time, by name; empty when nobody yet' })
  ownerName(@Root() timetable: PartTimeTimetable): Promise<string> {
    return ownerNameOf(timetable);
  }

  @FieldResolver(() => [PartTimeReview], { description: 'Oldest first' })
  reviews(@Root() timetable: PartTimeTimetable, @Ctx() ctx: Context): Promise<PartTimeReview[]> {
    return relations(ctx).children(PartTimeReview, 'timetable', timetable.id, { reviewDate: 'asc', createdAt: 'asc' });
  }

  @FieldResolver(() => Boolean, { description: 'Active and its next review is past' })
  reviewOverdue(@Root() timetable: PartTimeTimetable): boolean {
    return timetable.status === ACTIVE && timetable.nextReviewDate < today();
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements it needs and lacks today' })
  async missingAgreements(@Root() timetable: PartTimeTimetable, @Ctx() ctx: Context): Promise<Agreement[]> {
    const child = await relations(ctx).expect(timetable.child);
    return missingAgreements(timetable, child.lookedAfter, today());
  }

  @FieldResolver(() => Boolean, { description: 'Lacks an agreement it needs' })
  async consentMissing(@Root() timetable: PartTimeTimetable, @Ctx() ctx: Context): Promise<boolean> {
    return (await this.missingAgreements(timetable, ctx)).length > 0;
  }

  @FieldResolver(() => Boolean, { description: "Longer than the authority's maximum without a recorded extension and reason" })
  async overMaximum(@Root() timetable: PartTimeTimetable, @Ctx() ctx: Context): Promise<boolean> {
    const policy = await cachedPolicyFor(ctx, timetable.localAuthority.id);
    return overMaximum(timetable, policy.maximumWeeks, today());
  }

  @FieldResolver(() => Float, { description: 'Weeks on the timetable so far (to its end, if ended)' })
  weeksOn(@Root() timetable: PartTimeTimetable): number {
    const until = timetable.endedOn ?? today();
    return Math.max(0, daysBetween(timetable.startDate, until)) / 7;
  }

  @FieldResolver(() => Float, { description: 'Current hours as a share of the full-time week, per cent' })
  percentOfFullTime(@Root() timetable: PartTimeTimetable): number {
    return (100 * timetable.currentHours) / timetable.fullTimeHours;
  }
}
