import { Entity, Enum, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { PrimaryNeed, Sex } from './enums.js';

/**
 * A child or young person, pseudonymous by design: the case reference links to the council's own
 * case-management system, and no name is ever stored here.
 */
@Entity()
@Unique({ properties: ['localAuthority', 'caseReference'] })
@ObjectType({ description: 'A child or young person with SEND, identified only by a case reference' })
export class Child extends LocalAuthorityRecord {
  @Field(() => String, { description: "The council's case reference, unique within its local authority" })
  @Property({ type: 'string', length: 40 })
  caseReference!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Field(() => Sex)
  @Enum({ items: () => Sex })
  sex!: Sex;

  @Field(() => PrimaryNeed)
  @Enum({ items: () => PrimaryNeed })
  @Index()
  primaryNeed!: PrimaryNeed;

  @Field(() => Boolean, { description: 'Has complex health needs (the DCO deep dives sample these)' })
  @Property({ type: 'boolean' })
  complexHealthNeeds: boolean & Opt = false;

  @Field(() => Boolean, { description: 'Is looked after (a child in care)' })
  @Property({ type: 'boolean' })
  lookedAfter: boolean & Opt = false;
}
