import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Child } from './child.entity.js';
import { PlanStatus } from './enums.js';
import { Setting } from './setting.entity.js';
import { Team } from './team.entity.js';

@Entity()
@ObjectType({ description: 'An Education, Health and Care Plan (EHCP)' })
export class Plan extends LocalAuthorityRecord {
  @Field(() => Child)
  @ManyToOne(() => Child, { ref: true, deleteRule: 'restrict' })
  @Index()
  child!: Ref<Child>;

  @Field(() => PlanStatus)
  @Enum({ items: () => PlanStatus })
  @Index()
  status!: PlanStatus;

  @Field(() => LocalDateResolver, { description: "Date the EHC needs assessment was requested (the statutory timeline's final-plan step keeps it in step with the assessment's)" })
  @Property({ type: 'date' })
  requestDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the final plan was issued' })
  @Property({ type: 'date', nullable: true })
  issueDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  lastAnnualReviewDate?: string | null;

  /** Section I: the school or other institution named in the plan. */
  @Field(() => Setting, { nullable: true, description: 'Section I: the school or other institution named' })
  @ManyToOne(() => Setting, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  setting?: Ref<Setting> | null;

  @Field(() => Team, { nullable: true, description: 'The casework team' })
  @ManyToOne(() => Team, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  team?: Ref<Team> | null;
}
