import { Migration } from '@mikro-orm/migrations';

/** Families' voice: survey templates, single-use invitations (token hashes only), pseudonymous responses, "You said, we did" themes; the family-satisfaction KPI calculation. */
export class Migration20261203164553 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "family_theme" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "said" text not null, "source" text check ("source" in ('POST_ASSESSMENT', 'POST_ANNUAL_REVIEW', 'ANNUAL_FAMILY', 'YOUNG_PEOPLE')) null, "term" varchar(20) null, "action_taken" text null, "action_on" date null, "status" text check ("status" in ('RAISED', 'IN_PROGRESS', 'DONE')) not null default 'RAISED', "published" boolean not null default false, constraint "family_theme_pkey" primary key ("id"));`);
    this.addSql(`create index "family_theme_local_authority_id_index" on "family_theme" ("local_authority_id");`);

    this.addSql(`create table "survey_template" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "kind" text check ("kind" in ('POST_ASSESSMENT', 'POST_ANNUAL_REVIEW', 'ANNUAL_FAMILY', 'YOUNG_PEOPLE')) not null, "name" varchar(200) not null, "number" int not null, "questions" jsonb not null, constraint "survey_template_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_template_local_authority_id_index" on "survey_template" ("local_authority_id");`);
    this.addSql(`alter table "survey_template" add constraint "survey_template_local_authority_id_kind_number_unique" unique ("local_authority_id", "kind", "number");`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "template_id" uuid not null, "plan_id" uuid not null, "answers" jsonb not null, "channel" text check ("channel" in ('LINK', 'ENTERED', 'IMPORTED')) not null, "responded_on" date not null, "term" varchar(20) not null, constraint "survey_response_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_response_local_authority_id_index" on "survey_response" ("local_authority_id");`);
    this.addSql(`create index "survey_response_template_id_index" on "survey_response" ("template_id");`);
    this.addSql(`create index "survey_response_plan_id_index" on "survey_response" ("plan_id");`);
    this.addSql(`create index "survey_response_responded_on_index" on "survey_response" ("responded_on");`);

    this.addSql(`create table "survey_invitation" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "local_authority_id" uuid not null, "template_id" uuid not null, "plan_id" uuid not null, "token_hash" varchar(64) not null, "expires_on" date not null, "used_at" timestamptz null, constraint "survey_invitation_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_invitation_local_authority_id_index" on "survey_invitation" ("local_authority_id");`);
    this.addSql(`create index "survey_invitation_template_id_index" on "survey_invitation" ("template_id");`);
    this.addSql(`create index "survey_invitation_plan_id_index" on "survey_invitation" ("plan_id");`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "family_theme" add constraint "family_theme_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "survey_template" add constraint "survey_template_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_template_id_foreign" foreign key ("template_id") references "survey_template" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_local_authority_id_foreign" foreign key ("local_authority_id") references "local_authority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_template_id_foreign" foreign key ("template_id") references "survey_template" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "kpi" drop constraint if exists "kpi_calculation_check";`);

    this.addSql(`alter table "kpi" add constraint "kpi_calculation_check" check("calculation" in ('ADVICE_WITHIN_6_WEEKS_EDUCATION', 'ADVICE_WITHIN_6_WEEKS_EDUCATIONAL_PSYCHOLOGY', 'ADVICE_WITHIN_6_WEEKS_HEALTH', 'ADVICE_WITHIN_6_WEEKS_OTHER', 'ADVICE_WITHIN_6_WEEKS_SOCIAL_CARE', 'AMENDED_PLANS_WITHIN_12_WEEKS', 'ANNUAL_HEALTH_CHECK_DISCUSSED', 'ANNUAL_REVIEWS_OVERDUE', 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS', 'AUDITED_PLANS_GOOD_OR_OUTSTANDING', 'DECISIONS_TO_ASSESS_WITHIN_6_WEEKS', 'FAMILY_SATISFACTION', 'HEALTH_ADVICE_GOOD_OR_BETTER', 'HEALTH_ADVICE_ON_TIME', 'INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST', 'MODERATION_AGREEMENT', 'PART_TIME_TIMETABLES'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survey_response" drop constraint "survey_response_template_id_foreign";`);

    this.addSql(`alter table "survey_invitation" drop constraint "survey_invitation_template_id_foreign";`);

    this.addSql(`drop table if exists "family_theme" cascade;`);

    this.addSql(`drop table if exists "survey_template" cascade;`);

    this.addSql(`drop table if exists "survey_response" cascade;`);

    this.addSql(`drop table if exists "survey_invitation" cascade;`);

    this.addSql(`alter table "kpi" drop constraint if exists "kpi_calculation_check";`);

    // Without the surveys, a family-satisfaction KPI computed from them is entered by hand again; its values stay.
    this.addSql(`update "kpi" set "source" = 'MANUAL', "calculation" = null where "calculation" = 'FAMILY_SATISFACTION';`);

    this.addSql(`alter table "kpi" add constraint "kpi_calculation_check" check("calculation" in ('ADVICE_WITHIN_6_WEEKS_EDUCATION', 'ADVICE_WITHIN_6_WEEKS_EDUCATIONAL_PSYCHOLOGY', 'ADVICE_WITHIN_6_WEEKS_HEALTH', 'ADVICE_WITHIN_6_WEEKS_OTHER', 'ADVICE_WITHIN_6_WEEKS_SOCIAL_CARE', 'AMENDED_PLANS_WITHIN_12_WEEKS', 'ANNUAL_HEALTH_CHECK_DISCUSSED', 'ANNUAL_REVIEWS_OVERDUE', 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS', 'AUDITED_PLANS_GOOD_OR_OUTSTANDING', 'DECISIONS_TO_ASSESS_WITHIN_6_WEEKS', 'HEALTH_ADVICE_GOOD_OR_BETTER', 'HEALTH_ADVICE_ON_TIME', 'INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST', 'MODERATION_AGREEMENT', 'PART_TIME_TIMETABLES'));`);
  }

}
