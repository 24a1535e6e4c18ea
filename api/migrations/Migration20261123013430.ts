import { Migration } from '@mikro-orm/migrations';

export class Migration20261123013430 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "kpi" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "code" varchar(40) not null, "name" varchar(200) not null, "definition" text not null, "unit" text check ("unit" in ('PERCENT', 'COUNT', 'POUNDS', 'WEEKS')) not null, "direction" text check ("direction" in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')) not null, "target" double precision not null, "amber_tolerance" double precision not null, "frequency" text check ("frequency" in ('MONTHLY', 'QUARTERLY', 'TERMLY')) not null, "owner" varchar(200) not null, "source" text check ("source" in ('COMPUTED', 'MANUAL')) not null, "calculation" text check ("calculation" in ('ASSESSMENTS_WITHIN_20_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS', 'AUDITED_PLANS_GOOD_OR_OUTSTANDING', 'MODERATION_AGREEMENT', 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS', 'HEALTH_ADVICE_ON_TIME', 'HEALTH_ADVICE_GOOD_OR_BETTER', 'ANNUAL_HEALTH_CHECK_DISCUSSED', 'PART_TIME_TIMETABLES', 'INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST')) null, "baseline_value" double precision null, "baseline_date" date null, "milestone_targets" jsonb not null, constraint "kpi_pkey" primary key ("id"));`);
    this.addSql(`create index "kpi_local_authority_id_index" on "kpi" ("local_authority_id");`);
    this.addSql(`alter table "kpi" add constraint "kpi_local_authority_id_code_unique" unique ("local_authority_id", "code");`);

    this.addSql(`create table "kpi_value" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "kpi_id" uuid not null, "period_start" date not null, "period_end" date not null, "period" varchar(40) not null, "value" double precision null, "numerator" double precision null, "denominator" double precision null, "evidence" text null, "calculated_at" timestamptz null, "frozen_at" timestamptz null, "exception_commentary" text null, "exception_actions" text null, constraint "kpi_value_pkey" primary key ("id"));`);
    this.addSql(`create index "kpi_value_local_authority_id_index" on "kpi_value" ("local_authority_id");`);
    this.addSql(`create index "kpi_value_kpi_id_index" on "kpi_value" ("kpi_id");`);
    this.addSql(`alter table "kpi_value" add constraint "kpi_value_kpi_id_period_start_unique" unique ("kpi_id", "period_start");`);

    this.addSql(`create table "highlight_report" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "title" varchar(300) not null, "audience" text check ("audience" in ('PARTNERSHIP_GROUP', 'EXECUTIVE_BOARD')) not null, "period_start" date not null, "period_end" date not null, "period" varchar(40) not null, "summary" text not null default '', "kpi_commentary" text not null default '', "plan_commentary" text not null default '', "risks" text not null default '', "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "published_at" timestamptz null, "published_by" varchar(200) null, "snapshot" jsonb null, constraint "highlight_report_pkey" primary key ("id"));`);
    this.addSql(`create index "highlight_report_local_authority_id_index" on "highlight_report" ("local_authority_id");`);

    this.addSql(`create table "workstream" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "number" smallint not null, "title" varchar(300) not null, "senior_sponsor" varchar(200) not null, constraint "workstream_pkey" primary key ("id"));`);
    this.addSql(`create index "workstream_local_authority_id_index" on "workstream" ("local_authority_id");`);

    this.addSql(`create table "improvement_outcome" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "workstream_id" uuid not null, "reference" varchar(20) not null, "intended_impact" text not null, constraint "improvement_outcome_pkey" primary key ("id"));`);
    this.addSql(`create index "improvement_outcome_local_authority_id_index" on "improvement_outcome" ("local_authority_id");`);
    this.addSql(`create index "improvement_outcome_workstream_id_index" on "improvement_outcome" ("workstream_id");`);

    this.addSql(`create table "improvement_action" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "outcome_id" uuid not null, "reference" varchar(20) not null, "description" text not null, "owner" varchar(200) not null, "resource" text check ("resource" in ('ADDITIONAL', 'EXISTING')) not null, constraint "improvement_action_pkey" primary key ("id"));`);
    this.addSql(`create index "improvement_action_local_authority_id_index" on "improvement_action" ("local_authority_id");`);
    this.addSql(`create index "improvement_action_outcome_id_index" on "improvement_action" ("outcome_id");`);

    this.addSql(`create table "milestone" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "action_id" uuid not null, "description" text not null, "deadline" date not null, "brag" text check ("brag" in ('BLUE', 'RED', 'AMBER', 'GREEN')) not null, "brag_set_on" date not null, constraint "milestone_pkey" primary key ("id"));`);
    this.addSql(`create index "milestone_local_authority_id_index" on "milestone" ("local_authority_id");`);
    this.addSql(`create index "milestone_action_id_index" on "milestone" ("action_id");`);
    this.addSql(`create index "milestone_deadline_index" on "milestone" ("deadline");`);

    this.addSql(`create table "improvement_action_kpis" ("improvement_action_id" uuid not null, "kpi_id" uuid not null, constraint "improvement_action_kpis_pkey" primary key ("improvement_action_id", "kpi_id"));`);

    this.addSql(`alter table "kpi" add constraint "kpi_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "kpi_value" add constraint "kpi_value_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "kpi_value" add constraint "kpi_value_kpi_id_foreign" foreign key ("kpi_id") references "kpi" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "highlight_report" add constraint "highlight_report_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "workstream" add constraint "workstream_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "improvement_outcome" add constraint "improvement_outcome_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "improvement_outcome" add constraint "improvement_outcome_workstream_id_foreign" foreign key ("workstream_id") references "workstream" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "improvement_action" add constraint "improvement_action_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "improvement_action" add constraint "improvement_action_outcome_id_foreign" foreign key ("outcome_id") references "improvement_outcome" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "milestone" add constraint "milestone_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "milestone" add constraint "milestone_action_id_foreign" foreign key ("action_id") references "improvement_action" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "improvement_action_kpis" add constraint "improvement_action_kpis_improvement_action_id_foreign" foreign key ("improvement_action_id") references "improvement_action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "improvement_action_kpis" add constraint "improvement_action_kpis_kpi_id_foreign" foreign key ("kpi_id") references "kpi" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plan" add column "timescale_exception" text check ("timescale_exception" in ('SCHOOL_CLOSURE', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'ABSENT_FROM_AREA', 'MISSED_APPOINTMENT')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "kpi_value" drop constraint "kpi_value_kpi_id_foreign";`);

    this.addSql(`alter table "improvement_action_kpis" drop constraint "improvement_action_kpis_kpi_id_foreign";`);

    this.addSql(`alter table "improvement_outcome" drop constraint "improvement_outcome_workstream_id_foreign";`);

    this.addSql(`alter table "improvement_action" drop constraint "improvement_action_outcome_id_foreign";`);

    this.addSql(`alter table "milestone" drop constraint "milestone_action_id_foreign";`);

    this.addSql(`alter table "improvement_action_kpis" drop constraint "improvement_action_kpis_improvement_action_id_foreign";`);

    this.addSql(`drop table if exists "kpi" cascade;`);

    this.addSql(`drop table if exists "kpi_value" cascade;`);

    this.addSql(`drop table if exists "highlight_report" cascade;`);

    this.addSql(`drop table if exists "workstream" cascade;`);

    this.addSql(`drop table if exists "improvement_outcome" cascade;`);

    this.addSql(`drop table if exists "improvement_action" cascade;`);

    this.addSql(`drop table if exists "milestone" cascade;`);

    this.addSql(`drop table if exists "improvement_action_kpis" cascade;`);

    this.addSql(`alter table "plan" drop column "timescale_exception";`);
  }

}
