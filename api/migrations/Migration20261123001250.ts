import { Migration } from '@mikro-orm/migrations';

export class Migration20261123001250 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit" add column "moderator_id" uuid null, add column "moderator_grade" smallint null, add column "agreed_grade" smallint null, add column "moderation_notes" text null;`);
    this.addSql(`alter table "audit" add constraint "audit_moderator_id_foreign" foreign key ("moderator_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "audit_moderator_id_index" on "audit" ("moderator_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit" drop constraint "audit_moderator_id_foreign";`);

    this.addSql(`drop index "audit_moderator_id_index";`);
    this.addSql(`alter table "audit" drop column "moderator_id", drop column "moderator_grade", drop column "agreed_grade", drop column "moderation_notes";`);
  }

}
