import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { ProviderDocumentKind } from './enums.js';

@InputType()
export class ProviderDocumentFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) providerId?: string;
  @Field(() => ProviderDocumentKind, { nullable: true }) kind?: ProviderDocumentKind;
  @Field(() => Boolean, { nullable: true, description: 'Past the date a new one was due' }) reviewOverdue?: boolean;
}

@ArgsType()
export class CreateProviderDocumentArgs {
  @Field(() => UUID) providerId!: string;
  @Field(() => ProviderDocumentKind) kind!: ProviderDocumentKind;
  @Field(() => String) @Length(1, 200) title!: string;
  @Field(() => LocalDateResolver) documentDate!: string;
  @Field(() => LocalDateResolver) receivedOn!: string;
  @Field(() => LocalDateResolver, { nullable: true }) reviewDue?: string | null;
}

@ArgsType()
export class UpdateProviderDocumentArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ProviderDocumentKind, { nullable: true }) @IfPresent() @IsNotEmpty() kind?: ProviderDocumentKind;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) title?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() documentDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() receivedOn?: string;
  @Field(() => LocalDateResolver, { nullable: true }) reviewDue?: string | null;
}
