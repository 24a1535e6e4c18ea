import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class SchoolReturnFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) settingId?: string;
  @Field(() => Int, { nullable: true }) academicYear?: number;
  @Field(() => Int, { nullable: true }) halfTerm?: number;
}

@ArgsType()
export class HalfTermArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => Int, { description: 'The year the academic year starts: 2025 for 2025/26' }) @Min(2000) @Max(2100) academicYear!: number;
  @Field(() => Int, { description: '1 to 6' }) @Min(1) @Max(6) halfTerm!: number;
}

/** Room for the largest return a school sends (18,000 rows at about 1,000 characters each), within the body limit. */
export const MAX_RETURN_LENGTH = 20 * 1024 * 1024;

@ArgsType()
export class ImportReturnArgs extends HalfTermArgs {
  @Field(() => UUID, { description: 'The school sending the return' }) settingId!: string;
  @Field(() => String, { description: 'The return as CSV text, with a header row; a header alone is a nil return' })
  @MaxLength(MAX_RETURN_LENGTH)
  csv!: string;
}
