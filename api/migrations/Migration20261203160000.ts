import { Migration } from '@mikro-orm/migrations';

/** Imports: saved column mappings, a record of each confirmed import, and the cause of a change in its history. */
export class Migration20261203160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "change_record" add column "cause" varchar(100) null;`);
    this.addSql(`create index "change_record_cause_index" on "change_record" ("cause");`);

    this.addSql(`create table "import_mapping" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "kind" varchar(40) not null, "name" varchar(100) not null, "headers" jsonb not null, "codes" jsonb not null, constraint "import_mapping_pkey" primary key ("id"));`);
    this.addSql(`create index "import_mapping_local_authority_id_index" on "import_mapping" ("local_authority_id");`);
    this.addSql(`alter table "import_mapping" add constraint "import_mapping_local_authority_id_kind_name_unique" unique ("local_authority_id", "kind", "name");`);
    this.addSql(`alter table "import_mapping" add constraint "import_mapping_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`create table "import_run" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "kind" varchar(40) not null, "filename" varchar(255) not null, "file_hash" varchar(64) not null, "mapping_name" varchar(100) not null, "sheet" varchar(100) null, "imported_by" varchar(320) not null, "row_count" int not null, "created" int not null, "updated" int not null, "unchanged" int not null, constraint "import_run_pkey" primary key ("id"));`);
    this.addSql(`create index "import_run_local_authority_id_index" on "import_run" ("local_authority_id");`);
    this.addSql(`create index "import_run_local_authority_id_kind_file_hash_index" on "import_run" ("local_authority_id", "kind", "file_hash");`);
    this.addSql(`alter table "import_run" add constraint "import_run_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_run" cascade;`);
    this.addSql(`drop table if exists "import_mapping" cascade;`);
    this.addSql(`drop index "change_record_cause_index";`);
    this.addSql(`alter table "change_record" drop column "cause";`);
  }
}
