import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Child, Plan, Team } from '../people/index.js';
import { AssessmentDecision, AssessmentKind, AssessmentOutcome, TimelineStepKind, TimescaleException } from './enums.js';
import { allowedExceptionsSql as allowed } from './rules.js';


/**
 * One EHC needs assessment from the request to its outcome, or one plan transferred in, with the date
 * of each step as a column of its own: the shape of the SEN2 return's request and assessment items, so
 * an import fills one row per case. Due dates and statuses are never stored: the rules derive them.
 */
@Entity()
@Index({ properties: ['localAuthority', 'receivedOn'] })
@Check({ name: 'assessment_request_decision_exception_allowed', expression: allowed('decision_exception', TimelineStepKind.DECISION_TO_ASSESS) })
@Check({ name: 'assessment_request_outcome_exception_allowed', expression: allowed('outcome_exception', TimelineStepKind.FINAL_PLAN) })
@ObjectType({ description: 'An EHC needs assessment (request to outcome) or a plan transferred in, step by step' })
export class AssessmentRequest extends LocalAuthorityRecord {
  @Field(() => Child)
  @ManyToOne(() => Child, { ref: true, deleteRule: 'restrict' })
  @Index()
  child!: Ref<Child>;

  @Field(() => Plan, { nullable: true, description: 'The plan this assessment produced, or the plan transferred in' })
  @ManyToOne(() => Plan, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  plan?: Ref<Plan> | null;

  @Field(() => Team, { nullable: true, description: 'The casework team holding the case' })
  @ManyToOne(() => Team, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  team?: Ref<Team> | null;

  @Field(() => String, { nullable: true, description: "The caseworker holding the case, as the case-management system names them; a plan's annual reviews are listed under it too" })
  @Property({ type: 'string', length: 120, nullable: true })
  @Index()
  caseworker?: string | null;

  @Field(() => AssessmentKind)
  @Enum({ items: () => AssessmentKind })
  kind!: AssessmentKind;

  @Field(() => LocalDateResolver, { description: 'The request was received (SEN2: ReceivedDate); for a transfer in, the date of the transfer' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Decision whether to assess (SEN2: RequestOutcomeDate); due within 6 weeks' })
  @Property({ type: 'date', nullable: true })
  decisionOn?: string | null;

  @Field(() => AssessmentDecision, { nullable: true, description: 'SEN2: RequestOutcome' })
  @Enum({ items: () => AssessmentDecision, nullable: true })
  decision?: AssessmentDecision | null;

  @Field(() => TimescaleException, { nullable: true, description: 'Why the 6-week limit on the decision did not apply (reg. 5(4))' })
  @Enum({ items: () => TimescaleException, nullable: true })
  decisionException?: TimescaleException | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The draft plan went to the family' })
  @Property({ type: 'date', nullable: true })
  draftOn?: string | null;

  @Field(() => AssessmentOutcome, { nullable: true, description: 'SEN2: AssessmentOutcome' })
  @Enum({ items: () => AssessmentOutcome, nullable: true })
  outcome?: AssessmentOutcome | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The final plan was issued (due within 20 weeks), or the decision not to issue one was sent (within 16 weeks)' })
  @Property({ type: 'date', nullable: true })
  @Index()
  outcomeOn?: string | null;

  @Field(() => TimescaleException, { nullable: true, description: 'Why the 20-week (or 16-week) limit did not apply: only the exceptions of reg. 10(4)(a)–(d)' })
  @Enum({ items: () => TimescaleException, nullable: true })
  outcomeException?: TimescaleException | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The request was withdrawn before its outcome' })
  @Property({ type: 'date', nullable: true })
  withdrawnOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Transfer in: the authority the plan came from' })
  @Property({ type: 'string', length: 100, nullable: true })
  previousAuthority?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Transfer in: the old authority's last review of the plan (none: the plan's date counts)" })
  @Property({ type: 'date', nullable: true })
  previousReviewOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Transfer in: the family was told of the transfer, any new assessment and the review date (due within 6 weeks)' })
  @Property({ type: 'date', nullable: true })
  transferNoticeOn?: string | null;
}
