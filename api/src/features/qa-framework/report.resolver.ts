import { Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { isAggregateOnly } from '../../core/auth/auth-user.js';
import { EVERY_ROLE } from '../../core/auth/roles.js';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { UserInputError } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { checkedPeriodicity } from '../../core/graphql/periods.js';
import { periodContaining } from '../../core/periods.js';
import { KpiFrequency, ReportAudience, ReportStatus, ReportingCalendar } from './enums.js';
import { FRAMEWORK_EDITORS, mayReadKpi } from './kpi.resolver.js';
import { HighlightReportContent, buildReportContent, freezeReportFigures } from './report-content.js';
import { HighlightReport } from './report.entity.js';
import { reportCsv, reportPdf } from './report-file.js';
import { UUID } from '../../core/graphql/uuid.js';

/** The partnership group meets monthly, the executive board quarterly, unless a report asks for its own cycle. */
const AUDIENCE_FREQUENCY: Record<ReportAudience, KpiFrequency> = {
  PARTNERSHIP_GROUP: KpiFrequency.MONTHLY,
  EXECUTIVE_BOARD: KpiFrequency.QUARTERLY,
};

export enum ReportFormat {
  PDF = 'PDF',
  CSV = 'CSV',
}
registerEnumType(ReportFormat, { name: 'ReportFormat' });

@ObjectType({ description: 'A downloadable file, base64-encoded' })
export class ReportFile {
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) base64!: string;
}

@InputType()
export class HighlightReportFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => ReportAudience, { nullable: true }) audience?: ReportAudience;
  @Field(() => ReportStatus, { nullable: true }) status?: ReportStatus;
}

@ArgsType()
class CreateHighlightReportArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => ReportAudience) audience!: ReportAudience;
  @Field(() => LocalDateResolver, { description: 'Any day of the period reported on' }) date!: string;
  @Field(() => ReportingCalendar, { nullable: true, description: 'The year the period is counted in (default the financial year)' }) calendar?: ReportingCalendar;
  @Field(() => KpiFrequency, { nullable: true, description: 'The length of the period (default monthly for the partnership group, quarterly for the executive board)' })
  frequency?: KpiFrequency;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 300) title?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 20_000) summary?: string;
}

@ArgsType()
class UpdateHighlightReportArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 300) title?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 20_000) summary?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 20_000) kpiCommentary?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 20_000) planCommentary?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 20_000) risks?: string;
}

export const highlightReports: ResourceDefinition<HighlightReport, HighlightReportFilter> = {
  entity: HighlightReport,
  name: 'HighlightReport',
  plural: 'HighlightReports',
  filter: HighlightReportFilter,
  // Board members read the reports as published, never a draft still being written.
  tenancy: (user) => ({ localAuthority: { $in: user.localAuthorityIds }, ...(isAggregateOnly(user) ? { status: ReportStatus.PUBLISHED } : {}) }),
  readRoles: EVERY_ROLE,
  writeRoles: FRAMEWORK_EDITORS,
  sortFields: { periodEnd: 'periodEnd', title: 'title', status: 'status', audience: 'audience' },
  defaultSort: { field: 'periodEnd', order: SortOrder.DESC },
  search: (q) => ({ title: { $ilike: `%${q}%` } }),
};

const AUDIENCE_TITLE: Record<ReportAudience, string> = {
  PARTNERSHIP_GROUP: 'SEND partnership group highlight report',
  EXECUTIVE_BOARD: 'SEND executive board highlight report',
};

const published = () =>
  new UserInputError([{ field: 'id', rule: 'notPublished', message: 'a published report is frozen: it cannot be changed or removed' }]);

class HighlightReportService extends ResourceService<HighlightReport, HighlightReportFilter> {
  async create({ localAuthorityId, audience, date, calendar, frequency, title, summary }: CreateHighlightReportArgs): Promise<HighlightReport> {
    const period = periodContaining(...checkedPeriodicity(calendar ?? ReportingCalendar.FINANCIAL, frequency ?? AUDIENCE_FREQUENCY[audience]), date);
    return this.createRecord(localAuthorityId, {
      audience,
      title: title ?? `${AUDIENCE_TITLE[audience]}: ${period.label}`,
      summary: summary ?? '',
      periodStart: period.start,
      periodEnd: period.end,
      period: period.label,
    });
  }

