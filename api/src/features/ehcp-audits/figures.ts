import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { isoDateColumn, pgArray } from '../../core/db/sql.js';
import type { CycleKind } from './cycle.entity.js';

@ObjectType({ description: 'How many final audits in a cycle gave a section a grade: which sections pull plans down' })
export class SectionGradeCount {
  @Field(() => ID) cycleId!: string;
  @Field(() => String) cycleName!: string;
  @Field(() => String) code!: string;
  @Field(() => Int) grade!: number;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'How often auditors overrode the suggested overall grade in a cycle' })
export class OverrideCount {
  @Field(() => ID) cycleId!: string;
  @Field(() => String) cycleName!: string;
  @Field(() => Int, { description: 'Final audits' }) audited!: number;
  @Field(() => Int) overridden!: number;
  @Field(() => Float, { nullable: true }) percent?: number | null;
}

export async function sectionGradeCounts(em: EntityManager, localAuthorityIds: string[]): Promise<SectionGradeCount[]> {
  const rows: { cycle_id: string; cycle_name: string; code: string; grade: number; count: string }[] = await em.execute(
    `select a.cycle_id, c.name as cycle_name, s.section->>'code' as code, (s.section->>'grade')::int as grade, count(*) as count
       from audit a
       join audit_cycle c on c.id = a.cycle_id
       cross join lateral jsonb_array_elements(a.sections) as s(section)
      where a.status = 'FINAL' and s.section->>'grade' is not null
        and a.local_authority_id in (select unnest(?::uuid[]))
      group by 1, 2, 3, 4
      order by min(c.opens_on), 1, 3, 4`,
    [pgArray(localAuthorityIds)],
  );
  return rows.map((row) => ({ cycleId: row.cycle_id, cycleName: row.cycle_name, code: row.code, grade: row.grade, count: Number(row.count) }));
}

export async function overrideCounts(em: EntityManager, localAuthorityIds: string[]): Promise<OverrideCount[]> {
  const rows: { cycle_id: string; cycle_name: string; audited: string; overridden: string }[] = await em.execute(
    `select a.cycle_id, c.name as cycle_name, count(*) as audited, count(*) filter (where a.override_reason is not null) as overridden
       from audit a join audit_cycle c on c.id = a.cycle_id
      where a.status = 'FINAL' and a.local_authority_id in (select unnest(?::uuid[]))
      group by 1, 2
      order by min(c.opens_on), 1`,
    [pgArray(localAuthorityIds)],
  );
  return rows.map((row) => {
    const audited = Number(row.audited);
    const overridden = Number(row.overridden);
    return { cycleId: row.cycle_id, cycleName: row.cycle_name, audited, overridden, percent: audited ? (100 * overridden) / audited : null };
  });
}

/** A final audit of one kind of cycle, for a feature that counts them its own way (the DCO's deep dives per health service). */
export interface FinalAudit {
  planId: string;
  cycleOpensOn: string;
  /** The agreed grade where moderation gave one, else the auditor's. */
  grade: number;
}

/** The final audits of the cycles of `kind` that opened within the window. */
export async function finalAudits(em: EntityManager, kind: CycleKind, localAuthorityIds: readonly string[], window: { from: string; to: string }): Promise<FinalAudit[]> {
  const rows: { plan_id: string; opens_on: string; grade: number }[] = await em.execute(
    `select a.plan_id, ${isoDateColumn('c.opens_on')}, coalesce(a.agreed_grade, a.overall_grade) as grade
       from audit a join audit_cycle c on c.id = a.cycle_id
      where c.kind = ? and a.status = 'FINAL' and a.local_authority_id = any(?::uuid[]) and c.opens_on between ? and ?`,
    [kind, pgArray(localAuthorityIds), window.from, window.to],
  );
  return rows.map((row) => ({ planId: row.plan_id, cycleOpensOn: row.opens_on, grade: row.grade }));
}

/** A follow-up action an audit raised for a team. */
export interface RaisedAction {
  teamId: string;
  cycleOpensOn: string;
  open: boolean;
}

/** The follow-up actions for a team raised by audits of the cycles of `kind` that opened within the window. */
export async function actionsRaised(em: EntityManager, kind: CycleKind, localAuthorityIds: readonly string[], window: { from: string; to: string }): Promise<RaisedAction[]> {
  const rows: { team_id: string; opens_on: string; open: boolean }[] = await em.execute(
    `select f.team_id, ${isoDateColumn('c.opens_on')}, f.status = 'OPEN' as open
       from follow_up_action f
       join audit a on a.id = f.audit_id
       join audit_cycle c on c.id = a.cycle_id
      where c.kind = ? and f.team_id is not null and f.local_authority_id = any(?::uuid[]) and c.opens_on between ? and ?`,
    [kind, pgArray(localAuthorityIds), window.from, window.to],
  );
  return rows.map((row) => ({ teamId: row.team_id, cycleOpensOn: row.opens_on, open: row.open }));
}
