import { Migration } from '@mikro-orm/migrations';

export class Migration20261123001829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "follow_up_action" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "audit_id" uuid not null, "description" text not null, "owner" varchar(200) not null, "team_id" uuid null, "due_date" date not null, "status" text check ("status" in ('OPEN', 'DONE', 'CANCELLED')) not null default 'OPEN', constraint "follow_up_action_pkey" primary key ("id"));`);
    this.addSql(`create index "follow_up_action_local_authority_id_index" on "follow_up_action" ("local_authority_id");`);
    this.addSql(`create index "follow_up_action_audit_id_index" on "follow_up_action" ("audit_id");`);
    this.addSql(`create index "follow_up_action_team_id_index" on "follow_up_action" ("team_id");`);
    this.addSql(`create index "follow_up_action_due_date_index" on "follow_up_action" ("due_date");`);

    this.addSql(`alter table "follow_up_action" add constraint "follow_up_action_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "follow_up_action" add constraint "follow_up_action_audit_id_foreign" foreign key ("audit_id") references "audit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up_action" add constraint "follow_up_action_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "follow_up_action" cascade;`);
  }

}
