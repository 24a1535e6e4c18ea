import { ArrayUnique, IsOptional, Length, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { CycleKind, Stratum, Term } from './cycle.entity.js';

@InputType()
export class AuditCycleFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => CycleKind, { nullable: true }) kind?: CycleKind;
  @Field(() => Term, { nullable: true }) term?: Term;
  @Field(() => Int, { nullable: true }) academicYear?: number;
}

@ArgsType()
export class CreateAuditCycleArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => CycleKind) kind!: CycleKind;
  @Field(() => Term) term!: Term;
  @Field(() => Int) @Min(2000) @Max(2100) academicYear!: number;
  @Field(() => LocalDateResolver) opensOn!: string;
  @Field(() => LocalDateResolver) closesOn!: string;
  @Field(() => UUID, { description: 'A published version of one of the authority’s rubrics' }) rubricVersionId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) sampleSize?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0.1) @Max(100) samplePercent?: number | null;
  @Field(() => [Stratum], { nullable: true }) @IsOptional() @ArrayUnique() stratifyBy?: Stratum[];
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(12) excludeAuditedInLastCycles?: number;
  @Field(() => [UUID], { nullable: true }) @IsOptional() @ArrayUnique() includePlanIds?: string[];
  @Field(() => Boolean, { nullable: true }) @IsOptional() reauditBelowGood?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(100) moderationSharePercent?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(100) agreementTargetPercent?: number;
  @Field(() => Int, { nullable: true, description: 'To draw the same sample again; a random one otherwise' })
  @IsOptional()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number;
}

@ArgsType()
export class UpdateAuditCycleArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @Length(10, 10) opensOn?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @Length(10, 10) closesOn?: string;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(0) @Max(100) moderationSharePercent?: number;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(0) @Max(100) agreementTargetPercent?: number;
}
