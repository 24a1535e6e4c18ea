import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * What every stored record has. Ids are UUIDs made here rather than by the database, so a change
 * record can name a new row before it is inserted; `version` is the optimistic lock.
 */
@Entity({ abstract: true })
@ObjectType()
export abstract class BaseRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: 'Send it back with an update; a stale one is refused with CONFLICT' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @Field(() => DateTimeResolver)
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => DateTimeResolver)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
