import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { ActionResource, Brag } from './enums.js';
import { Kpi } from './kpi.entity.js';

@Entity()
@ObjectType({ description: 'A workstream of the improvement plan (written statement of action)' })
export class Workstream extends LocalAuthorityRecord {
  @Field(() => Int, { description: 'Its number: outcome references start with it ("2" for 2.1, 2.2, …)' })
  @Property({ type: 'smallint' })
  number!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  seniorSponsor!: string;
}

@Entity()
@ObjectType({ description: 'An outcome a workstream intends, e.g. "2.4"' })
export class ImprovementOutcome extends LocalAuthorityRecord {
  @Field(() => Workstream)
  @ManyToOne(() => Workstream, { ref: true, deleteRule: 'cascade' })
  @Index()
  workstream!: Ref<Workstream>;

  @Field(() => String, { description: 'e.g. "2.4"' })
  @Property({ type: 'string', length: 20 })
  reference!: string;

  @Field(() => String, { description: 'The intended impact' })
  @Property({ type: 'text' })
  intendedImpact!: string;
}

@Entity()
@ObjectType({ description: 'What will be done towards an outcome' })
export class ImprovementAction extends LocalAuthorityRecord {
  @Field(() => ImprovementOutcome)
  @ManyToOne(() => ImprovementOutcome, { ref: true, deleteRule: 'cascade' })
  @Index()
  outcome!: Ref<ImprovementOutcome>;

  @Field(() => String, { description: 'e.g. "2.4.1"' })
  @Property({ type: 'string', length: 20 })
  reference!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: "Who leads it, when outside the system (a partner's officer); else ownerUser" })
  @Property({ type: 'string', length: 200, nullable: true })
  owner?: string | null;

  @Field(() => User, { nullable: true, description: 'Who leads it, and so owns its milestones: a user who may change the improvement plan' })
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  ownerUser?: Ref<User> | null;

  @Field(() => ActionResource, { description: 'AR: additional resource required; ER: existing resource' })
  @Enum({ items: () => ActionResource })
  resource!: ActionResource;

  /** The KPIs that show this action's impact. */
  @ManyToMany(() => Kpi)
  kpis = new Collection<Kpi>(this);
}

@Entity()
@ObjectType({ description: 'A dated step of an action, rated BRAG' })
export class Milestone extends LocalAuthorityRecord {
  @Field(() => ImprovementAction)
  @ManyToOne(() => ImprovementAction, { ref: true, deleteRule: 'cascade' })
  @Index()
  action!: Ref<ImprovementAction>;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  deadline!: string;

  @Field(() => Brag, { description: 'The rating as last set; see `shownBrag` for the one to show' })
  @Enum({ items: () => Brag })
  brag!: Brag;

  @Field(() => LocalDateResolver, { description: 'When the rating was last set' })
  @Property({ type: 'date' })
  bragSetOn!: string;
}
