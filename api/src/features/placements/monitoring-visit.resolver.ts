import { IsNotEmpty, Length, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { OutcomeProgress, Rag, VISIT_AREAS, VisitStatus } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { outcomeOfPlacement } from './outcome-review.rules.js';
import { placements } from './placement.resource.js';
import { COMMISSIONERS } from './provider.rules.js';
import { VisitAction } from './visit-action.entity.js';
import { visitActions } from './visit-action.resolver.js';
import { hasRed, refreshVisitRecord } from './visit-record.js';
import { UUID } from '../../core/graphql/uuid.js';
import { newOwner } from '../../core/work/owners.js';

@InputType()
export class VisitActionInput {
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => UUID, { nullable: true, description: 'Who will do it: a user who may change visit actions' }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who will do it, only for someone outside the system (the provider)' }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => LocalDateResolver) dueDate!: string;
}

@InputType()
export class VisitOutcomeReviewInput {
  @Field(() => UUID) commissionedOutcomeId!: string;
  @Field(() => OutcomeProgress) progress!: OutcomeProgress;
  @Field(() => String) @Length(1, 4000) evidence!: string;
}

@InputType()
export class MonitoringVisitFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) placementId?: string;
  @Field(() => VisitStatus, { nullable: true }) status?: VisitStatus;
  @Field(() => Rag, { nullable: true }) overall?: Rag;
  @Field(() => Boolean, { nullable: true, description: 'Any area, or the overall rating, is red' }) anyRed?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) visitDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) visitDate_lte?: string;
}

/** The ratings, the same on create and update. */
@ArgsType()
class VisitRatingArgs {
  @Field(() => Rag, { nullable: true, description: 'Safeguarding' }) safeguarding?: Rag | null;
  @Field(() => Rag, { nullable: true, description: 'The provision in section F delivered as specified' }) provisionDelivered?: Rag | null;
  @Field(() => Rag, { nullable: true, description: 'Progress towards the commissioned outcomes' }) outcomesProgress?: Rag | null;
  @Field(() => Rag, { nullable: true }) attendance?: Rag | null;
  @Field(() => Rag, { nullable: true, description: "The child's voice and wellbeing" }) childVoice?: Rag | null;
  @Field(() => Rag, { nullable: true }) valueForMoney?: Rag | null;
  @Field(() => Rag, { nullable: true }) overall?: Rag | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 20000) findings?: string | null;
}

@ArgsType()
class CreateMonitoringVisitArgs extends VisitRatingArgs {
  @Field(() => UUID) placementId!: string;
  @Field(() => VisitStatus, { nullable: true, description: 'PLANNED unless given' }) status?: VisitStatus | null;
  @Field(() => LocalDateResolver) visitDate!: string;
  @Field(() => String) @Length(1, 200) officer!: string;
  @Field(() => [VisitActionInput], { nullable: true }) @ValidateNested({ each: true }) actions?: VisitActionInput[] | null;
  @Field(() => [VisitOutcomeReviewInput], { nullable: true, description: 'Reviews of the placement’s commissioned outcomes made at this visit' })
  @ValidateNested({ each: true })
  outcomeReviews?: VisitOutcomeReviewInput[] | null;
}

@ArgsType()
class UpdateMonitoringVisitArgs extends VisitRatingArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => VisitStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: VisitStatus;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() visitDate?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) officer?: string;
}

const RED_ANYWHERE = [...VISIT_AREAS, 'overall' as const].map((area) => ({ [area]: Rag.RED }));

export const monitoringVisits: ResourceDefinition<MonitoringVisit, MonitoringVisitFilter> = {
  entity: MonitoringVisit,
  name: 'MonitoringVisit',
  plural: 'MonitoringVisits',
  filter: MonitoringVisitFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { visitDate: 'visitDate', status: 'status', officer: 'officer', overall: 'overall', caseReference: 'placement.child.caseReference' },
  defaultSort: { field: 'visitDate', order: SortOrder.DESC },
  search: (q) => ({ $or: [{ officer: { $ilike: `%${q}%` } }, { placement: { child: { caseReference: { $ilike: `${q}%` } } } }] }),
  filterFields: {
    anyRed: (red: boolean) => (red ? { $or: RED_ANYWHERE } : { $and: RED_ANYWHERE.map((area) => ({ $not: area })) }),
  },
};

