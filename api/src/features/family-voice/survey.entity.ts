import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Plan } from '../people/index.js';
import { QuestionType, ResponseChannel, SurveyKind, ThemeStatus } from './enums.js';

@ObjectType({ description: 'One question of a survey: on a scale of 1 to 5, or in free text' })
export class SurveyQuestion {
  @Field(() => ID, { description: 'Stable within the template; answers refer to it' }) key!: string;
  @Field(() => String) text!: string;
  @Field(() => QuestionType) type!: QuestionType;
  @Field(() => [String], { description: 'For a scale: the five labels, 1 first (e.g. very dissatisfied … very satisfied)' }) labels!: string[];
  @Field(() => Boolean, { description: 'The overall satisfaction question: the one the family-satisfaction figures count (one scale question per template)' })
  headline!: boolean;
}

@ObjectType({ description: 'The answer to one question: a score for a scale, text for free text' })
export class SurveyAnswer {
  @Field(() => ID) key!: string;
  @Field(() => Int, { nullable: true }) score?: number | null;
  @Field(() => String, { nullable: true }) text?: string | null;
}

/**
 * A survey's questions. Versioned as rubrics are: once an invitation or a response uses a template it is
 * not edited (the answers must keep meaning what was asked); a new version is made from it instead.
 */
@Entity()
@Unique({ properties: ['localAuthority', 'kind', 'number'] })
@ObjectType({ description: 'A survey template: its questions; a template in use is not edited, a new version is made' })
export class SurveyTemplate extends LocalAuthorityRecord {
  @Field(() => SurveyKind)
  @Enum({ items: () => SurveyKind })
  kind!: SurveyKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Int, { description: 'Version of the template of this kind, from 1' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => [SurveyQuestion])
  @Property({ type: 'json' })
  questions!: SurveyQuestion[];
}

/** A single-use link sent to a family; the token itself is never stored, only its SHA-256 hash. */
@Entity()
@ObjectType({ description: 'An invitation to answer a survey, sent to a family as a single-use link' })
export class SurveyInvitation extends LocalAuthorityRecord {
  @Field(() => SurveyTemplate)
  @ManyToOne(() => SurveyTemplate, { ref: true, deleteRule: 'restrict' })
  @Index()
  template!: Ref<SurveyTemplate>;

  @Field(() => Plan, { nullable: true })
  @ManyToOne(() => Plan, { ref: true, deleteRule: 'cascade' })
  @Index()
  plan!: Ref<Plan>;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Field(() => LocalDateResolver, { description: 'The last day the link works' })
  @Property({ type: 'date' })
  expiresOn!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the family answered; a used link works no more' })
  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  /** Only in the answer to createSurveyInvitation: the token is not kept, so it can be shown once. */
  token?: string;
}

/**
 * One family's answers. Pseudonymous: it holds the plan's id (for the plan's audit and the figures by
 * team and need), never a name; its term comes from its date.
 */
@Entity()
@ObjectType({ description: "A family's answers to a survey, held against the plan's id and no name" })
export class SurveyResponse extends LocalAuthorityRecord {
  @Field(() => SurveyTemplate, { description: 'The template version answered' })
  @ManyToOne(() => SurveyTemplate, { ref: true, deleteRule: 'restrict' })
  @Index()
  template!: Ref<SurveyTemplate>;

  @Field(() => Plan, { nullable: true })
  @ManyToOne(() => Plan, { ref: true, deleteRule: 'cascade' })
  @Index()
  plan!: Ref<Plan>;

  @Field(() => [SurveyAnswer])
  @Property({ type: 'json' })
  answers!: SurveyAnswer[];

  @Field(() => ResponseChannel)
  @Enum({ items: () => ResponseChannel })
  channel!: ResponseChannel;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  respondedOn!: string;

  @Field(() => String, { description: 'The term of its date, as the QA framework reports terms (e.g. 2026/27 Autumn)' })
  @Property({ type: 'string', length: 20 })
  term!: string & Opt;
}

/** "You said, we did": what families said, and what the area did about it. */
@Entity()
@ObjectType({ description: '"You said, we did": a theme families raised and the action taken' })
export class FamilyTheme extends LocalAuthorityRecord {
  @Field(() => String, { description: 'What families said' })
  @Property({ type: 'text' })
  said!: string;

  @Field(() => SurveyKind, { nullable: true, description: 'The survey it came from' })
  @Enum({ items: () => SurveyKind, nullable: true })
  source?: SurveyKind | null;

  @Field(() => String, { nullable: true, description: 'The term it was heard in (e.g. 2026/27 Autumn)' })
  @Property({ type: 'string', length: 20, nullable: true })
  term?: string | null;

  @Field(() => String, { nullable: true, description: 'What was done' })
  @Property({ type: 'text', nullable: true })
  actionTaken?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was done' })
  @Property({ type: 'date', nullable: true })
  actionOn?: string | null;

  @Field(() => ThemeStatus)
  @Enum({ items: () => ThemeStatus })
  status: ThemeStatus & Opt = ThemeStatus.RAISED;

  @Field(() => Boolean, { description: 'Shown in the local offer' })
  @Property({ type: 'boolean', default: false })
  published: boolean & Opt = false;
}
