import { Migration } from '@mikro-orm/migrations';

export class Migration20261123012441 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "annual_review" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "plan_id" uuid not null, "meeting_date" date not null, "decision_date" date null, "health_check_discussed" boolean null, constraint "annual_review_pkey" primary key ("id"));`);
    this.addSql(`create index "annual_review_local_authority_id_index" on "annual_review" ("local_authority_id");`);
    this.addSql(`create index "annual_review_plan_id_index" on "annual_review" ("plan_id");`);
    this.addSql(`create index "annual_review_meeting_date_index" on "annual_review" ("meeting_date");`);

    this.addSql(`create table "health_sign_off" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "plan_id" uuid not null, "status" text check ("status" in ('AWAITING', 'CHANGES_REQUESTED', 'AGREED')) not null default 'AWAITING', "requested_on" date not null, "change_requests" smallint not null default 0, "changes_reason" text null, "changes_requested_on" date null, "agreed_on" date null, "decided_by_id" uuid null, constraint "health_sign_off_pkey" primary key ("id"));`);
    this.addSql(`create index "health_sign_off_local_authority_id_index" on "health_sign_off" ("local_authority_id");`);
    this.addSql(`create index "health_sign_off_plan_id_index" on "health_sign_off" ("plan_id");`);
    this.addSql(`create index "health_sign_off_status_index" on "health_sign_off" ("status");`);

    this.addSql(`create table "health_advice" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "plan_id" uuid not null, "team_id" uuid not null, "occasion" text check ("occasion" in ('ASSESSMENT', 'ANNUAL_REVIEW')) not null, "annual_review_id" uuid null, "requested_on" date not null, "due_on" date not null, "received_on" date null, "no_advice" boolean not null default false, "no_advice_reason" text null, "review_rubric_version_id" uuid null, "review" jsonb not null, "review_grade" smallint null, "review_feedback" text null, "reviewed_on" date null, "reviewed_by_id" uuid null, constraint "health_advice_pkey" primary key ("id"));`);
    this.addSql(`create index "health_advice_local_authority_id_index" on "health_advice" ("local_authority_id");`);
    this.addSql(`create index "health_advice_plan_id_index" on "health_advice" ("plan_id");`);
    this.addSql(`create index "health_advice_team_id_index" on "health_advice" ("team_id");`);
    this.addSql(`create index "health_advice_due_on_index" on "health_advice" ("due_on");`);

    this.addSql(`alter table "annual_review" add constraint "annual_review_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "annual_review" add constraint "annual_review_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "health_sign_off" add constraint "health_sign_off_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "health_sign_off" add constraint "health_sign_off_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "health_sign_off" add constraint "health_sign_off_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "health_advice" add constraint "health_advice_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "health_advice" add constraint "health_advice_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "health_advice" add constraint "health_advice_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "health_advice" add constraint "health_advice_annual_review_id_foreign" foreign key ("annual_review_id") references "annual_review" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "health_advice" add constraint "health_advice_review_rubric_version_id_foreign" foreign key ("review_rubric_version_id") references "rubric_version" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "health_advice" add constraint "health_advice_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "audit_outcome" add column "kind" text check ("kind" in ('EHCP_AUDIT', 'HEALTH_DEEP_DIVE')) not null default 'EHCP_AUDIT';`);

    this.addSql(`alter table "rubric" add column "purpose" text check ("purpose" in ('EHCP_AUDIT', 'HEALTH_ADVICE', 'HEALTH_DEEP_DIVE')) not null default 'EHCP_AUDIT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "health_advice" drop constraint "health_advice_annual_review_id_foreign";`);

    this.addSql(`drop table if exists "annual_review" cascade;`);

    this.addSql(`drop table if exists "health_sign_off" cascade;`);

    this.addSql(`drop table if exists "health_advice" cascade;`);

    this.addSql(`alter table "audit_outcome" drop column "kind";`);

    this.addSql(`alter table "rubric" drop column "purpose";`);
  }

}
