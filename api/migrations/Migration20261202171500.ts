import { Migration } from '@mikro-orm/migrations';

const EXCEPTIONS = `'SCHOOL_CLOSURE', 'EARLY_YEARS_CLOSURE', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'ABSENT_FROM_AREA', 'MISSED_APPOINTMENT'`;
const KPIS_BEFORE = `'AMENDED_PLANS_WITHIN_12_WEEKS', 'ANNUAL_HEALTH_CHECK_DISCUSSED', 'ANNUAL_REVIEWS_OVERDUE', 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS', 'AUDITED_PLANS_GOOD_OR_OUTSTANDING', 'DECISIONS_TO_ASSESS_WITHIN_6_WEEKS', 'HEALTH_ADVICE_GOOD_OR_BETTER', 'HEALTH_ADVICE_ON_TIME', 'INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST', 'MODERATION_AGREEMENT', 'PART_TIME_TIMETABLES'`;
const KPIS_AFTER = `'ADVICE_WITHIN_6_WEEKS_EDUCATION', 'ADVICE_WITHIN_6_WEEKS_EDUCATIONAL_PSYCHOLOGY', 'ADVICE_WITHIN_6_WEEKS_HEALTH', 'ADVICE_WITHIN_6_WEEKS_OTHER', 'ADVICE_WITHIN_6_WEEKS_SOCIAL_CARE', ${KPIS_BEFORE}`;
/** Every name the table's indexes and constraints carry after the table's own. */
const RENAMED = {
  indexes: ['local_authority_id_index', 'plan_id_index', 'team_id_index', 'due_on_index'],
  constraints: [
    'pkey',
    'occasion_check',
    'local_authority_id_foreign',
    'plan_id_foreign',
    'team_id_foreign',
    'annual_review_id_foreign',
    'review_rubric_version_id_foreign',
    'reviewed_by_id_foreign',
  ],
};

/**
 * Advice from every agency: the health feature's health_advice becomes the statutory timeline's
 * advice_request, every row, id and change-history entry kept (the history now names the records
 * AdviceRequest); each request may carry the exception of reg. 8(2) that excused late advice. Teams
 * gain the kind EDUCATION, rubrics the purpose AGENCY_ADVICE (the QA officer's review of the other
 * agencies' advice), and the KPIs the advice-within-6-weeks calculation of each agency.
 */
export class Migration20261202171500 extends Migration {
  override async up(): Promise<void> {
    this.rename('health_advice', 'advice_request');
    this.addSql(`update "change_record" set "entity_name" = 'AdviceRequest' where "entity_name" = 'HealthAdvice';`);
    this.addSql(`alter table "advice_request" add column "exception" text check ("exception" in (${EXCEPTIONS})) null;`);
    this.addSql(
      `alter table "advice_request" add constraint "advice_request_exception_allowed" check ((exception IS NULL) OR (exception = ANY (ARRAY['EXCEPTIONAL_PERSONAL_CIRCUMSTANCES'::text, 'ABSENT_FROM_AREA'::text, 'MISSED_APPOINTMENT'::text])));`,
    );
    this.kinds(`'CASEWORK', 'HEALTH', 'SOCIAL_CARE', 'EDUCATIONAL_PSYCHOLOGY', 'EDUCATION', 'OTHER'`, `'EHCP_AUDIT', 'HEALTH_ADVICE', 'HEALTH_DEEP_DIVE', 'AGENCY_ADVICE'`, KPIS_AFTER);
  }

  override async down(): Promise<void> {
    this.kinds(`'CASEWORK', 'HEALTH', 'SOCIAL_CARE', 'EDUCATIONAL_PSYCHOLOGY', 'OTHER'`, `'EHCP_AUDIT', 'HEALTH_ADVICE', 'HEALTH_DEEP_DIVE'`, KPIS_BEFORE);
    this.addSql(`alter table "advice_request" drop constraint "advice_request_exception_allowed";`);
    this.addSql(`alter table "advice_request" drop column "exception";`);
    this.addSql(`update "change_record" set "entity_name" = 'HealthAdvice' where "entity_name" = 'AdviceRequest';`);
    this.rename('advice_request', 'health_advice');
  }

  private rename(from: string, to: string): void {
    this.addSql(`alter table "${from}" rename to "${to}";`);
    for (const name of RENAMED.indexes) this.addSql(`alter index "${from}_${name}" rename to "${to}_${name}";`);
    for (const name of RENAMED.constraints) this.addSql(`alter table "${to}" rename constraint "${from}_${name}" to "${to}_${name}";`);
  }

  private kinds(teamKinds: string, rubricPurposes: string, kpis: string): void {
    this.addSql(`alter table "team" drop constraint if exists "team_kind_check";`);
    this.addSql(`alter table "team" add constraint "team_kind_check" check("kind" in (${teamKinds}));`);
    this.addSql(`alter table "rubric" drop constraint if exists "rubric_purpose_check";`);
    this.addSql(`alter table "rubric" add constraint "rubric_purpose_check" check("purpose" in (${rubricPurposes}));`);
    this.addSql(`alter table "kpi" drop constraint if exists "kpi_calculation_check";`);
    this.addSql(`alter table "kpi" add constraint "kpi_calculation_check" check("calculation" in (${kpis}));`);
  }
}
