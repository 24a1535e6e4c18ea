import { Migration } from '@mikro-orm/migrations';

export class Migration20261123013035 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_cycle" add column "moderation_share_percent" smallint not null default 20, add column "agreement_target_percent" smallint not null default 80;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_cycle" drop column "moderation_share_percent", drop column "agreement_target_percent";`);
  }

}
