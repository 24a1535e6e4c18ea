import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { ReportAudience, ReportStatus } from './enums.js';
import type { HighlightReportContent } from './report-content.js';

@Entity()
@ObjectType({ description: 'A highlight report for the partnership group (monthly) or the executive board (quarterly)' })
export class HighlightReport extends LocalAuthorityRecord {
  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => ReportAudience)
  @Enum({ items: () => ReportAudience })
  audience!: ReportAudience;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateResolver, { description: 'The figures and ratings are as they stand on this day' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => String, { description: 'e.g. "Mar 2026" or "2026 Q1"' })
  @Property({ type: 'string', length: 40 })
  period!: string;

  @Field(() => String, { description: "The QA officer's summary" })
  @Property({ type: 'text' })
  summary: string & Opt = '';

  @Field(() => String, { description: 'Commentary on the KPIs' })
  @Property({ type: 'text' })
  kpiCommentary: string & Opt = '';

  @Field(() => String, { description: 'Commentary on the improvement plan' })
  @Property({ type: 'text' })
  planCommentary: string & Opt = '';

  @Field(() => String, { description: 'Risks and issues for the group or board' })
  @Property({ type: 'text' })
  risks: string & Opt = '';

  @Field(() => ReportStatus)
  @Enum({ items: () => ReportStatus })
  status: ReportStatus & Opt = ReportStatus.DRAFT;

  @Field(() => DateTimeResolver, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  publishedBy?: string | null;

  /** The content as it stood when published: what the report shows from then on. */
  @Property({ type: 'json', nullable: true, lazy: true })
  snapshot?: HighlightReportContent | null;
}
