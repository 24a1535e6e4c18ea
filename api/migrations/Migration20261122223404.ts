import { Migration } from '@mikro-orm/migrations';

export class Migration20261122223404 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "change_record" ("id" uuid not null, "at" timestamptz not null, "action" text check ("action" in ('CREATE', 'UPDATE', 'DELETE')) not null, "entity_name" varchar(100) not null, "entity_id" varchar(100) not null, "local_authority_id" uuid null, "actor_id" uuid null, "actor_email" varchar(320) not null, "request_id" varchar(100) null, "changes" jsonb not null, constraint "change_record_pkey" primary key ("id"));`);
    this.addSql(`create index "change_record_at_index" on "change_record" ("at");`);
    this.addSql(`create index "change_record_local_authority_id_index" on "change_record" ("local_authority_id");`);
    this.addSql(`create index "change_record_actor_id_index" on "change_record" ("actor_id");`);
    this.addSql(`create index "change_record_entity_name_entity_id_index" on "change_record" ("entity_name", "entity_id");`);

    this.addSql(`create table "local_authority" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(3) not null, "name" varchar(200) not null, constraint "local_authority_pkey" primary key ("id"));`);
    this.addSql(`alter table "local_authority" add constraint "local_authority_code_unique" unique ("code");`);

    this.addSql(`create table "child" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "case_reference" varchar(40) not null, "date_of_birth" date not null, "sex" text check ("sex" in ('FEMALE', 'MALE')) not null, "primary_need" text check ("primary_need" in ('ASD', 'SEMH', 'SLCN', 'MLD', 'SLD', 'PMLD', 'SPLD', 'HI', 'VI', 'MSI', 'PD', 'OTH', 'NSA')) not null, "complex_health_needs" boolean not null default false, "looked_after" boolean not null default false, constraint "child_pkey" primary key ("id"));`);
    this.addSql(`create index "child_local_authority_id_index" on "child" ("local_authority_id");`);
    this.addSql(`create index "child_primary_need_index" on "child" ("primary_need");`);
    this.addSql(`alter table "child" add constraint "child_local_authority_id_case_reference_unique" unique ("local_authority_id", "case_reference");`);

    this.addSql(`create table "setting" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "urn" varchar(8) not null, "name" varchar(200) not null, "type" text check ("type" in ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL', 'INDEPENDENT_SPECIAL', 'NON_MAINTAINED_SPECIAL', 'ALTERNATIVE_PROVISION', 'FURTHER_EDUCATION', 'EARLY_YEARS')) not null, "phase" text check ("phase" in ('EARLY_YEARS', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'POST_16', 'POST_19')) not null, "ofsted_rating" text check ("ofsted_rating" in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE', 'NOT_YET_INSPECTED')) not null default 'NOT_YET_INSPECTED', constraint "setting_pkey" primary key ("id"));`);
    this.addSql(`create index "setting_local_authority_id_index" on "setting" ("local_authority_id");`);
    this.addSql(`alter table "setting" add constraint "setting_urn_unique" unique ("urn");`);

    this.addSql(`create table "team" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "name" varchar(200) not null, "kind" text check ("kind" in ('CASEWORK', 'HEALTH', 'SOCIAL_CARE', 'EDUCATIONAL_PSYCHOLOGY', 'OTHER')) not null, constraint "team_pkey" primary key ("id"));`);
    this.addSql(`create index "team_local_authority_id_index" on "team" ("local_authority_id");`);

    this.addSql(`create table "plan" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "child_id" uuid not null, "status" text check ("status" in ('DRAFT', 'FINAL', 'CEASED')) not null, "request_date" date not null, "issue_date" date null, "last_annual_review_date" date null, "setting_id" uuid null, "team_id" uuid null, constraint "plan_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_local_authority_id_index" on "plan" ("local_authority_id");`);
    this.addSql(`create index "plan_child_id_index" on "plan" ("child_id");`);
    this.addSql(`create index "plan_status_index" on "plan" ("status");`);
    this.addSql(`create index "plan_setting_id_index" on "plan" ("setting_id");`);
    this.addSql(`create index "plan_team_id_index" on "plan" ("team_id");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(320) not null, "display_name" varchar(200) not null, "roles" text[] not null, "password_hash" varchar(200) not null, "active" boolean not null default true, "last_sign_in_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`create index "session_token_hash_index" on "session" ("token_hash");`);

    this.addSql(`create table "app_user_local_authority" ("user_id" uuid not null, "local_authority_id" uuid not null, constraint "app_user_local_authority_pkey" primary key ("user_id", "local_authority_id"));`);

    this.addSql(`alter table "child" add constraint "child_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "setting" add constraint "setting_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "team" add constraint "team_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "plan" add constraint "plan_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "plan" add constraint "plan_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "plan" add constraint "plan_setting_id_foreign" foreign key ("setting_id") references "setting" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "plan" add constraint "plan_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user_local_authority" add constraint "app_user_local_authority_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "app_user_local_authority" add constraint "app_user_local_authority_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "child" drop constraint "child_local_authority_id_foreign";`);

    this.addSql(`alter table "setting" drop constraint "setting_local_authority_id_foreign";`);

    this.addSql(`alter table "team" drop constraint "team_local_authority_id_foreign";`);

    this.addSql(`alter table "plan" drop constraint "plan_local_authority_id_foreign";`);

    this.addSql(`alter table "app_user_local_authority" drop constraint "app_user_local_authority_local_authority_id_foreign";`);

    this.addSql(`alter table "plan" drop constraint "plan_child_id_foreign";`);

    this.addSql(`alter table "plan" drop constraint "plan_setting_id_foreign";`);

    this.addSql(`alter table "plan" drop constraint "plan_team_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "app_user_local_authority" drop constraint "app_user_local_authority_user_id_foreign";`);

    this.addSql(`drop table if exists "change_record" cascade;`);

    this.addSql(`drop table if exists "local_authority" cascade;`);

    this.addSql(`drop table if exists "child" cascade;`);

    this.addSql(`drop table if exists "setting" cascade;`);

    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop table if exists "plan" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "app_user_local_authority" cascade;`);
  }

}
