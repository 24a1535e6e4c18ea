import { Field, Float, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { KpiDirection, KpiFrequency, KpiSource, KpiUnit, Rag, ReportingCalendar } from './enums.js';
import { KpiMilestoneTarget } from './kpi.entity.js';

@ObjectType({ description: "A KPI's figure for one period as the API reports it: stored where frozen or entered, else calculated" })
export class KpiFigure {
  @Field(() => String) period!: string;
  @Field(() => LocalDateResolver) periodStart!: string;
  @Field(() => LocalDateResolver) periodEnd!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => Rag) rag!: Rag;
  @Field(() => Boolean, { description: 'The period had not ended on the day asked for: its figure may still change' }) partial!: boolean;
  @Field(() => Float, { description: 'Share of the period passed on the day asked for, per cent (100 once it has ended)' }) elapsedPercent!: number;
  @Field(() => Boolean, { description: 'Used by a published report: never recalculated again' }) frozen!: boolean;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => String, { nullable: true }) exceptionCommentary!: string | null;
  @Field(() => String, { nullable: true }) exceptionActions!: string | null;
  @Field(() => Boolean, { description: 'Red without an exception note yet: the owner is asked for one' }) needsExceptionNote!: boolean;
  @Field(() => ID, { nullable: true, description: 'The stored KpiValue, where there is one' }) kpiValueId!: string | null;
}

@ObjectType({ description: 'A milestone target of a KPI with the actual value of the period that holds its date' })
export class KpiMilestoneResult extends KpiMilestoneTarget {
  @Field(() => Float, { nullable: true }) actual!: number | null;
  @Field(() => Rag) rag!: Rag;
}

@ObjectType({ description: 'One KPI as the scorecard and the highlight report show it' })
export class KpiRow {
  @Field(() => ID) kpiId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) owner!: string;
  @Field(() => KpiUnit) unit!: KpiUnit;
  @Field(() => KpiDirection) direction!: KpiDirection;
  @Field(() => KpiFrequency, { description: 'The periods shown: the KPI\'s own, or those the scorecard was asked for' }) frequency!: KpiFrequency;
  @Field(() => ReportingCalendar, { description: 'The calendar of the periods shown' }) calendar!: ReportingCalendar;
  @Field(() => KpiSource) source!: KpiSource;
  @Field(() => Float) target!: number;
  @Field(() => Float, { nullable: true }) baselineValue!: number | null;
  @Field(() => LocalDateResolver, { nullable: true }) baselineDate!: string | null;
  @Field(() => KpiFigure, { description: 'The period that holds the date asked for' }) current!: KpiFigure;
  @Field(() => [KpiFigure], { description: 'The periods up to and including the current one, oldest first' }) trend!: KpiFigure[];
  @Field(() => [KpiMilestoneResult]) milestones!: KpiMilestoneResult[];
}
