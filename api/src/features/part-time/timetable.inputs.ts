import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { PartTimeReason, SenStatus, TimetableStatus } from './enums.js';

@InputType()
export class PartTimeTimetableFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) childId?: string;
  @Field(() => UUID, { nullable: true }) settingId?: string;
  @Field(() => SenStatus, { nullable: true }) senStatus?: SenStatus;
  @Field(() => TimetableStatus, { nullable: true }) status?: TimetableStatus;
  @Field(() => PartTimeReason, { nullable: true }) reason?: PartTimeReason;
  @Field(() => Boolean, { nullable: true, description: 'Active and its next review is past' }) reviewOverdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Lacks an agreement it needs (see missingAgreements)' }) consentMissing?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) startDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) startDate_lte?: string;
}

@ArgsType()
export class CreatePartTimeTimetableArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => UUID) childId!: string;
  @Field(() => UUID, { description: 'The school or other setting' }) settingId!: string;
  @Field(() => SenStatus) senStatus!: SenStatus;
  @Field(() => UUID, { nullable: true, description: 'Who sees that it is reviewed on time: a user who may record its reviews' }) ownerUserId?: string | null;
  @Field(() => LocalDateResolver) startDate!: string;
  @Field(() => LocalDateResolver, { description: 'The agreed end date, or the first review date' }) agreedEndDate!: string;
  @Field(() => Float) hoursPerWeek!: number;
  @Field(() => PartTimeReason) reason!: PartTimeReason;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) reasonNotes?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) parentAgreementDate?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 200) parentAgreedBy?: string | null;
  @Field(() => String) @Length(0, 4000) returnPlan!: string;
  @Field(() => LocalDateResolver, { nullable: true }) caseworkerAgreementDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) virtualSchoolAgreementDate?: string | null;
  @Field(() => Boolean, { nullable: true }) hasSocialWorker?: boolean;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) socialWorkerInvolvement?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) extendedUntil?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) extensionReason?: string | null;
}

@ArgsType()
export class UpdatePartTimeTimetableArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => SenStatus, { nullable: true }) @IfPresent() @IsNotEmpty() senStatus?: SenStatus;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() startDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() agreedEndDate?: string;
  @Field(() => Float, { nullable: true }) @IfPresent() @IsNotEmpty() hoursPerWeek?: number;
  @Field(() => PartTimeReason, { nullable: true }) @IfPresent() @IsNotEmpty() reason?: PartTimeReason;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) reasonNotes?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) parentAgreementDate?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 200) parentAgreedBy?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) returnPlan?: string;
  @Field(() => LocalDateResolver, { nullable: true }) caseworkerAgreementDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) virtualSchoolAgreementDate?: string | null;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsNotEmpty() hasSocialWorker?: boolean;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) socialWorkerInvolvement?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) extendedUntil?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) extensionReason?: string | null;
  @Field(() => TimetableStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: TimetableStatus;
  @Field(() => LocalDateResolver, { nullable: true }) endedOn?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) destination?: string | null;
}
