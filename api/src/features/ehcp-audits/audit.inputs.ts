import { ArrayUnique, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { AssignmentStrategy } from './assignment.js';
import { AuditLens, AuditStatus, JudgementValue } from './audit.entity.js';

@InputType()
export class AuditFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) cycleId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) auditorId?: string;
  @Field(() => UUID, { nullable: true }) moderatorId?: string;
  @Field(() => AuditStatus, { nullable: true }) status?: AuditStatus;
  @Field(() => AuditLens, { nullable: true }) lens?: AuditLens;
  @Field(() => Boolean, { nullable: true, description: 'True: still with its auditor (assigned, in progress or returned); false: the others' })
  toDo?: boolean;
}

@ArgsType()
export class AssignAuditArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => UUID) auditorId!: string;
  @Field(() => AuditLens, { nullable: true, description: 'For multi-agency audits' }) lens?: AuditLens | null;
}

@ArgsType()
export class AssignCycleAuditsArgs {
  @Field(() => UUID) cycleId!: string;
  @Field(() => [UUID], { description: 'The auditors to share the audits among; ties go to the one listed first' }) @ArrayUnique() auditorIds!: string[];
  @Field(() => AssignmentStrategy) strategy!: AssignmentStrategy;
  @Field(() => AuditLens, { nullable: true, description: 'For multi-agency audits: the lens every audit is scored with' }) lens?: AuditLens | null;
}

@InputType()
export class CriterionJudgementInput {
  @Field(() => String) @Length(1, 40) key!: string;
  @Field(() => JudgementValue) judgement!: JudgementValue;
}

@ArgsType()
export class SaveAuditSectionArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'The rubric section, e.g. B' }) @Length(1, 10) code!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(4) grade?: number | null;
  @Field(() => String) @Length(0, 20_000) evidence!: string;
  @Field(() => [CriterionJudgementInput]) @ValidateNested() judgements!: CriterionJudgementInput[];
}

@ArgsType()
export class SubmitAuditArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) @Length(0, 20_000) strengths!: string;
  @Field(() => String) @Length(0, 20_000) areasForDevelopment!: string;
  @Field(() => Int, { nullable: true, description: 'Leave out to accept the suggested grade' }) @IsOptional() @Min(1) @Max(4) overallGrade?: number | null;
  @Field(() => String, { nullable: true, description: 'Required when the overall grade differs from the suggested one' })
  @IsOptional()
  @Length(0, 4000)
  overrideReason?: string | null;
}

@ArgsType()
export class RequestModerationArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => UUID) moderatorId!: string;
}

@ArgsType()
export class ModeratorGradeArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Int) @Min(1) @Max(4) grade!: number;
}

@ArgsType()
export class AgreeGradeArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Int) @Min(1) @Max(4) agreedGrade!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) notes?: string | null;
}

@ArgsType()
export class ReturnAuditArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) @Length(1, 4000) reason!: string;
}
