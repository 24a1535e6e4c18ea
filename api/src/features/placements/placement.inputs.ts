import { IsNotEmpty, Length, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { OfstedRating, PrimaryNeed, SettingType } from '../people/index.js';
import { AttendancePattern, PlacementStatus } from './enums.js';

@InputType({ description: "An outcome from the plan's section E the placement is bought to deliver" })
export class CommissionedOutcomeInput {
  @Field(() => String, { nullable: true, description: 'e.g. E3' }) @IfPresent() @Length(1, 20) planReference?: string | null;
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => LocalDateResolver) targetDate!: string;
}

@InputType()
export class PlacementFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) childId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) providerId?: string;
  @Field(() => PlacementStatus, { nullable: true }) status?: PlacementStatus;
  @Field(() => PrimaryNeed, { nullable: true }) primaryNeed?: PrimaryNeed;
  @Field(() => SettingType, { nullable: true, description: "The provider's type" }) settingType?: SettingType;
  @Field(() => OfstedRating, { nullable: true, description: "The provider's Ofsted judgement" }) ofstedRating?: OfstedRating;
  @Field(() => AttendancePattern, { nullable: true }) attendancePattern?: AttendancePattern;
  @Field(() => Boolean, { nullable: true, description: 'Active, and the next visit is past due' }) visitOverdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'The last completed visit rated an area red' }) lastVisitRed?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Active at a provider judged Inadequate and not visited since' }) urgentReview?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Still open after its planned end' }) pastPlannedEnd?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) plannedEndDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) plannedEndDate_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) nextVisitDue_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) startDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) startDate_lte?: string;
}

@ArgsType()
export class CreatePlacementArgs {
  @Field(() => UUID) childId!: string;
  @Field(() => UUID, { description: "The child's final plan that names the provision" }) planId!: string;
  @Field(() => UUID) providerId!: string;
  @Field(() => LocalDateResolver) startDate!: string;
  @Field(() => LocalDateResolver) plannedEndDate!: string;
  @Field(() => String) @Length(1, 100) contractReference!: string;
  // Nullable here so that a missing part is refused by the rules, naming the field, like a negative one.
  @Field(() => Int, { nullable: true }) educationCost?: number | null;
  @Field(() => Int, { nullable: true }) healthCost?: number | null;
  @Field(() => Int, { nullable: true }) socialCareCost?: number | null;
  @Field(() => AttendancePattern) attendancePattern!: AttendancePattern;
  @Field(() => Int, { nullable: true }) nightsPerWeek?: number | null;
  @Field(() => Int) weeksPerYear!: number;
  @Field(() => String) @Length(1, 4000) noLocalProvisionReason!: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) overlapReason?: string | null;
  @Field(() => Int, { nullable: true, description: "Defaults to the authority's policy (6 months unless changed)" }) visitIntervalMonths?: number | null;
  @Field(() => [CommissionedOutcomeInput], { nullable: true }) @ValidateNested({ each: true }) outcomes?: CommissionedOutcomeInput[] | null;
}

@ArgsType()
export class UpdatePlacementArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => PlacementStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: PlacementStatus;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() startDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() plannedEndDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) endedOn?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 100) contractReference?: string;
  @Field(() => Int, { nullable: true }) educationCost?: number | null;
  @Field(() => Int, { nullable: true }) healthCost?: number | null;
  @Field(() => Int, { nullable: true }) socialCareCost?: number | null;
  @Field(() => AttendancePattern, { nullable: true }) @IfPresent() @IsNotEmpty() attendancePattern?: AttendancePattern;
  @Field(() => Int, { nullable: true }) nightsPerWeek?: number | null;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsNotEmpty() weeksPerYear?: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) noLocalProvisionReason?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) overlapReason?: string | null;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsNotEmpty() visitIntervalMonths?: number;
}
