import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Placement } from './placement.entity.js';

@Entity()
@ObjectType({ description: "An outcome from the child's plan that the placement is commissioned to deliver" })
export class CommissionedOutcome extends LocalAuthorityRecord {
  @ManyToOne(() => Placement, { ref: true, deleteRule: 'cascade' })
  @Index()
  placement!: Ref<Placement>;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  targetDate!: string;
}
