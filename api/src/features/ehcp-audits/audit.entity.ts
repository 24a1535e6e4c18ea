import { Entity, Enum, Index, ManyToOne, type Opt, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Plan } from '../people/plan.entity.js';
import { AuditCycle } from './cycle.entity.js';
import { RubricVersion } from './rubric.entity.js';

export enum AuditStatus {
  UNASSIGNED = 'UNASSIGNED',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  MODERATED = 'MODERATED',
  FINAL = 'FINAL',
}
registerEnumType(AuditStatus, {
  name: 'AuditStatus',
  valuesConfig: {
    UNASSIGNED: { description: 'Sampled, waiting for an auditor' },
    ASSIGNED: { description: 'With an auditor, not started' },
    IN_PROGRESS: { description: 'Being scored' },
    SUBMITTED: { description: 'Scored; the auditor can no longer change it' },
    RETURNED: { description: 'Sent back to the auditor with a reason' },
    MODERATED: { description: 'Graded again by a moderator; agreed grade recorded' },
    FINAL: { description: 'Counts in the figures' },
  },
});

export enum AuditLens {
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  SOCIAL_CARE = 'SOCIAL_CARE',
}
registerEnumType(AuditLens, { name: 'AuditLens', description: 'The view a multi-agency auditor brings to the plan' });

/** One plan's audit in one cycle, against the rubric version the cycle was drawn with. */
@Entity()
@Unique({ properties: ['cycle', 'plan'] })
@ObjectType({ description: "One plan's audit in one cycle" })
export class Audit extends LocalAuthorityRecord {
  @ManyToOne(() => AuditCycle, { ref: true, deleteRule: 'cascade' })
  @Index()
  cycle!: Ref<AuditCycle>;

  @ManyToOne(() => Plan, { ref: true, deleteRule: 'restrict' })
  @Index()
  plan!: Ref<Plan>;

  /** Kept on the audit itself, so its results stay explainable whatever happens to the cycle. */
  @ManyToOne(() => RubricVersion, { ref: true, deleteRule: 'restrict' })
  rubricVersion!: Ref<RubricVersion>;

  @Field(() => AuditStatus)
  @Enum({ items: () => AuditStatus })
  @Index()
  status: AuditStatus & Opt = AuditStatus.UNASSIGNED;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  auditor?: Ref<User> | null;

  @Field(() => AuditLens, { nullable: true })
  @Enum({ items: () => AuditLens, nullable: true })
  lens?: AuditLens | null;
}
