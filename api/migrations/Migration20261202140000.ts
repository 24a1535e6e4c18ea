import { Migration } from '@mikro-orm/migrations';

/**
 * The KPI calculations are offered by the features, so the column's check lists them in name order,
 * whatever order the features are listed in. The same names: only their order changes.
 */
export class Migration20261202140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "kpi" drop constraint if exists "kpi_calculation_check";`);
    this.addSql(`alter table "kpi" add constraint "kpi_calculation_check" check("calculation" in ('AMENDED_PLANS_WITHIN_12_WEEKS', 'ANNUAL_HEALTH_CHECK_DISCUSSED', 'ANNUAL_REVIEWS_OVERDUE', 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS', 'AUDITED_PLANS_GOOD_OR_OUTSTANDING', 'DECISIONS_TO_ASSESS_WITHIN_6_WEEKS', 'HEALTH_ADVICE_GOOD_OR_BETTER', 'HEALTH_ADVICE_ON_TIME', 'INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST', 'MODERATION_AGREEMENT', 'PART_TIME_TIMETABLES'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "kpi" drop constraint if exists "kpi_calculation_check";`);
    this.addSql(`alter table "kpi" add constraint "kpi_calculation_check" check("calculation" in ('ASSESSMENTS_WITHIN_20_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS', 'DECISIONS_TO_ASSESS_WITHIN_6_WEEKS', 'AUDITED_PLANS_GOOD_OR_OUTSTANDING', 'MODERATION_AGREEMENT', 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS', 'AMENDED_PLANS_WITHIN_12_WEEKS', 'ANNUAL_REVIEWS_OVERDUE', 'HEALTH_ADVICE_ON_TIME', 'HEALTH_ADVICE_GOOD_OR_BETTER', 'ANNUAL_HEALTH_CHECK_DISCUSSED', 'PART_TIME_TIMETABLES', 'INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST'));`);
  }
}
