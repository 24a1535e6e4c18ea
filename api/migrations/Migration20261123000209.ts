import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000209 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_outcome" ("audit_id" uuid not null, "local_authority_id" uuid not null, "academic_year" smallint not null, "term" text check ("term" in ('AUTUMN', 'SPRING', 'SUMMER')) not null, "team_id" uuid null, "primary_need" text check ("primary_need" in ('ASD', 'SEMH', 'SLCN', 'MLD', 'SLD', 'PMLD', 'SPLD', 'HI', 'VI', 'MSI', 'PD', 'OTH', 'NSA')) not null, "phase" text check ("phase" in ('EARLY_YEARS', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'POST_16', 'POST_19')) not null, "setting_type" text check ("setting_type" in ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL', 'INDEPENDENT_SPECIAL', 'NON_MAINTAINED_SPECIAL', 'ALTERNATIVE_PROVISION', 'FURTHER_EDUCATION', 'EARLY_YEARS')) null, "grade" smallint not null, "finalised_at" timestamptz not null, constraint "audit_outcome_pkey" primary key ("audit_id"));`);
    this.addSql(`create index "audit_outcome_local_authority_id_academic_year_term_index" on "audit_outcome" ("local_authority_id", "academic_year", "term");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_outcome" cascade;`);
  }

}
