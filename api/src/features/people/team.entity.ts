import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { TeamKind } from './enums.js';

@Entity()
@ObjectType({ description: 'A casework team or a service (health, social care, educational psychology)' })
export class Team extends LocalAuthorityRecord {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => TeamKind)
  @Enum({ items: () => TeamKind })
  kind!: TeamKind;
}
