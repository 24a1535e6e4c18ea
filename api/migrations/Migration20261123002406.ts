import { Migration } from '@mikro-orm/migrations';

export class Migration20261123002406 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_cycle" add column "reaudit_below_good" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_cycle" drop column "reaudit_below_good";`);
  }

}
