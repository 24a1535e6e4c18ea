import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Child, Setting } from '../people/index.js';
import { PartTimeReason, ReviewDecision, SenStatus, TimetableStatus } from './enums.js';

/** A half-term's return from one school: the timetables it reported, or a nil return. */
@Entity()
@Unique({ properties: ['setting', 'academicYear', 'halfTerm'] })
@Index({ properties: ['localAuthority', 'academicYear', 'halfTerm'] })
@ObjectType({ description: "A school's half-termly return of part-time timetables (a nil return has none)" })
export class SchoolReturn extends LocalAuthorityRecord {
  @Field(() => Setting)
  @ManyToOne(() => Setting, { ref: true, deleteRule: 'restrict' })
  setting!: Ref<Setting>;

  @Field(() => Int, { description: 'The year the academic year starts: 2025 for 2025/26' })
  @Property({ type: 'smallint' })
  academicYear!: number;

  @Field(() => Int, { description: '1 to 6: autumn 1 and 2, spring 1 and 2, summer 1 and 2' })
  @Property({ type: 'smallint' })
  halfTerm!: number;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => Int, { description: 'Timetables the return listed; 0 is a nil return' })
  @Property({ type: 'integer' })
  rowCount!: number;
}

/** A pupil with SEND on a reduced timetable: agreed, time-limited, reviewed, and ended. */
@Entity()
@Index({ properties: ['localAuthority', 'startDate'] })
@Unique({ properties: ['child', 'setting', 'startDate'] })
@ObjectType({ description: 'A pupil with SEND (an EHCP or SEN support) on a part-time timetable' })
export class PartTimeTimetable extends LocalAuthorityRecord {
  @Field(() => Child)
  @ManyToOne(() => Child, { ref: true, deleteRule: 'restrict' })
  @Index()
  child!: Ref<Child>;

  @Field(() => Setting)
  @ManyToOne(() => Setting, { ref: true, deleteRule: 'restrict' })
  @Index()
  setting!: Ref<Setting>;

  @Field(() => SenStatus)
  @Enum({ items: () => SenStatus })
  senStatus!: SenStatus;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDateResolver, { description: 'The agreed end date, or the first review date' })
  @Property({ type: 'date' })
  agreedEndDate!: string;

  @Field(() => Float, { description: 'Hours a week on the timetable as agreed at the start' })
  @Property({ type: 'double' })
  hoursPerWeek!: number;

  @Field(() => Float, { description: "Hours a week now: the latest review's, or the starting hours" })
  @Property({ type: 'double' })
  currentHours!: number;

  @Field(() => Float, { description: "The full-time week it is measured against: the setting's own, or the key-stage benchmark" })
  @Property({ type: 'double' })
  fullTimeHours!: number;

  @Field(() => PartTimeReason)
  @Enum({ items: () => PartTimeReason })
  reason!: PartTimeReason;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reasonNotes?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the parent or carer agreed' })
  @Property({ type: 'date', nullable: true })
  parentAgreementDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Who agreed: "mother", "foster carer"… (never a name)' })
  @Property({ type: 'string', length: 200, nullable: true })
  parentAgreedBy?: string | null;

  @Field(() => String, { description: 'How and when the pupil returns to full-time education' })
  @Property({ type: 'text' })
  returnPlan!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the SEND caseworker agreed (pupils with an EHCP)' })
  @Property({ type: 'date', nullable: true })
  caseworkerAgreementDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the virtual school head agreed (children in care)' })
  @Property({ type: 'date', nullable: true })
  virtualSchoolAgreementDate?: string | null;

  @Field(() => Boolean, { description: 'The child has a social worker' })
  @Property({ type: 'boolean' })
  hasSocialWorker: boolean & Opt = false;

  @Field(() => String, { nullable: true, description: "How the social worker was involved" })
  @Property({ type: 'text', nullable: true })
  socialWorkerInvolvement?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'An extension beyond the policy maximum: until when' })
  @Property({ type: 'date', nullable: true })
  extendedUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the timetable was extended beyond the policy maximum' })
  @Property({ type: 'text', nullable: true })
  extensionReason?: string | null;

  @Field(() => LocalDateResolver, { description: "When the next review is due: the latest review's next date, or the agreed end date" })
  @Property({ type: 'date' })
  nextReviewDate!: string;

  @Field(() => User, { nullable: true, description: 'Who sees that it is reviewed on time: a user who may record its reviews' })
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  ownerUser?: Ref<User> | null;

  @Field(() => TimetableStatus)
  @Enum({ items: () => TimetableStatus })
  @Index()
  status: TimetableStatus & Opt = TimetableStatus.ACTIVE;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The first day the pupil was no longer on the timetable' })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the pupil went, when it ended otherwise than back to full time' })
  @Property({ type: 'text', nullable: true })
  destination?: string | null;

  @ManyToOne(() => SchoolReturn, { ref: true, nullable: true, deleteRule: 'set null' })
  schoolReturn?: Ref<SchoolReturn> | null;

  @OneToMany(() => PartTimeReview, (review) => review.timetable)
  reviews = new Collection<PartTimeReview>(this);
}

@Entity()
@ObjectType({ description: 'A review of a part-time timetable with the pupil and family' })
export class PartTimeReview extends LocalAuthorityRecord {
  @Field(() => PartTimeTimetable)
  @ManyToOne(() => PartTimeTimetable, { ref: true, deleteRule: 'cascade' })
  @Index()
  timetable!: Ref<PartTimeTimetable>;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  reviewDate!: string;

  @Field(() => Float, { description: 'Hours a week from this review' })
  @Property({ type: 'double' })
  hoursPerWeek!: number;

  @Field(() => ReviewDecision)
  @Enum({ items: () => ReviewDecision })
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the next review is due (none once ended)' })
  @Property({ type: 'date', nullable: true })
  nextReviewDate?: string | null;
}
