import { Migration } from '@mikro-orm/migrations';

/** A rubric version can require every criterion judged and every section evidenced before an audit is submitted; existing versions require neither. */
export class Migration20261203080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "rubric_version" add column "require_judgements" boolean not null default false, add column "require_evidence" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rubric_version" drop column "require_judgements", drop column "require_evidence";`);
  }
}
