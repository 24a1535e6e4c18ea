import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ChangeAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(ChangeAction, { name: 'ChangeAction' });

/** One change to one record: who made it, when, and each changed field before and after. Never edited. */
@Entity()
@Index({ properties: ['entityName', 'entityId'] })
@ObjectType({ description: 'One change to one record, with every changed field before and after' })
export class ChangeRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => DateTimeResolver)
  @Property({ type: 'datetime' })
  @Index()
  at: Date & Opt = new Date();

  @Field(() => ChangeAction)
  @Enum({ items: () => ChangeAction })
  action!: ChangeAction;

  @Field(() => String, { description: 'The kind of record, as its GraphQL type is named (e.g. Plan)' })
  @Property({ type: 'string', length: 100 })
  entityName!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 100 })
  entityId!: string;

  @Field(() => ID, { nullable: true, description: 'The local authority the record belongs to, if any' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  localAuthorityId?: string | null;

  /** Not a foreign key: the record of who did something outlives their account. */
  @Field(() => ID, { nullable: true, description: 'Unset for changes made by the system itself (migrations, seeding, command line)' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  actorId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 320 })
  actorEmail!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  requestId?: string | null;

  @Field(() => String, { nullable: true, description: 'What made the change besides the person: `ImportRun:<id>` for a row of an imported file; unset for a change made by hand' })
  @Property({ type: 'string', length: 100, nullable: true })
  @Index()
  cause?: string | null;

  /** Exposed by the history resolver, which hides what the record's own resource hides from the caller. */
  @Property({ type: 'json' })
  changes!: Record<string, { before: unknown; after: unknown }>;
}
