import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Plan } from '../people/index.js';

export enum SignOffStatus {
  AWAITING = 'AWAITING',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  AGREED = 'AGREED',
}
registerEnumType(SignOffStatus, {
  name: 'SignOffStatus',
  valuesConfig: {
    AWAITING: { description: 'Waiting for the DCO' },
    CHANGES_REQUESTED: { description: 'The DCO asked for changes to sections C or G; waiting for the amended sections' },
    AGREED: { description: 'The DCO agreed the health sections' },
  },
});

export enum SignOffDecision {
  AGREED = 'AGREED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}
registerEnumType(SignOffDecision, { name: 'SignOffDecision' });

/** The DCO's sign-off of a plan's health sections (C and G): asked for, then agreed, possibly after changes. */
@Entity()
@ObjectType({ description: "The DCO's sign-off of the health sections (C and G) of a plan" })
export class HealthSignOff extends LocalAuthorityRecord {
  @Field(() => Plan)
  @ManyToOne(() => Plan, { ref: true, deleteRule: 'cascade' })
  @Index()
  plan!: Ref<Plan>;

  @Field(() => SignOffStatus)
  @Enum({ items: () => SignOffStatus })
  @Index()
  status: SignOffStatus & Opt = SignOffStatus.AWAITING;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  requestedOn!: string;

  @Field(() => Int, { description: 'How many times the DCO asked for changes' })
  @Property({ type: 'smallint' })
  changeRequests: number & Opt = 0;

  @Field(() => String, { nullable: true, description: 'Why the DCO last asked for changes' })
  @Property({ type: 'text', nullable: true })
  changesReason?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  changesRequestedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  agreedOn?: string | null;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  decidedBy?: Ref<User> | null;
}
