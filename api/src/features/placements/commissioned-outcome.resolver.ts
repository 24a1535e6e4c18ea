import { FieldResolver, ID, Field, InputType, Resolver, Root } from 'type-graphql';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { Placement } from './placement.entity.js';
import { PLACEMENT_WRITERS } from './provider.resolver.js';

@InputType()
export class CommissionedOutcomeFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) placementId?: string;
}

/** Outcomes are commissioned with their placement (createPlacement); here they are read and deleted. */
export const commissionedOutcomes: ResourceDefinition<CommissionedOutcome, CommissionedOutcomeFilter> = {
  entity: CommissionedOutcome,
  name: 'CommissionedOutcome',
  plural: 'CommissionedOutcomes',
  filter: CommissionedOutcomeFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: PLACEMENT_WRITERS,
  sortFields: { targetDate: 'targetDate' },
  defaultSort: { field: 'targetDate', order: SortOrder.ASC },
};

@Resolver(() => CommissionedOutcome)
export class CommissionedOutcomeResolver extends LocalAuthorityResourceResolver(commissionedOutcomes) {
  @FieldResolver(() => Placement)
  placement(@Root() outcome: CommissionedOutcome): Promise<Placement> {
    return outcome.placement.loadOrFail();
  }
}
