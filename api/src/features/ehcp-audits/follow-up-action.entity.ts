import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Team } from '../people/index.js';
import { Audit } from './audit.entity.js';

export enum ActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });

/** Something an audit asks the casework team to do: amend the plan, train, change a template. */
@Entity()
@ObjectType({ description: 'An action an audit raised for the casework team' })
export class FollowUpAction extends LocalAuthorityRecord {
  @Field(() => Audit, { nullable: true, description: 'Null for an audit you may not see (an auditor sees only the audits assigned to them)' })
  @ManyToOne(() => Audit, { ref: true, deleteRule: 'cascade' })
  @Index()
  audit!: Ref<Audit>;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who will do it, when they are outside the system (else ownerUser)' })
  @Property({ type: 'string', length: 200, nullable: true })
  owner?: string | null;

  @Field(() => User, { nullable: true, description: 'Who will do it: a user who may change follow-up actions' })
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  ownerUser?: Ref<User> | null;

  @Field(() => Team, { nullable: true })
  @ManyToOne(() => Team, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  team?: Ref<Team> | null;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  dueDate!: string;

  @Field(() => ActionStatus)
  @Enum({ items: () => ActionStatus })
  status: ActionStatus & Opt = ActionStatus.OPEN;
}
