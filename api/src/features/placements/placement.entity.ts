import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Child, Plan } from '../people/index.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { AttendancePattern, PlacementStatus } from './enums.js';
import { Provider } from './provider.entity.js';

/** A child's place at an independent or out-of-area provider, bought by their home authority. */
@Entity()
@ObjectType({ description: 'A placement of a child at an independent or out-of-area provider' })
export class Placement extends LocalAuthorityRecord {
  @Field(() => Child)
  @ManyToOne(() => Child, { ref: true, deleteRule: 'restrict' })
  @Index()
  child!: Ref<Child>;

  @Field(() => Plan)
  @ManyToOne(() => Plan, { ref: true, deleteRule: 'restrict' })
  @Index()
  plan!: Ref<Plan>;

  @Field(() => Provider)
  @ManyToOne(() => Provider, { ref: true, deleteRule: 'restrict' })
  @Index()
  provider!: Ref<Provider>;

  @Field(() => PlacementStatus)
  @Enum({ items: () => PlacementStatus })
  @Index()
  status: PlacementStatus & Opt = PlacementStatus.ACTIVE;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDateResolver, { description: 'When the placement is planned to end: the contract end' })
  @Property({ type: 'date' })
  @Index()
  plannedEndDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it actually ended' })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Field(() => String, { description: 'Individual placement agreement or contract reference' })
  @Property({ type: 'string', length: 100 })
  contractReference!: string;

  @Field(() => Int, { nullable: true, description: 'Annual education contribution in whole pounds (hidden from auditors)' })
  @Property({ type: 'integer' })
  educationCost!: number;

  @Field(() => Int, { nullable: true, description: 'Annual health contribution in whole pounds (hidden from auditors)' })
  @Property({ type: 'integer' })
  healthCost!: number;

  @Field(() => Int, { nullable: true, description: 'Annual social care contribution in whole pounds (hidden from auditors)' })
  @Property({ type: 'integer' })
  socialCareCost!: number;

  @Field(() => AttendancePattern)
  @Enum({ items: () => AttendancePattern })
  attendancePattern!: AttendancePattern;

  @Field(() => Int, { nullable: true, description: 'Nights a week, for a residential placement' })
  @Property({ type: 'smallint', nullable: true })
  nightsPerWeek?: number | null;

  @Field(() => Int, { description: '38 (term time) or 52 weeks a year' })
  @Property({ type: 'smallint' })
  weeksPerYear!: number;

  @Field(() => String, { description: 'Why no local provision could meet the need' })
  @Property({ type: 'text' })
  noLocalProvisionReason!: string;

  @Field(() => String, { nullable: true, description: 'Why the child has another active placement at the same time' })
  @Property({ type: 'text', nullable: true })
  overlapReason?: string | null;

  @Field(() => Int, { description: 'Months between monitoring visits (more often where there are concerns)' })
  @Property({ type: 'smallint' })
  visitIntervalMonths!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the last completed monitoring visit' })
  @Property({ type: 'date', nullable: true })
  lastVisitOn?: string | null;

  @Field(() => Boolean, { description: 'The last completed visit rated an area red' })
  @Property({ type: 'boolean' })
  lastVisitRed: boolean & Opt = false;

  @Field(() => LocalDateResolver, { description: 'When the next monitoring visit is due' })
  @Property({ type: 'date' })
  @Index()
  nextVisitDue!: string;

  @Field(() => [CommissionedOutcome])
  @OneToMany(() => CommissionedOutcome, (outcome) => outcome.placement)
  outcomes = new Collection<CommissionedOutcome>(this);
}
