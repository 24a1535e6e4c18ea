import { Collection, Entity, Index, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { Placement } from './placement.entity.js';

/** An outcome from section E of the child's plan that the placement is bought to achieve. */
@Entity()
@ObjectType({ description: "An outcome from the plan's section E that the placement is commissioned to deliver" })
export class CommissionedOutcome extends LocalAuthorityRecord {
  @Field(() => Placement)
  @ManyToOne(() => Placement, { ref: true, deleteRule: 'cascade' })
  @Index()
  placement!: Ref<Placement>;

  @Field(() => String, { nullable: true, description: "Which outcome of the plan's section E, e.g. E3" })
  @Property({ type: 'string', length: 20, nullable: true })
  planReference?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  targetDate!: string;

  @Field(() => [OutcomeReview])
  @OneToMany(() => OutcomeReview, (review) => review.outcome)
  reviews = new Collection<OutcomeReview>(this);
}
