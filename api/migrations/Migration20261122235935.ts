import { Migration } from '@mikro-orm/migrations';

export class Migration20261122235935 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit" add column "sections" jsonb not null, add column "strengths" text not null default '', add column "areas_for_development" text not null default '', add column "suggested_grade" smallint null, add column "overall_grade" smallint null, add column "override_reason" text null, add column "return_reason" text null, add column "submitted_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit" drop column "sections", drop column "strengths", drop column "areas_for_development", drop column "suggested_grade", drop column "overall_grade", drop column "override_reason", drop column "return_reason", drop column "submitted_at";`);
  }

}
