import { Migration } from '@mikro-orm/migrations';

export class Migration20261202071234 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assessment_request" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "child_id" uuid not null, "plan_id" uuid null, "team_id" uuid null, "caseworker" varchar(120) null, "kind" text check ("kind" in ('REQUEST', 'TRANSFER_IN')) not null, "received_on" date not null, "decision_on" date null, "decision" text check ("decision" in ('ASSESS', 'REFUSE')) null, "decision_exception" text check ("decision_exception" in ('SCHOOL_CLOSURE', 'EARLY_YEARS_CLOSURE', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'ABSENT_FROM_AREA', 'MISSED_APPOINTMENT')) null, "draft_on" date null, "outcome" text check ("outcome" in ('FINAL_PLAN', 'NO_PLAN')) null, "outcome_on" date null, "outcome_exception" text check ("outcome_exception" in ('SCHOOL_CLOSURE', 'EARLY_YEARS_CLOSURE', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'ABSENT_FROM_AREA', 'MISSED_APPOINTMENT')) null, "withdrawn_on" date null, "previous_authority" varchar(100) null, "previous_review_on" date null, "transfer_notice_on" date null, constraint "assessment_request_pkey" primary key ("id"), constraint assessment_request_outcome_exception_allowed check (outcome_exception is null or outcome_exception in ('SCHOOL_CLOSURE', 'EARLY_YEARS_CLOSURE', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'ABSENT_FROM_AREA')), constraint assessment_request_decision_exception_allowed check (decision_exception is null or decision_exception in ('SCHOOL_CLOSURE', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'ABSENT_FROM_AREA')));`);
    this.addSql(`create index "assessment_request_local_authority_id_index" on "assessment_request" ("local_authority_id");`);
    this.addSql(`create index "assessment_request_child_id_index" on "assessment_request" ("child_id");`);
    this.addSql(`create index "assessment_request_plan_id_index" on "assessment_request" ("plan_id");`);
    this.addSql(`create index "assessment_request_team_id_index" on "assessment_request" ("team_id");`);
    this.addSql(`create index "assessment_request_caseworker_index" on "assessment_request" ("caseworker");`);
    this.addSql(`create index "assessment_request_outcome_on_index" on "assessment_request" ("outcome_on");`);
    this.addSql(`create index "assessment_request_local_authority_id_received_on_index" on "assessment_request" ("local_authority_id", "received_on");`);

    this.addSql(`alter table "assessment_request" add constraint "assessment_request_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assessment_request" add constraint "assessment_request_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assessment_request" add constraint "assessment_request_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "assessment_request" add constraint "assessment_request_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "kpi" drop constraint if exists "kpi_calculation_check";`);

    this.addSql(`alter table "kpi" add constraint "kpi_calculation_check" check("calculation" in ('ASSESSMENTS_WITHIN_20_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS', 'DECISIONS_TO_ASSESS_WITHIN_6_WEEKS', 'AUDITED_PLANS_GOOD_OR_OUTSTANDING', 'MODERATION_AGREEMENT', 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS', 'AMENDED_PLANS_WITHIN_12_WEEKS', 'ANNUAL_REVIEWS_OVERDUE', 'HEALTH_ADVICE_ON_TIME', 'HEALTH_ADVICE_GOOD_OR_BETTER', 'ANNUAL_HEALTH_CHECK_DISCUSSED', 'PART_TIME_TIMETABLES', 'INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST'));`);

    // Every plan's assessment so far lived on the plan: each becomes an assessment record with its request
    // and final-plan dates. A missed appointment was never an exception to the 20-week limit (reg. 13(3)
    // allows only those of reg. 10(4)(a)–(d)), so it is not carried over: such plans now count as late.
    this.addSql(`insert into "assessment_request" ("id", "version", "created_at", "updated_at", "local_authority_id", "child_id", "plan_id", "team_id", "kind", "received_on", "outcome", "outcome_on", "outcome_exception")
      select gen_random_uuid(), 1, now(), now(), p."local_authority_id", p."child_id", p."id", p."team_id", 'REQUEST', p."request_date",
             case when p."issue_date" is not null then 'FINAL_PLAN' end, p."issue_date",
             case when p."issue_date" is not null and p."timescale_exception" <> 'MISSED_APPOINTMENT' then p."timescale_exception" end
        from "plan" p;`);
    this.addSql(`alter table "plan" drop column "timescale_exception";`);

    this.addSql(`alter table "annual_review" add column "decision" text check ("decision" in ('MAINTAIN', 'AMEND', 'CEASE')) null, add column "cease_reason" text null, add column "amendment_notice_on" date null, add column "amended_plan_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "plan" add column "timescale_exception" text check ("timescale_exception" in ('SCHOOL_CLOSURE', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'ABSENT_FROM_AREA', 'MISSED_APPOINTMENT')) null;`);
    this.addSql(`update "plan" set "timescale_exception" = r."outcome_exception" from "assessment_request" r
      where r."plan_id" = "plan"."id" and r."outcome" = 'FINAL_PLAN' and r."outcome_exception" in ('SCHOOL_CLOSURE', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'ABSENT_FROM_AREA');`);
    this.addSql(`drop table if exists "assessment_request" cascade;`);

    this.addSql(`alter table "kpi" drop constraint if exists "kpi_calculation_check";`);

    this.addSql(`alter table "annual_review" drop column "decision", drop column "cease_reason", drop column "amendment_notice_on", drop column "amended_plan_on";`);

    this.addSql(`alter table "kpi" add constraint "kpi_calculation_check" check("calculation" in ('ASSESSMENTS_WITHIN_20_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS', 'AUDITED_PLANS_GOOD_OR_OUTSTANDING', 'MODERATION_AGREEMENT', 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS', 'HEALTH_ADVICE_ON_TIME', 'HEALTH_ADVICE_GOOD_OR_BETTER', 'ANNUAL_HEALTH_CHECK_DISCUSSED', 'PART_TIME_TIMETABLES', 'INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST'));`);
  }

}