/** A completed visit has happened, so it is not in the future, and it rated every area. */
function checkVisit(visit: Pick<MonitoringVisit, 'status' | 'visitDate' | (typeof VISIT_AREAS)[number] | 'overall'>, errors: FieldErrors): FieldErrors {
  if (visit.status !== VisitStatus.COMPLETED) return errors;
  errors.check(visit.visitDate <= today(), 'visitDate', 'notInFuture', 'a completed visit must not be dated in the future');
  for (const area of [...VISIT_AREAS, 'overall' as const]) {
    errors.check(!!visit[area], area, 'requiredWhenCompleted', 'rate every area of a completed visit');
  }
  return errors;
}

class MonitoringVisitService extends ResourceService<MonitoringVisit, MonitoringVisitFilter> {
  async create({ placementId, actions, outcomeReviews, status, ...values }: CreateMonitoringVisitArgs): Promise<MonitoringVisit> {
    const placement = await new ResourceService(this.ctx, placements).get(placementId);
    this.assertWritableIn(placement.localAuthority.id);
    const localAuthority = placement.localAuthority.id;
    const visit = this.em.create(MonitoringVisit, { ...values, status: status ?? VisitStatus.PLANNED, placement, localAuthority });
    const errors = checkVisit(visit, new FieldErrors());
    for (const [i, { ownerUserId, owner, ...action }] of (actions ?? []).entries()) {
      errors.check(action.dueDate >= visit.visitDate, `actions.${i}.dueDate`, 'notBeforeVisit', 'must not be before the visit');
      const owners = await newOwner(this.em, visitActions, { ownerUserId, owner }, localAuthority, errors, `actions.${i}.`);
      this.em.create(VisitAction, { ...action, ...owners, visit, localAuthority });
    }
    for (const [i, review] of (outcomeReviews ?? []).entries()) {
      const field = `outcomeReviews.${i}.commissionedOutcomeId`;
      const outcome = await outcomeOfPlacement(this.em, placement, review.commissionedOutcomeId, field, errors);
      errors.check(visit.status === VisitStatus.COMPLETED, field, 'requiresCompletedVisit', 'outcomes are reviewed at a completed visit');
      if (outcome) this.em.create(OutcomeReview, { outcome, visit, reviewedOn: visit.visitDate, progress: review.progress, evidence: review.evidence, localAuthority });
    }
    errors.throwIfAny();
    await this.em.flush();
    await refreshVisitRecord(this.em, placement);
    await this.em.flush();
    return visit;
  }

  update(args: UpdateMonitoringVisitArgs): Promise<MonitoringVisit> {
    return this.updateRecord(args, async (visit) => {
      checkVisit(visit, new FieldErrors()).throwIfAny();
      await this.em.flush();
      await refreshVisitRecord(this.em, await visit.placement.loadOrFail());
    });
  }

  override async remove(id: string): Promise<MonitoringVisit> {
    const placement = await (await this.get(id)).placement.loadOrFail();
    const removed = await super.remove(id);
    await refreshVisitRecord(this.em, placement);
    await this.em.flush();
    return removed;
  }
}

const service = (ctx: Context) => new MonitoringVisitService(ctx, monitoringVisits);

@Resolver(() => MonitoringVisit)
export class MonitoringVisitResolver extends LocalAuthorityResourceResolver(monitoringVisits, service) {
  @Authorized(monitoringVisits.writeRoles)
  @Mutation(() => MonitoringVisit)
  createMonitoringVisit(@Args(() => CreateMonitoringVisitArgs) args: CreateMonitoringVisitArgs, @Ctx() ctx: Context): Promise<MonitoringVisit> {
    return service(ctx).create(args);
  }

  @Authorized(monitoringVisits.writeRoles)
  @Mutation(() => MonitoringVisit)
  updateMonitoringVisit(@Args(() => UpdateMonitoringVisitArgs) args: UpdateMonitoringVisitArgs, @Ctx() ctx: Context): Promise<MonitoringVisit> {
    return service(ctx).update(args);
  }

  @FieldResolver(() => String)
  async caseReference(@Root() visit: MonitoringVisit, @Ctx() ctx: Context): Promise<string> {
    const placement = await relations(ctx).expect(visit.placement);
    return (await relations(ctx).expect(placement.child)).caseReference;
  }

  @FieldResolver(() => Boolean, { description: 'Any area, or the overall rating, is red' })
  anyRed(@Root() visit: MonitoringVisit): boolean {
    return hasRed(visit);
  }
}
