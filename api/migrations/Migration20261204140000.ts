import { Migration } from '@mikro-orm/migrations';

const CAUSE = 'Migration:Migration20261204140000';

/**
 * NSA, the school census's code for SEN support with no specialist assessment, is no longer accepted as the
 * primary need of a child holding a plan (drafted or maintained). A child recorded that way is moved to OTH
 * (other difficulty or disability), the one SEN2 code that asserts no particular need, and the change is
 * written to the child's history, attributed to the system with this migration as its cause, so that the
 * caseworker can find the children and record the need their assessment identified.
 */
export class Migration20261204140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      with moved as (
        update "child" c set "primary_need" = 'OTH', "version" = c."version" + 1, "updated_at" = now()
         where c."primary_need" = 'NSA'
           and exists (select 1 from "plan" p where p."child_id" = c."id" and p."status" in ('DRAFT', 'FINAL'))
        returning c."id", c."local_authority_id"
      )
      insert into "change_record" ("id", "at", "action", "entity_name", "entity_id", "local_authority_id", "actor_id", "actor_email", "request_id", "cause", "changes")
      select gen_random_uuid(), now(), 'UPDATE', 'Child', m."id"::text, m."local_authority_id", null, 'system', null, '${CAUSE}',
             '{"primaryNeed": {"before": "NSA", "after": "OTH"}}'::jsonb
        from moved m;`);
  }

  /** Undoes only what it did: a child whose need has been recorded since keeps it, with the history that says how it got there. */
  override async down(): Promise<void> {
    this.addSql(`
      with restored as (
        update "child" c set "primary_need" = 'NSA', "version" = c."version" + 1, "updated_at" = now()
         where c."primary_need" = 'OTH'
           and exists (select 1 from "change_record" r where r."cause" = '${CAUSE}' and r."entity_id" = c."id"::text)
        returning c."id"
      )
      delete from "change_record" r using restored where r."cause" = '${CAUSE}' and r."entity_id" = restored."id"::text;`);
  }
}
