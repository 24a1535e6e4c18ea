import { Migration } from '@mikro-orm/migrations';

export class Migration20261123023204 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "provider" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "setting_id" uuid not null, "residential" boolean not null default false, "last_inspection_date" date null, "contract_framework" text check ("contract_framework" in ('SPOT_PURCHASE', 'DYNAMIC_PURCHASING_SYSTEM', 'NATIONAL_CONTRACT')) not null, "postcode" varchar(10) not null, "latitude" double precision not null, "longitude" double precision not null, constraint "provider_pkey" primary key ("id"));`);
    this.addSql(`create index "provider_local_authority_id_index" on "provider" ("local_authority_id");`);
    this.addSql(`create index "provider_setting_id_index" on "provider" ("setting_id");`);
    this.addSql(`alter table "provider" add constraint "provider_local_authority_id_setting_id_unique" unique ("local_authority_id", "setting_id");`);

    this.addSql(`create table "provider_document" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "provider_id" uuid not null, "kind" text check ("kind" in ('BEHAVIOUR_POLICY', 'RESTRAINT_POLICY', 'EXCLUSION_POLICY', 'SAFEGUARDING_POLICY', 'COMPLAINTS_POLICY', 'INSPECTION_REPORT', 'COST_BREAKDOWN')) not null, "document_date" date not null, "review_due_date" date null, constraint "provider_document_pkey" primary key ("id"));`);
    this.addSql(`create index "provider_document_local_authority_id_index" on "provider_document" ("local_authority_id");`);
    this.addSql(`create index "provider_document_provider_id_index" on "provider_document" ("provider_id");`);

    this.addSql(`create table "placement" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "child_id" uuid not null, "plan_id" uuid not null, "provider_id" uuid not null, "start_date" date not null, "planned_end_date" date not null, "end_date" date null, "contract_reference" varchar(60) not null, "education_cost" int not null, "health_cost" int not null, "social_care_cost" int not null, "residential" boolean not null default false, "nights_per_week" int not null default 0, "weeks_per_year" int not null, "no_local_provision_reason" text not null, "overlap_reason" text null, "status" text check ("status" in ('PROPOSED', 'ACTIVE', 'ENDED')) not null, "visit_frequency_months" int not null default 6, constraint "placement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_local_authority_id_index" on "placement" ("local_authority_id");`);
    this.addSql(`create index "placement_child_id_index" on "placement" ("child_id");`);
    this.addSql(`create index "placement_plan_id_index" on "placement" ("plan_id");`);
    this.addSql(`create index "placement_provider_id_index" on "placement" ("provider_id");`);
    this.addSql(`create index "placement_planned_end_date_index" on "placement" ("planned_end_date");`);
    this.addSql(`create index "placement_status_index" on "placement" ("status");`);

    this.addSql(`create table "monitoring_visit" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "placement_id" uuid not null, "visit_date" date not null, "status" text check ("status" in ('PLANNED', 'DONE')) not null, "officer" varchar(200) not null, "safeguarding" text check ("safeguarding" in ('RED', 'AMBER', 'GREEN')) null, "provision_delivered" text check ("provision_delivered" in ('RED', 'AMBER', 'GREEN')) null, "outcomes_progress" text check ("outcomes_progress" in ('RED', 'AMBER', 'GREEN')) null, "attendance" text check ("attendance" in ('RED', 'AMBER', 'GREEN')) null, "voice_and_wellbeing" text check ("voice_and_wellbeing" in ('RED', 'AMBER', 'GREEN')) null, "value_for_money" text check ("value_for_money" in ('RED', 'AMBER', 'GREEN')) null, "overall_rag" text check ("overall_rag" in ('RED', 'AMBER', 'GREEN')) null, "findings" text null, constraint "monitoring_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "monitoring_visit_local_authority_id_index" on "monitoring_visit" ("local_authority_id");`);
    this.addSql(`create index "monitoring_visit_placement_id_index" on "monitoring_visit" ("placement_id");`);
    this.addSql(`create index "monitoring_visit_visit_date_index" on "monitoring_visit" ("visit_date");`);

    this.addSql(`create table "commissioned_outcome" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "placement_id" uuid not null, "description" text not null, "target_date" date not null, constraint "commissioned_outcome_pkey" primary key ("id"));`);
    this.addSql(`create index "commissioned_outcome_local_authority_id_index" on "commissioned_outcome" ("local_authority_id");`);
    this.addSql(`create index "commissioned_outcome_placement_id_index" on "commissioned_outcome" ("placement_id");`);

    this.addSql(`create table "outcome_review" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "visit_id" uuid not null, "outcome_id" uuid not null, "review_date" date not null, "judgement" text check ("judgement" in ('ACHIEVED', 'ON_TRACK', 'NOT_ON_TRACK', 'NOT_ACHIEVED')) not null, "evidence" text not null, constraint "outcome_review_pkey" primary key ("id"));`);
    this.addSql(`create index "outcome_review_local_authority_id_index" on "outcome_review" ("local_authority_id");`);
    this.addSql(`create index "outcome_review_visit_id_index" on "outcome_review" ("visit_id");`);
    this.addSql(`create index "outcome_review_outcome_id_index" on "outcome_review" ("outcome_id");`);

    this.addSql(`create table "visit_action" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "visit_id" uuid not null, "description" text not null, "owner" varchar(200) not null, "due_date" date not null, "done" boolean not null default false, constraint "visit_action_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_action_local_authority_id_index" on "visit_action" ("local_authority_id");`);
    this.addSql(`create index "visit_action_visit_id_index" on "visit_action" ("visit_id");`);

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
    this.addSql(`alter table "outcome_review" add constraint "outcome_review_visit_id_foreign" foreign key ("visit_id") references "monitoring_visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "outcome_review" add constraint "outcome_review_outcome_id_foreign" foreign key ("outcome_id") references "commissioned_outcome" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "visit_action" add constraint "visit_action_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit_action" add constraint "visit_action_visit_id_foreign" foreign key ("visit_id") references "monitoring_visit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "provider_document" drop constraint "provider_document_provider_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_provider_id_foreign";`);

    this.addSql(`alter table "monitoring_visit" drop constraint "monitoring_visit_placement_id_foreign";`);

    this.addSql(`alter table "commissioned_outcome" drop constraint "commissioned_outcome_placement_id_foreign";`);

    this.addSql(`alter table "outcome_review" drop constraint "outcome_review_visit_id_foreign";`);

    this.addSql(`alter table "visit_action" drop constraint "visit_action_visit_id_foreign";`);

    this.addSql(`alter table "outcome_review" drop constraint "outcome_review_outcome_id_foreign";`);

    this.addSql(`drop table if exists "provider" cascade;`);

    this.addSql(`drop table if exists "provider_document" cascade;`);

    this.addSql(`drop table if exists "placement" cascade;`);

    this.addSql(`drop table if exists "monitoring_visit" cascade;`);

    this.addSql(`drop table if exists "commissioned_outcome" cascade;`);

    this.addSql(`drop table if exists "outcome_review" cascade;`);

    this.addSql(`drop table if exists "visit_action" cascade;`);
  }

}