  private async draft(id: string, version: number): Promise<HighlightReport> {
    const report = await this.getForUpdate(id, version);
    if (report.status === ReportStatus.PUBLISHED) throw published();
    return report;
  }

  async update(args: UpdateHighlightReportArgs): Promise<HighlightReport> {
    await this.draft(args.id, args.version);
    return this.updateRecord(args);
  }

  override async remove(id: string): Promise<HighlightReport> {
    const report = await this.get(id);
    if (report.status === ReportStatus.PUBLISHED) throw published();
    return super.remove(id);
  }

  /** Freezes the figures as they stand and keeps the content: from now on the report never changes. */
  async publish(id: string, version: number): Promise<HighlightReport> {
    const report = await this.draft(id, version);
    this.assertWritableIn(report.localAuthority.id);
    const now = new Date();
    await freezeReportFigures(this.em, report.localAuthority.id, report.periodEnd, now);
    const snapshot = await buildReportContent(this.em, report.localAuthority.id, report.period, report.periodEnd);
    this.em.assign(report, { status: ReportStatus.PUBLISHED, publishedAt: now, publishedBy: this.user.email, snapshot });
    await this.em.flush();
    return report;
  }

  /** The report as this reader may see it: without the KPIs in pounds for those who may not see costs. */
  async content(report: HighlightReport): Promise<HighlightReportContent> {
    let content: HighlightReportContent;
    if (report.status === ReportStatus.PUBLISHED) {
      await this.em.populate(report, ['snapshot']);
      content = report.snapshot!;
    } else {
      content = await buildReportContent(this.em, report.localAuthority.id, report.period, report.periodEnd);
    }
    return { ...content, kpis: content.kpis.filter((kpi) => mayReadKpi(this.user, kpi)) };
  }

  async file(id: string, format: ReportFormat): Promise<ReportFile> {
    const report = await this.get(id);
    const content = await this.content(report);
    const name = `${report.title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    if (format === ReportFormat.CSV) {
      return { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(reportCsv(content), 'utf8').toString('base64') };
    }
    return { filename: `${name}.pdf`, contentType: 'application/pdf', base64: (await reportPdf(report, content)).toString('base64') };
  }
}
const service = (ctx: Context) => new HighlightReportService(ctx, highlightReports);

@Resolver(() => HighlightReport)
export class HighlightReportResolver extends LocalAuthorityResourceResolver(highlightReports, service) {
  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => HighlightReport)
  createHighlightReport(@Args(() => CreateHighlightReportArgs) args: CreateHighlightReportArgs, @Ctx() ctx: Context): Promise<HighlightReport> {
    return service(ctx).create(args);
  }

  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => HighlightReport, { description: 'Edits the commentary of a draft; a published report is refused' })
  updateHighlightReport(@Args(() => UpdateHighlightReportArgs) args: UpdateHighlightReportArgs, @Ctx() ctx: Context): Promise<HighlightReport> {
    return service(ctx).update(args);
  }

  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => HighlightReport, { description: 'Freezes the report with its figures as they stand' })
  publishHighlightReport(@Arg('id', () => UUID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<HighlightReport> {
    return service(ctx).publish(id, version);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => ReportFile, { description: 'The report as a PDF or as CSV (the KPI table)' })
  highlightReportFile(@Arg('id', () => UUID) id: string, @Arg('format', () => ReportFormat) format: ReportFormat, @Ctx() ctx: Context): Promise<ReportFile> {
    return service(ctx).file(id, format);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => HighlightReportContent, { description: 'What the report shows: live figures for a draft (the preview), the frozen ones once published' })
  async highlightReportContent(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<HighlightReportContent> {
    const reports = service(ctx);
    return reports.content(await reports.get(id));
  }
}
