import { Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { OutcomeJudgement, Rag, VisitStatus } from './enums.js';
import { MonitoringVisit, VISIT_AREAS } from './monitoring-visit.entity.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { Placement } from './placement.entity.js';
import { placements } from './placement.resolver.js';
import { PLACEMENT_WRITERS } from './provider.resolver.js';
import { VisitAction } from './visit-action.entity.js';

@InputType()
export class MonitoringVisitFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) localAuthorityId?: string;
  @Field(() => ID, { nullable: true }) placementId?: string;
  @Field(() => VisitStatus, { nullable: true }) status?: VisitStatus;
  @Field(() => Rag, { nullable: true }) overallRag?: Rag;
}

@InputType()
class OutcomeReviewInput {
  @Field(() => ID) outcomeId!: string;
  @Field(() => OutcomeJudgement) judgement!: OutcomeJudgement;
  @Field(() => String) @Length(1, 4000) evidence!: string;
}

@InputType()
class VisitActionInput {
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => String) @Length(1, 200) owner!: string;
  @Field(() => LocalDateResolver) dueDate!: string;
}

@ArgsType()
class VisitRatings {
  @Field(() => Rag, { nullable: true }) safeguarding?: Rag | null;
  @Field(() => Rag, { nullable: true }) provisionDelivered?: Rag | null;
  @Field(() => Rag, { nullable: true }) outcomesProgress?: Rag | null;
  @Field(() => Rag, { nullable: true }) attendance?: Rag | null;
  @Field(() => Rag, { nullable: true }) voiceAndWellbeing?: Rag | null;
  @Field(() => Rag, { nullable: true }) valueForMoney?: Rag | null;
  @Field(() => Rag, { nullable: true, description: 'Defaults to the worst area rating' }) overallRag?: Rag | null;
  @Field(() => String, { nullable: true }) findings?: string | null;
}

@ArgsType()
class CreateMonitoringVisitArgs extends VisitRatings {
  @Field(() => ID) placementId!: string;
  @Field(() => LocalDateResolver) visitDate!: string;
  @Field(() => VisitStatus) status!: VisitStatus;
  @Field(() => String) @Length(1, 200) officer!: string;
  @Field(() => [OutcomeReviewInput], { nullable: true }) outcomeReviews?: OutcomeReviewInput[];
  @Field(() => [VisitActionInput], { nullable: true }) actions?: VisitActionInput[];
}

@ArgsType()
class UpdateMonitoringVisitArgs extends VisitRatings {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) visitDate?: string;
  @Field(() => VisitStatus, { nullable: true }) status?: VisitStatus;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) officer?: string;
}

export const monitoringVisits: ResourceDefinition<MonitoringVisit, MonitoringVisitFilter> = {
  entity: MonitoringVisit,
  name: 'MonitoringVisit',
  plural: 'MonitoringVisits',
  filter: MonitoringVisitFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: PLACEMENT_WRITERS,
  sortFields: { visitDate: 'visitDate', status: 'status', officer: 'officer', overallRag: 'overallRag' },
  defaultSort: { field: 'visitDate', order: SortOrder.DESC },
};

const RAG_ORDER = [Rag.GREEN, Rag.AMBER, Rag.RED];
const worst = (rags: Rag[]): Rag | null => rags.reduce<Rag | null>((w, r) => (!w || RAG_ORDER.indexOf(r) > RAG_ORDER.indexOf(w) ? r : w), null);

/** A done visit rates every area and is not in the future; a planned one need rate nothing yet. */
export function checkVisit(visit: MonitoringVisit, errors: FieldErrors): void {
  if (visit.status !== VisitStatus.DONE) return;
  errors.check(visit.visitDate <= today(), 'visitDate', 'notInFutureWhenDone', 'a visit recorded as done cannot be dated in the future');
  for (const area of VISIT_AREAS) errors.check(!!visit[area], area, 'requiredWhenDone', 'rate every area of a visit that was done');
  visit.overallRag ??= worst(VISIT_AREAS.map((area) => visit[area]).filter((r): r is Rag => !!r));
}

class MonitoringVisitService extends ResourceService<MonitoringVisit, MonitoringVisitFilter> {
  async create({ placementId, outcomeReviews = [], actions = [], ...values }: CreateMonitoringVisitArgs): Promise<MonitoringVisit> {
    const placement = await new ResourceService(this.ctx, placements).get(placementId);
    const localAuthority = placement.localAuthority.id;
    this.assertWritableIn(localAuthority);
    const visit = this.em.create(MonitoringVisit, { ...values, placement, localAuthority });
    const errors = new FieldErrors();
    checkVisit(visit, errors);
    for (const [i, review] of outcomeReviews.entries()) {
      const outcome = await reviewedOutcome(this as never, visit, review.outcomeId, `outcomeReviews.${i}.outcomeId`, errors);
      if (outcome) this.em.create(OutcomeReview, { visit, outcome, judgement: review.judgement, evidence: review.evidence, reviewDate: visit.visitDate, localAuthority });
    }
    for (const action of actions) this.em.create(VisitAction, { ...action, visit, localAuthority });
    errors.throwIfAny();
    await this.em.flush();
    return visit;
  }

  update(args: UpdateMonitoringVisitArgs): Promise<MonitoringVisit> {
    return this.updateRecord(args, (visit) => {
      const errors = new FieldErrors();
      checkVisit(visit, errors);
      errors.throwIfAny();
    });
  }
}

/** Only an outcome commissioned from the visited placement may be reviewed at its visit. */
export async function reviewedOutcome(
  service: ResourceService<never, object>,
  visit: Pick<MonitoringVisit, 'placement' | 'localAuthority'>,
  outcomeId: string,
  field: string,
  errors: FieldErrors,
): Promise<CommissionedOutcome | null> {
  const outcome = await service.related(CommissionedOutcome, field, outcomeId, visit.localAuthority.id, errors);
  if (outcome && outcome.placement.id !== visit.placement.id) {
    errors.add(field, 'samePlacement', "must be one of the visited placement's commissioned outcomes");
    return null;
  }
  return outcome;
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

  @FieldResolver(() => Placement)
  placement(@Root() visit: MonitoringVisit): Promise<Placement> {
    return visit.placement.loadOrFail();
  }

  @FieldResolver(() => Boolean, { description: 'Any area rated red' })
  hasRedArea(@Root() visit: MonitoringVisit): boolean {
    return VISIT_AREAS.some((area) => visit[area] === Rag.RED);
  }
}
