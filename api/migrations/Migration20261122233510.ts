import { Migration } from '@mikro-orm/migrations';

export class Migration20261122233510 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rubric" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "name" varchar(200) not null, constraint "rubric_pkey" primary key ("id"));`);
    this.addSql(`create index "rubric_local_authority_id_index" on "rubric" ("local_authority_id");`);

    this.addSql(`create table "rubric_version" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "rubric_id" uuid not null, "number" int not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "derivation" text check ("derivation" in ('AUDITOR_JUDGEMENT', 'CRITERIA_SCORE')) not null, "thresholds" jsonb not null, "sections" jsonb not null, "published_at" timestamptz null, constraint "rubric_version_pkey" primary key ("id"));`);
    this.addSql(`create index "rubric_version_local_authority_id_index" on "rubric_version" ("local_authority_id");`);
    this.addSql(`create index "rubric_version_rubric_id_index" on "rubric_version" ("rubric_id");`);
    this.addSql(`alter table "rubric_version" add constraint "rubric_version_rubric_id_number_unique" unique ("rubric_id", "number");`);

    this.addSql(`alter table "rubric" add constraint "rubric_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "rubric_version" add constraint "rubric_version_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "rubric_version" add constraint "rubric_version_rubric_id_foreign" foreign key ("rubric_id") references "rubric" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rubric_version" drop constraint "rubric_version_rubric_id_foreign";`);

    this.addSql(`drop table if exists "rubric" cascade;`);

    this.addSql(`drop table if exists "rubric_version" cascade;`);
  }

}
