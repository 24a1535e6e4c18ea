import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ObjectType, Extensions } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { KpiCalculation } from '../../core/kpi-catalogue.js';
import { KpiDirection, KpiFrequency, KpiSource, KpiUnit, ReportingCalendar } from './enums.js';
import { VISIBLE_WITH_PARENT } from '../../core/access/guard.js';

@ObjectType({ description: 'A target the KPI should reach by a date, reported as target against actual' })
export class KpiMilestoneTarget {
  @Field(() => LocalDateResolver) date!: string;
  @Field(() => Float) target!: number;
}

@Entity()
@Unique({ properties: ['localAuthority', 'code'] })
@ObjectType({ description: 'A key performance indicator of the local-area QA framework' })
export class Kpi extends LocalAuthorityRecord {
  @Field(() => String, { description: 'Short code, unique in the authority, e.g. "EHC-20WK"' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'What it measures, in plain language' })
  @Property({ type: 'text' })
  definition!: string;

  @Field(() => KpiUnit)
  @Enum({ items: () => KpiUnit })
  unit!: KpiUnit;

  @Field(() => KpiDirection)
  @Enum({ items: () => KpiDirection })
  direction!: KpiDirection;

  @Field(() => Float)
  @Property({ type: 'double' })
  target!: number;

  @Field(() => Float, { description: 'How far (in the unit) a value may miss the target and be amber rather than red' })
  @Property({ type: 'double' })
  amberTolerance!: number;

  @Field(() => KpiFrequency)
  @Enum({ items: () => KpiFrequency })
  frequency!: KpiFrequency;

  @Field(() => ReportingCalendar, { description: 'The year its periods are counted in: "2026/27 Q1" is April–June in the financial year' })
  @Enum({ items: () => ReportingCalendar, default: ReportingCalendar.FINANCIAL })
  calendar: ReportingCalendar & Opt = ReportingCalendar.FINANCIAL;

  @Field(() => String, { nullable: true, description: 'The accountable manager, when outside the system; else ownerUser' })
  @Property({ type: 'string', length: 200, nullable: true })
  owner?: string | null;

  @Field(() => User, { nullable: true, description: 'The accountable manager, who writes the exception note when it turns red' })
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  ownerUser?: Ref<User> | null;

  @Field(() => KpiSource)
  @Enum({ items: () => KpiSource })
  source!: KpiSource;

  @Field(() => KpiCalculation, { nullable: true, description: 'For a computed KPI: the named calculation' })
  // Sorted: the order the features are listed in is no change to the column.
  @Enum({ items: () => Object.values(KpiCalculation).sort(), nullable: true })
  calculation?: KpiCalculation | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  baselineValue?: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  baselineDate?: string | null;

  @Field(() => [KpiMilestoneTarget])
  @Property({ type: 'json' })
  milestoneTargets: KpiMilestoneTarget[] & Opt = [];
}

/** A KPI's figure for one period, kept so that trends are real. */
@Entity()
@Unique({ properties: ['kpi', 'periodStart'] })
@ObjectType({ description: "A KPI's value for one period, with its numerator and denominator" })
export class KpiValue extends LocalAuthorityRecord {
  @Field(() => Kpi)
  @Extensions({ [VISIBLE_WITH_PARENT]: 'a value of a KPI the caller may not see is hidden with it' })
  @ManyToOne(() => Kpi, { ref: true, deleteRule: 'cascade' })
  @Index()
  kpi!: Ref<Kpi>;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => String, { description: 'e.g. "Mar 2026", "2026/27 Q1", "2025/26 Spring"' })
  @Property({ type: 'string', length: 40 })
  period!: string;

  @Field(() => Float, { nullable: true, description: 'Null when there was nothing to count' })
  @Property({ type: 'double', nullable: true })
  value?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  numerator?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  denominator?: number | null;

  @Field(() => String, { nullable: true, description: 'For a manual value: where it comes from (required)' })
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'For a computed value: when it was last calculated' })
  @Property({ type: 'datetime', nullable: true })
  calculatedAt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Set when a published report used this value: it is never recalculated again' })
  @Property({ type: 'datetime', nullable: true })
  frozenAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Exception note: the owner's commentary on a red value" })
  @Property({ type: 'text', nullable: true })
  exceptionCommentary?: string | null;

  @Field(() => String, { nullable: true, description: 'Exception note: the actions the owner is taking' })
  @Property({ type: 'text', nullable: true })
  exceptionActions?: string | null;
}
