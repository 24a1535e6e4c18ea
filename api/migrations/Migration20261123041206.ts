import { Migration } from '@mikro-orm/migrations';

export class Migration20261123041206 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "commissioning_policy" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "visit_interval_months" smallint not null default 6, "visit_due_soon_days" smallint not null default 30, "ofsted_reinspection_months" smallint not null default 36, "home_latitude" double precision null, "home_longitude" double precision null, "baseline_date" date null, "baseline_count" int null, "target_reduction_percent" smallint null, "target_date" date null, constraint "commissioning_policy_pkey" primary key ("id"));`);
    this.addSql(`create index "commissioning_policy_local_authority_id_index" on "commissioning_policy" ("local_authority_id");`);
    this.addSql(`alter table "commissioning_policy" add constraint "commissioning_policy_local_authority_id_unique" unique ("local_authority_id");`);

    this.addSql(`create table "provider" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "setting_id" uuid not null, "purchasing_route" text check ("purchasing_route" in ('SPOT_PURCHASE', 'DYNAMIC_PURCHASING_SYSTEM', 'NATIONAL_CONTRACT', 'LOCAL_FRAMEWORK')) not null, "contract_reference" varchar(100) null, "contract_end_date" date null, "section41approved" boolean not null default false, constraint "provider_pkey" primary key ("id"));`);
    this.addSql(`create index "provider_local_authority_id_index" on "provider" ("local_authority_id");`);
    this.addSql(`create index "provider_setting_id_index" on "provider" ("setting_id");`);
    this.addSql(`alter table "provider" add constraint "provider_local_authority_id_setting_id_unique" unique ("local_authority_id", "setting_id");`);

    this.addSql(`create table "provider_document" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "provider_id" uuid not null, "kind" text check ("kind" in ('BEHAVIOUR_POLICY', 'RESTRAINT_POLICY', 'EXCLUSION_POLICY', 'SAFEGUARDING_POLICY', 'COMPLAINTS_POLICY', 'INSPECTION_REPORT', 'COST_BREAKDOWN')) not null, "title" varchar(200) not null, "document_date" date not null, "received_on" date not null, "review_due" date null, constraint "provider_document_pkey" primary key ("id"));`);
    this.addSql(`create index "provider_document_local_authority_id_index" on "provider_document" ("local_authority_id");`);
    this.addSql(`create index "provider_document_provider_id_index" on "provider_document" ("provider_id");`);
    this.addSql(`create index "provider_document_review_due_index" on "provider_document" ("review_due");`);

    this.addSql(`create table "placement" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "child_id" uuid not null, "plan_id" uuid not null, "provider_id" uuid not null, "status" text check ("status" in ('ACTIVE', 'ENDED')) not null default 'ACTIVE', "start_date" date not null, "planned_end_date" date not null, "ended_on" date null, "contract_reference" varchar(100) not null, "education_cost" int not null, "health_cost" int not null, "social_care_cost" int not null, "attendance_pattern" text check ("attendance_pattern" in ('DAY', 'RESIDENTIAL')) not null, "nights_per_week" smallint null, "weeks_per_year" smallint not null, "no_local_provision_reason" text not null, "overlap_reason" text null, "visit_interval_months" smallint not null, "last_visit_on" date null, "last_visit_red" boolean not null default false, "next_visit_due" date not null, constraint "placement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_local_authority_id_index" on "placement" ("local_authority_id");`);
    this.addSql(`create index "placement_child_id_index" on "placement" ("child_id");`);
    this.addSql(`create index "placement_plan_id_index" on "placement" ("plan_id");`);
    this.addSql(`create index "placement_provider_id_index" on "placement" ("provider_id");`);
    this.addSql(`create index "placement_status_index" on "placement" ("status");`);
    this.addSql(`create index "placement_planned_end_date_index" on "placement" ("planned_end_date");`);
    this.addSql(`create index "placement_next_visit_due_index" on "placement" ("next_visit_due");`);

    this.addSql(`create table "monitoring_visit" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "placement_id" uuid not null, "status" text check ("status" in ('PLANNED', 'COMPLETED', 'CANCELLED')) not null default 'PLANNED', "visit_date" date not null, "officer" varchar(200) not null, "safeguarding" text check ("safeguarding" in ('RED', 'AMBER', 'GREEN')) null, "provision_delivered" text check ("provision_delivered" in ('RED', 'AMBER', 'GREEN')) null, "outcomes_progress" text check ("outcomes_progress" in ('RED', 'AMBER', 'GREEN')) null, "attendance" text check ("attendance" in ('RED', 'AMBER', 'GREEN')) null, "child_voice" text check ("child_voice" in ('RED', 'AMBER', 'GREEN')) null, "value_for_money" text check ("value_for_money" in ('RED', 'AMBER', 'GREEN')) null, "overall" text check ("overall" in ('RED', 'AMBER', 'GREEN')) null, "findings" text null, constraint "monitoring_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "monitoring_visit_local_authority_id_index" on "monitoring_visit" ("local_authority_id");`);
    this.addSql(`create index "monitoring_visit_placement_id_index" on "monitoring_visit" ("placement_id");`);
    this.addSql(`create index "monitoring_visit_visit_date_index" on "monitoring_visit" ("visit_date");`);

    this.addSql(`create table "commissioned_outcome" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "placement_id" uuid not null, "plan_reference" varchar(20) null, "description" text not null, "target_date" date not null, constraint "commissioned_outcome_pkey" primary key ("id"));`);
    this.addSql(`create index "commissioned_outcome_local_authority_id_index" on "commissioned_outcome" ("local_authority_id");`);
    this.addSql(`create index "commissioned_outcome_placement_id_index" on "commissioned_outcome" ("placement_id");`);

    this.addSql(`create table "outcome_review" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "outcome_id" uuid not null, "visit_id" uuid null, "reviewed_on" date not null, "progress" text check ("progress" in ('ACHIEVED', 'ON_TRACK', 'NOT_ON_TRACK', 'NOT_ACHIEVED')) not null, "evidence" text not null, constraint "outcome_review_pkey" primary key ("id"));`);
    this.addSql(`create index "outcome_review_local_authority_id_index" on "outcome_review" ("local_authority_id");`);
    this.addSql(`create index "outcome_review_outcome_id_index" on "outcome_review" ("outcome_id");`);
    this.addSql(`create index "outcome_review_visit_id_index" on "outcome_review" ("visit_id");`);

    this.addSql(`create table "visit_action" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "visit_id" uuid not null, "description" text not null, "owner" varchar(200) not null, "due_date" date not null, "status" text check ("status" in ('OPEN', 'DONE')) not null default 'OPEN', constraint "visit_action_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_action_local_authority_id_index" on "visit_action" ("local_authority_id");`);
    this.addSql(`create index "visit_action_visit_id_index" on "visit_action" ("visit_id");`);
    this.addSql(`create index "visit_action_due_date_index" on "visit_action" ("due_date");`);

    this.addSql(`alter table "commissioning_policy" add constraint "commissioning_policy_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "provider" add constraint "provider_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "provider" add constraint "provider_setting_id_foreign" foreign key ("setting_id") references "setting" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "provider_document" add constraint "provider_document_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "provider_document" add constraint "provider_document_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "placement" add constraint "placement_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "placement" add constraint "placement_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "placement" add constraint "placement_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "placement" add constraint "placement_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "monitoring_visit" add constraint "monitoring_visit_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "monitoring_visit" add constraint "monitoring_visit_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "commissioned_outcome" add constraint "commissioned_outcome_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "commissioned_outcome" add constraint "commissioned_outcome_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "outcome_review" add constraint "outcome_review_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "outcome_review" add constraint "outcome_review_outcome_id_foreign" foreign key ("outcome_id") references "commissioned_outcome" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "outcome_review" add constraint "outcome_review_visit_id_foreign" foreign key ("visit_id") references "monitoring_visit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "visit_action" add constraint "visit_action_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit_action" add constraint "visit_action_visit_id_foreign" foreign key ("visit_id") references "monitoring_visit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_outcome" drop constraint if exists "audit_outcome_setting_type_check";`);

    this.addSql(`alter table "setting" drop constraint if exists "setting_type_check";`);

    this.addSql(`alter table "audit_outcome" add constraint "audit_outcome_setting_type_check" check("setting_type" in ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL', 'INDEPENDENT_SPECIAL', 'NON_MAINTAINED_SPECIAL', 'ALTERNATIVE_PROVISION', 'FURTHER_EDUCATION', 'EARLY_YEARS', 'INDEPENDENT_SPECIALIST_COLLEGE', 'RESIDENTIAL'));`);

    this.addSql(`alter table "setting" add column "ofsted_inspection_date" date null, add column "area_authority_code" varchar(3) null, add column "area_authority_name" varchar(200) null, add column "postcode" varchar(8) null, add column "latitude" double precision null, add column "longitude" double precision null;`);
    this.addSql(`alter table "setting" add constraint "setting_type_check" check("type" in ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL', 'INDEPENDENT_SPECIAL', 'NON_MAINTAINED_SPECIAL', 'ALTERNATIVE_PROVISION', 'FURTHER_EDUCATION', 'EARLY_YEARS', 'INDEPENDENT_SPECIALIST_COLLEGE', 'RESIDENTIAL'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "provider_document" drop constraint "provider_document_provider_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_provider_id_foreign";`);

    this.addSql(`alter table "monitoring_visit" drop constraint "monitoring_visit_placement_id_foreign";`);

    this.addSql(`alter table "commissioned_outcome" drop constraint "commissioned_outcome_placement_id_foreign";`);

    this.addSql(`alter table "outcome_review" drop constraint "outcome_review_visit_id_foreign";`);

    this.addSql(`alter table "visit_action" drop constraint "visit_action_visit_id_foreign";`);

    this.addSql(`alter table "outcome_review" drop constraint "outcome_review_outcome_id_foreign";`);

    this.addSql(`drop table if exists "commissioning_policy" cascade;`);

    this.addSql(`drop table if exists "provider" cascade;`);

    this.addSql(`drop table if exists "provider_document" cascade;`);

    this.addSql(`drop table if exists "placement" cascade;`);

    this.addSql(`drop table if exists "monitoring_visit" cascade;`);

    this.addSql(`drop table if exists "commissioned_outcome" cascade;`);

    this.addSql(`drop table if exists "outcome_review" cascade;`);

    this.addSql(`drop table if exists "visit_action" cascade;`);

    this.addSql(`alter table "audit_outcome" drop constraint if exists "audit_outcome_setting_type_check";`);

    this.addSql(`alter table "setting" drop constraint if exists "setting_type_check";`);

    this.addSql(`alter table "audit_outcome" add constraint "audit_outcome_setting_type_check" check("setting_type" in ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL', 'INDEPENDENT_SPECIAL', 'NON_MAINTAINED_SPECIAL', 'ALTERNATIVE_PROVISION', 'FURTHER_EDUCATION', 'EARLY_YEARS'));`);

    this.addSql(`alter table "setting" drop column "ofsted_inspection_date", drop column "area_authority_code", drop column "area_authority_name", drop column "postcode", drop column "latitude", drop column "longitude";`);

    this.addSql(`alter table "setting" add constraint "setting_type_check" check("type" in ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL', 'INDEPENDENT_SPECIAL', 'NON_MAINTAINED_SPECIAL', 'ALTERNATIVE_PROVISION', 'FURTHER_EDUCATION', 'EARLY_YEARS'));`);
  }

}
