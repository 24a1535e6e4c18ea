import { Migration } from '@mikro-orm/migrations';

export class Migration20261122234257 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_cycle" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "name" varchar(200) not null, "kind" text check ("kind" in ('EHCP_AUDIT', 'HEALTH_DEEP_DIVE')) not null, "term" text check ("term" in ('AUTUMN', 'SPRING', 'SUMMER')) not null, "academic_year" smallint not null, "opens_on" date not null, "closes_on" date not null, "rubric_version_id" uuid not null, "sample_size" int null, "sample_percent" double precision null, "stratify_by" text[] not null, "exclude_audited_in_last_cycles" smallint not null default 0, "include_plan_ids" jsonb not null, "seed" int not null, "sampled_at" timestamptz null, constraint "audit_cycle_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_cycle_local_authority_id_index" on "audit_cycle" ("local_authority_id");`);
    this.addSql(`create index "audit_cycle_opens_on_index" on "audit_cycle" ("opens_on");`);

    this.addSql(`create table "audit" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "cycle_id" uuid not null, "plan_id" uuid not null, "rubric_version_id" uuid not null, "status" text check ("status" in ('UNASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'MODERATED', 'FINAL')) not null default 'UNASSIGNED', "auditor_id" uuid null, "lens" text check ("lens" in ('EDUCATION', 'HEALTH', 'SOCIAL_CARE')) null, constraint "audit_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_local_authority_id_index" on "audit" ("local_authority_id");`);
    this.addSql(`create index "audit_cycle_id_index" on "audit" ("cycle_id");`);
    this.addSql(`create index "audit_plan_id_index" on "audit" ("plan_id");`);
    this.addSql(`create index "audit_status_index" on "audit" ("status");`);
    this.addSql(`create index "audit_auditor_id_index" on "audit" ("auditor_id");`);
    this.addSql(`alter table "audit" add constraint "audit_cycle_id_plan_id_unique" unique ("cycle_id", "plan_id");`);

    this.addSql(`alter table "audit_cycle" add constraint "audit_cycle_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "audit_cycle" add constraint "audit_cycle_rubric_version_id_foreign" foreign key ("rubric_version_id") references "rubric_version" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "audit" add constraint "audit_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "audit" add constraint "audit_cycle_id_foreign" foreign key ("cycle_id") references "audit_cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "audit" add constraint "audit_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "audit" add constraint "audit_rubric_version_id_foreign" foreign key ("rubric_version_id") references "rubric_version" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "audit" add constraint "audit_auditor_id_foreign" foreign key ("auditor_id") references "app_user" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit" drop constraint "audit_cycle_id_foreign";`);

    this.addSql(`drop table if exists "audit_cycle" cascade;`);

    this.addSql(`drop table if exists "audit" cascade;`);
  }

}
