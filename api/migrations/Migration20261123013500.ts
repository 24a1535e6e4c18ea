import { Migration } from '@mikro-orm/migrations';

/**
 * Final audits counted per kind of cycle, authority, term, breakdown group and grade, kept by statement-level triggers
 * on audit_outcome: whatever writes outcomes (finalising an audit, a bulk load), the counts follow in
 * the same transaction, and the trend reads a few rows per term instead of every audit.
 */
export class Migration20261123013500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_outcome_count" ("dimension" varchar(20) not null, "kind" varchar(20) not null, "local_authority_id" uuid not null, "academic_year" smallint not null, "term" varchar(10) not null, "grp" varchar(40) not null, "outstanding" int not null, "good" int not null, "requires_improvement" int not null, "inadequate" int not null, constraint "audit_outcome_count_pkey" primary key ("dimension", "kind", "local_authority_id", "academic_year", "term", "grp"));`);
    this.addSql(`create function audit_outcome_groups(o audit_outcome) returns table (dimension text, grp text) language sql immutable as $$
      values ('ALL', ''), ('TEAM', coalesce(o.team_id::text, '')), ('PRIMARY_NEED', o.primary_need), ('PHASE', o.phase), ('SETTING_TYPE', coalesce(o.setting_type, ''))
    $$;`);
    // Outcomes counted by grade in each group: the one grouping both triggers and the backfill use.
    this.addSql(`create function audit_outcome_grouped(outcomes audit_outcome[])
      returns table (dimension text, kind text, local_authority_id uuid, academic_year smallint, term text, grp text,
                     outstanding int, good int, requires_improvement int, inadequate int)
      language sql stable as $$
        select g.dimension, o.kind, o.local_authority_id, o.academic_year, o.term, g.grp,
               (count(*) filter (where o.grade = 4))::int, (count(*) filter (where o.grade = 3))::int,
               (count(*) filter (where o.grade = 2))::int, (count(*) filter (where o.grade = 1))::int
          from unnest(outcomes) o cross join lateral audit_outcome_groups(o) g
         group by 1, 2, 3, 4, 5, 6
      $$;`);
    this.addSql(`create function audit_outcome_counted() returns trigger language plpgsql as $$
      begin
        insert into audit_outcome_count (dimension, kind, local_authority_id, academic_year, term, grp, outstanding, good, requires_improvement, inadequate)
        select * from audit_outcome_grouped(array(select row(a.*)::audit_outcome from added a))
        on conflict (dimension, kind, local_authority_id, academic_year, term, grp) do update
          set outstanding = audit_outcome_count.outstanding + excluded.outstanding,
              good = audit_outcome_count.good + excluded.good,
              requires_improvement = audit_outcome_count.requires_improvement + excluded.requires_improvement,
              inadequate = audit_outcome_count.inadequate + excluded.inadequate;
        return null;
      end $$;`);
    this.addSql(`create function audit_outcome_uncounted() returns trigger language plpgsql as $$
      begin
        update audit_outcome_count c
           set outstanding = c.outstanding - r.outstanding, good = c.good - r.good,
               requires_improvement = c.requires_improvement - r.requires_improvement, inadequate = c.inadequate - r.inadequate
          from audit_outcome_grouped(array(select row(o.*)::audit_outcome from removed o)) r
         where (c.dimension, c.kind, c.local_authority_id, c.academic_year, c.term, c.grp)
             = (r.dimension, r.kind, r.local_authority_id, r.academic_year, r.term, r.grp);
        delete from audit_outcome_count where outstanding + good + requires_improvement + inadequate = 0;
        return null;
      end $$;`);
    this.addSql(`create trigger audit_outcome_counted after insert on audit_outcome referencing new table as added for each statement execute function audit_outcome_counted();`);
    this.addSql(`create trigger audit_outcome_uncounted after delete on audit_outcome referencing old table as removed for each statement execute function audit_outcome_uncounted();`);
    this.addSql(`insert into audit_outcome_count select * from audit_outcome_grouped(array(select o from audit_outcome o));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_outcome_counted on audit_outcome;`);
    this.addSql(`drop trigger if exists audit_outcome_uncounted on audit_outcome;`);
    this.addSql(`drop function if exists audit_outcome_counted();`);
    this.addSql(`drop function if exists audit_outcome_uncounted();`);
    this.addSql(`drop function if exists audit_outcome_grouped(audit_outcome[]);`);
    this.addSql(`drop function if exists audit_outcome_groups(audit_outcome);`);
    this.addSql(`drop table if exists "audit_outcome_count" cascade;`);
  }

}
