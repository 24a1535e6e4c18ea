import { Entity, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Setting } from '../people/index.js';

/** DfE expects every mainstream state school to run a 32.5-hour week, in every year group, from September 2024. */
const EXPECTED_WEEK_HOURS = 32.5;

/**
 * The product's defaults for part-time timetables: DfE's expected week as the full-time benchmark in every key
 * stage (a council may set its own per key stage, a school its own week), a six-week maximum before an
 * extension must be justified, and the reference plan's 30% reduction target.
 */
export const DEFAULT_POLICY = {
  maximumWeeks: 6,
  keyStage1Hours: EXPECTED_WEEK_HOURS,
  keyStage2Hours: EXPECTED_WEEK_HOURS,
  keyStage3Hours: EXPECTED_WEEK_HOURS,
  year11Hours: EXPECTED_WEEK_HOURS,
  targetReductionPercent: 30,
} as const;

/** One local authority's rules for part-time timetables and its reduction target. */
@Entity()
@Unique({ properties: ['localAuthority'] })
@ObjectType({ description: "A local authority's part-time timetable policy and reduction target" })
export class PartTimePolicy extends LocalAuthorityRecord {
  @Field(() => Int, { description: 'Longest a timetable may run before an extension must be recorded with a reason' })
  @Property({ type: 'smallint' })
  maximumWeeks: number & Opt = DEFAULT_POLICY.maximumWeeks;

  @Field(() => Float, { description: 'Full-time hours a week, Reception to Year 2 (and younger)' })
  @Property({ type: 'double' })
  keyStage1Hours: number & Opt = DEFAULT_POLICY.keyStage1Hours;

  @Field(() => Float, { description: 'Full-time hours a week, Years 3 to 6' })
  @Property({ type: 'double' })
  keyStage2Hours: number & Opt = DEFAULT_POLICY.keyStage2Hours;

  @Field(() => Float, { description: 'Full-time hours a week, Years 7 to 10' })
  @Property({ type: 'double' })
  keyStage3Hours: number & Opt = DEFAULT_POLICY.keyStage3Hours;

  @Field(() => Float, { description: 'Full-time hours a week, Year 11 and older' })
  @Property({ type: 'double' })
  year11Hours: number & Opt = DEFAULT_POLICY.year11Hours;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the baseline count was taken' })
  @Property({ type: 'date', nullable: true })
  baselineDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Pupils with SEND on part-time timetables at the baseline date' })
  @Property({ type: 'integer', nullable: true })
  baselineCount?: number | null;

  @Field(() => Float, { description: 'Reduction sought against the baseline, per cent' })
  @Property({ type: 'double' })
  targetReductionPercent: number & Opt = DEFAULT_POLICY.targetReductionPercent;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the reduction should be reached' })
  @Property({ type: 'date', nullable: true })
  targetDate?: string | null;
}

/** A setting that states its own full-time week; otherwise the authority's key-stage benchmark applies. */
@Entity()
export class SchoolWeek extends LocalAuthorityRecord {
  @ManyToOne(() => Setting, { ref: true, deleteRule: 'cascade', unique: true })
  setting!: Ref<Setting>;

  @Property({ type: 'double' })
  fullTimeHours!: number;
}
