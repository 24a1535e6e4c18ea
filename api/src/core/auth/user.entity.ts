import { Collection, Entity, Enum, ManyToMany, Property, Unique, type Opt } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '../db/base-record.js';
import { LocalAuthority } from '../tenancy/local-authority.entity.js';
import { Role } from './roles.js';

@Entity({ tableName: 'app_user' })
@ObjectType({ description: 'Someone who signs in: their roles say what they may do, their local authorities where' })
export class User extends BaseRecord {
  @Field(() => String)
  @Property({ type: 'string', length: 320 })
  @Unique()
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Field(() => [Role])
  @Enum({ items: () => Role, array: true })
  roles: Role[] & Opt = [];

  @ManyToMany(() => LocalAuthority, undefined, { owner: true, pivotTable: 'app_user_local_authority' })
  localAuthorities = new Collection<LocalAuthority>(this);

  /** argon2id; never leaves the API and never enters the change history. */
  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Field(() => Boolean, { description: 'Inactive users cannot sign in; their history stays' })
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Field(() => DateTimeResolver, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastSignInAt?: Date | null;
}
