import type { FilterQuery, RequiredEntityData } from '@mikro-orm/core';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import type { LocalAuthorityRecord } from '../tenancy/local-authority-record.js';
import { FieldErrors } from './errors.js';
import { ResourceService } from './resource.js';
import { UUID } from './uuid.js';

/*
 * A feature's policy for a local authority (how often placements are visited, how long a part-time
 * timetable may run): at most one per authority, created once and changed from then on. The feature
 * declares its policy's values and rules; creating, changing and finding a policy are the same for all.
 */

/**
 * Policies are looked up by id, as react-admin asks, or by their local authority; each feature's filter
 * extends this one and names it (only types a resolver uses are in the schema, so this one is not).
 */
@InputType()
export abstract class AuthorityPolicyFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
}

// TypeScript extends a class given as a value (a mixin) only if it takes any arguments.
type ArgsClass = new (...args: any[]) => object;

/** The arguments that create a policy (for a local authority) and change one (by id and version), around the feature's values. */
export function policyArgs<Values extends ArgsClass>(values: Values) {
  @ArgsType()
  class CreatePolicyArgs extends values {
    @Field(() => UUID) localAuthorityId!: string;
  }

  @ArgsType()
  class UpdatePolicyArgs extends values {
    @Field(() => UUID) id!: string;
    @Field(() => Int) version!: number;
  }

  return { CreatePolicyArgs, UpdatePolicyArgs };
}

/** `V` is what the feature's policy arguments hold; `check` applies its rules to a new policy's values or a changed policy. */
export abstract class AuthorityPolicyService<T extends LocalAuthorityRecord, F extends object, V extends object> extends ResourceService<T, F> {
  protected abstract check(policy: V | T, errors: FieldErrors): FieldErrors;

  async create({ localAuthorityId, ...values }: V & { localAuthorityId: string }): Promise<T> {
    this.assertWritableIn(localAuthorityId);
    const taken = await this.em.count(this.definition.entity, { localAuthority: localAuthorityId } as FilterQuery<T>);
    const errors = new FieldErrors().check(taken === 0, 'localAuthorityId', 'unique', 'this local authority already has a policy: change it instead');
    this.check(values as V, errors).throwIfAny();
    return this.createRecord(localAuthorityId, values as Omit<RequiredEntityData<T>, 'localAuthority'>);
  }

  update(args: V & { id: string; version: number }): Promise<T> {
    return this.updateRecord(args, (policy) => this.check(policy, new FieldErrors()).throwIfAny());
  }
}
