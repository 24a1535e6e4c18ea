import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Child } from '../people/child.entity.js';
import { Plan } from '../people/plan.entity.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { HideCostFromAuditors } from './cost-visibility.js';
import { PlacementStatus } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import { Provider } from './provider.entity.js';

/** A child placed with an independent or out-of-area provider under a contract. Costs are whole pounds a year. */
@Entity()
@ObjectType({ description: 'A child placed with an independent or out-of-area provider' })
export class Placement extends LocalAuthorityRecord {
  @ManyToOne(() => Child, { ref: true, deleteRule: 'restrict' })
  @Index()
  child!: Ref<Child>;

  @ManyToOne(() => Plan, { ref: true, deleteRule: 'restrict' })
  @Index()
  plan!: Ref<Plan>;

  @ManyToOne(() => Provider, { ref: true, deleteRule: 'restrict' })
  @Index()
  provider!: Ref<Provider>;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  plannedEndDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the placement actually ended' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  contractReference!: string;

  @Field(() => Int, { nullable: true, description: 'Education contribution, £ a year (hidden from auditors)' })
  @UseMiddleware(HideCostFromAuditors)
  @Property({ type: 'integer' })
  educationCost!: number;

  @Field(() => Int, { nullable: true, description: 'Health contribution, £ a year (hidden from auditors)' })
  @UseMiddleware(HideCostFromAuditors)
  @Property({ type: 'integer' })
  healthCost!: number;

  @Field(() => Int, { nullable: true, description: 'Social care contribution, £ a year (hidden from auditors)' })
  @UseMiddleware(HideCostFromAuditors)
  @Property({ type: 'integer' })
  socialCareCost!: number;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  residential: boolean & Opt = false;

  @Field(() => Int, { description: 'Nights a week in residence; 0 for a day placement' })
  @Property({ type: 'integer' })
  nightsPerWeek: number & Opt = 0;

  @Field(() => Int, { description: '38 (term time) or 52 weeks a year' })
  @Property({ type: 'integer' })
  weeksPerYear!: number;

  @Field(() => String, { description: 'Why no local provision could meet the need' })
  @Property({ type: 'text' })
  noLocalProvisionReason!: string;

  @Field(() => String, { nullable: true, description: 'Why the child has another active placement at the same time' })
  @Property({ type: 'text', nullable: true })
  overlapReason?: string | null;

  @Field(() => PlacementStatus)
  @Enum({ items: () => PlacementStatus })
  @Index()
  status!: PlacementStatus;

  @Field(() => Int, { description: 'Months between monitoring visits: six by default, fewer where there are concerns' })
  @Property({ type: 'integer' })
  visitFrequencyMonths: number & Opt = 6;

  @OneToMany(() => CommissionedOutcome, (outcome) => outcome.placement)
  commissionedOutcomes = new Collection<CommissionedOutcome>(this);

  @OneToMany(() => MonitoringVisit, (visit) => visit.placement)
  visits = new Collection<MonitoringVisit>(this);
}
