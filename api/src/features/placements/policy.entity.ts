import { Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';

/** The product's defaults for placements, which each council may change for itself. */
export const POLICY_DEFAULTS = {
  visitIntervalMonths: 6,
  visitDueSoonDays: 30,
  ofstedReinspectionMonths: 36,
} as const;

/**
 * How one authority commissions and monitors placements: its visiting cadence, how old an Ofsted
 * judgement may be, where distances are measured from, and the reduction it is aiming for.
 */
@Entity()
@Unique({ properties: ['localAuthority'] })
@ObjectType({ description: "An authority's settings for commissioning and monitoring placements" })
export class CommissioningPolicy extends LocalAuthorityRecord {
  @Field(() => Int, { description: 'Default months between monitoring visits for a new placement' })
  @Property({ type: 'smallint' })
  visitIntervalMonths: number & Opt = POLICY_DEFAULTS.visitIntervalMonths;

  @Field(() => Int, { description: 'A visit is flagged as falling due this many days ahead' })
  @Property({ type: 'smallint' })
  visitDueSoonDays: number & Opt = POLICY_DEFAULTS.visitDueSoonDays;

  @Field(() => Int, { description: 'An Ofsted judgement older than this is flagged as out of date' })
  @Property({ type: 'smallint' })
  ofstedReinspectionMonths: number & Opt = POLICY_DEFAULTS.ofstedReinspectionMonths;

  @Field(() => Float, { nullable: true, description: 'Where distances to providers are measured from (WGS84)' })
  @Property({ type: 'double', nullable: true })
  homeLatitude?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  homeLongitude?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the baseline count the reduction target is set against' })
  @Property({ type: 'date', nullable: true })
  baselineDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Placements on the baseline date' })
  @Property({ type: 'integer', nullable: true })
  baselineCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Reduction aimed for by the target date, in % of the baseline' })
  @Property({ type: 'smallint', nullable: true })
  targetReductionPercent?: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  targetDate?: string | null;
}
