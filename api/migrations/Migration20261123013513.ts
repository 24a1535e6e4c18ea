import { Migration } from '@mikro-orm/migrations';

export class Migration20261123013513 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "part_time_policy" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "maximum_weeks" smallint not null default 6, "key_stage1hours" double precision not null default 21, "key_stage2hours" double precision not null default 23.5, "key_stage3hours" double precision not null default 24, "year11hours" double precision not null default 25, "baseline_date" date null, "baseline_count" int null, "target_reduction_percent" double precision not null default 30, "target_date" date null, constraint "part_time_policy_pkey" primary key ("id"));`);
    this.addSql(`create index "part_time_policy_local_authority_id_index" on "part_time_policy" ("local_authority_id");`);
    this.addSql(`alter table "part_time_policy" add constraint "part_time_policy_local_authority_id_unique" unique ("local_authority_id");`);

    this.addSql(`create table "school_week" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "setting_id" uuid not null, "full_time_hours" double precision not null, constraint "school_week_pkey" primary key ("id"));`);
    this.addSql(`create index "school_week_local_authority_id_index" on "school_week" ("local_authority_id");`);
    this.addSql(`alter table "school_week" add constraint "school_week_setting_id_unique" unique ("setting_id");`);

    this.addSql(`create table "school_return" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "setting_id" uuid not null, "academic_year" smallint not null, "half_term" smallint not null, "received_on" date not null, "row_count" int not null, constraint "school_return_pkey" primary key ("id"));`);
    this.addSql(`create index "school_return_local_authority_id_index" on "school_return" ("local_authority_id");`);
    this.addSql(`create index "school_return_local_authority_id_academic_year_half_term_index" on "school_return" ("local_authority_id", "academic_year", "half_term");`);
    this.addSql(`alter table "school_return" add constraint "school_return_setting_id_academic_year_half_term_unique" unique ("setting_id", "academic_year", "half_term");`);

    this.addSql(`create table "part_time_timetable" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "child_id" uuid not null, "setting_id" uuid not null, "sen_status" text check ("sen_status" in ('EHCP', 'SEN_SUPPORT')) not null, "start_date" date not null, "agreed_end_date" date not null, "hours_per_week" double precision not null, "current_hours" double precision not null, "full_time_hours" double precision not null, "reason" text check ("reason" in ('MEDICAL', 'REINTEGRATION', 'IN_SCHOOL_SUPPORT', 'OTHER')) not null, "reason_notes" text null, "parent_agreement_date" date null, "parent_agreed_by" varchar(200) null, "return_plan" text not null, "caseworker_agreement_date" date null, "virtual_school_agreement_date" date null, "has_social_worker" boolean not null default false, "social_worker_involvement" text null, "extended_until" date null, "extension_reason" text null, "next_review_date" date not null, "status" text check ("status" in ('ACTIVE', 'ENDED_FULL_TIME', 'ENDED_OTHER')) not null default 'ACTIVE', "ended_on" date null, "destination" text null, "school_return_id" uuid null, constraint "part_time_timetable_pkey" primary key ("id"));`);
    this.addSql(`create index "part_time_timetable_local_authority_id_index" on "part_time_timetable" ("local_authority_id");`);
    this.addSql(`create index "part_time_timetable_child_id_index" on "part_time_timetable" ("child_id");`);
    this.addSql(`create index "part_time_timetable_setting_id_index" on "part_time_timetable" ("setting_id");`);
    this.addSql(`create index "part_time_timetable_status_index" on "part_time_timetable" ("status");`);
    this.addSql(`create index "part_time_timetable_local_authority_id_start_date_index" on "part_time_timetable" ("local_authority_id", "start_date");`);
    this.addSql(`alter table "part_time_timetable" add constraint "part_time_timetable_child_id_setting_id_start_date_unique" unique ("child_id", "setting_id", "start_date");`);

    this.addSql(`create table "part_time_review" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "timetable_id" uuid not null, "review_date" date not null, "hours_per_week" double precision not null, "decision" text check ("decision" in ('CONTINUE', 'INCREASE', 'END')) not null, "notes" text null, "next_review_date" date null, constraint "part_time_review_pkey" primary key ("id"));`);
    this.addSql(`create index "part_time_review_local_authority_id_index" on "part_time_review" ("local_authority_id");`);
    this.addSql(`create index "part_time_review_timetable_id_index" on "part_time_review" ("timetable_id");`);

    this.addSql(`alter table "part_time_policy" add constraint "part_time_policy_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "school_week" add constraint "school_week_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "school_week" add constraint "school_week_setting_id_foreign" foreign key ("setting_id") references "setting" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "school_return" add constraint "school_return_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "school_return" add constraint "school_return_setting_id_foreign" foreign key ("setting_id") references "setting" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "part_time_timetable" add constraint "part_time_timetable_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "part_time_timetable" add constraint "part_time_timetable_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "part_time_timetable" add constraint "part_time_timetable_setting_id_foreign" foreign key ("setting_id") references "setting" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "part_time_timetable" add constraint "part_time_timetable_school_return_id_foreign" foreign key ("school_return_id") references "school_return" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "part_time_review" add constraint "part_time_review_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "part_time_review" add constraint "part_time_review_timetable_id_foreign" foreign key ("timetable_id") references "part_time_timetable" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "part_time_timetable" drop constraint "part_time_timetable_school_return_id_foreign";`);

    this.addSql(`alter table "part_time_review" drop constraint "part_time_review_timetable_id_foreign";`);

    this.addSql(`drop table if exists "part_time_policy" cascade;`);

    this.addSql(`drop table if exists "school_week" cascade;`);

    this.addSql(`drop table if exists "school_return" cascade;`);

    this.addSql(`drop table if exists "part_time_timetable" cascade;`);

    this.addSql(`drop table if exists "part_time_review" cascade;`);
  }

}
