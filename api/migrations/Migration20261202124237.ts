import { Migration } from '@mikro-orm/migrations';

export class Migration20261202124237 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_throttle" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "sign_in_throttle_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);
  }

}
