import { IsBoolean, IsNotEmpty, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { Child } from './child.entity.js';
import { CASE_REFERENCE, CASE_REFERENCE_MESSAGE, checkDateOfBirth } from './child.rules.js';
import { PrimaryNeed, Sex } from './enums.js';
import { UUID } from '../../core/graphql/uuid.js';


@InputType()
export class ChildFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => PrimaryNeed, { nullable: true }) primaryNeed?: PrimaryNeed;
  @Field(() => Sex, { nullable: true }) sex?: Sex;
  @Field(() => Boolean, { nullable: true }) complexHealthNeeds?: boolean;
  @Field(() => Boolean, { nullable: true }) lookedAfter?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) dateOfBirth_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) dateOfBirth_lte?: string;
}

@ArgsType()
class CreateChildArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Matches(CASE_REFERENCE, { message: CASE_REFERENCE_MESSAGE }) caseReference!: string;
  @Field(() => LocalDateResolver) dateOfBirth!: string;
  @Field(() => Sex) sex!: Sex;
  @Field(() => PrimaryNeed) primaryNeed!: PrimaryNeed;
  @Field(() => Boolean, { nullable: true }) complexHealthNeeds?: boolean;
  @Field(() => Boolean, { nullable: true }) lookedAfter?: boolean;
}

@ArgsType()
class UpdateChildArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Matches(CASE_REFERENCE, { message: CASE_REFERENCE_MESSAGE }) caseReference?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() dateOfBirth?: string;
  @Field(() => Sex, { nullable: true }) @IfPresent() @IsNotEmpty() sex?: Sex;
  @Field(() => PrimaryNeed, { nullable: true }) @IfPresent() @IsNotEmpty() primaryNeed?: PrimaryNeed;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsBoolean() complexHealthNeeds?: boolean;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsBoolean() lookedAfter?: boolean;
}

export const children: ResourceDefinition<Child, ChildFilter> = {
  entity: Child,
  name: 'Child',
  plural: 'Children',
  filter: ChildFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { caseReference: 'caseReference', dateOfBirth: 'dateOfBirth', primaryNeed: 'primaryNeed', sex: 'sex' },
  defaultSort: { field: 'caseReference', order: SortOrder.ASC },
  search: (q) => ({ caseReference: { $ilike: `${q}%` } }),
};

class ChildService extends ResourceService<Child, ChildFilter> {
  private async check(child: Pick<Child, 'caseReference' | 'dateOfBirth'>, localAuthorityId: string, existingId?: string): Promise<void> {
    const taken = await this.em.count(Child, {
      localAuthority: localAuthorityId,
      caseReference: child.caseReference,
      ...(existingId ? { id: { $ne: existingId } } : {}),
    });
    const errors = new FieldErrors().check(taken === 0, 'caseReference', 'unique', 'another child in this local authority has this case reference');
    checkDateOfBirth(child.dateOfBirth, today(), errors).throwIfAny();
  }

  async create({ localAuthorityId, ...values }: CreateChildArgs): Promise<Child> {
    this.assertWritableIn(localAuthorityId);
    await this.check(values, localAuthorityId);
    return this.createRecord(localAuthorityId, values);
  }

  update(args: UpdateChildArgs): Promise<Child> {
    return this.updateRecord(args, (child) => this.check(child, child.localAuthority.id, child.id));
  }
}

const service = (ctx: Context) => new ChildService(ctx, children);

@Resolver(() => Child)
export class ChildResolver extends LocalAuthorityResourceResolver(children) {
  @Authorized(children.writeRoles)
  @Mutation(() => Child)
  createChild(@Args(() => CreateChildArgs) args: CreateChildArgs, @Ctx() ctx: Context): Promise<Child> {
    return service(ctx).create(args);
  }

  @Authorized(children.writeRoles)
  @Mutation(() => Child)
  updateChild(@Args(() => UpdateChildArgs) args: UpdateChildArgs, @Ctx() ctx: Context): Promise<Child> {
    return service(ctx).update(args);
  }
}
