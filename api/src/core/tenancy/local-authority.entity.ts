import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '../db/base-record.js';

/** A council, identified by its DfE three-digit code. Every child, plan and setting belongs to one. */
@Entity()
@ObjectType({ description: 'A council (local authority), identified by its DfE code' })
export class LocalAuthority extends BaseRecord {
  @Field(() => String, { description: 'DfE three-digit local authority code, e.g. 873' })
  @Property({ type: 'string', length: 3 })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;
}
