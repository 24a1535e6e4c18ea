import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { uuidArray } from './scope.js';

@ObjectType({ description: "How often moderators' own grades matched auditors' grades" })
export class ModerationAgreement {
  @Field(() => ID) cycleId!: string;
  @Field(() => String) cycleName!: string;
  @Field(() => ID, { nullable: true, description: 'Set when broken down by auditor' }) auditorId?: string | null;
  @Field(() => Int, { description: 'Audits with both grades' }) moderated!: number;
  @Field(() => Int) exact!: number;
  @Field(() => Int, { description: 'Grades at most one step apart (exact included)' }) withinOne!: number;
  @Field(() => Float, { nullable: true }) exactPercent?: number | null;
  @Field(() => Float, { nullable: true }) withinOnePercent?: number | null;
}

/**
 * Compares each moderator's own grade (given blind) with the auditor's overall grade; `cyclesOpening`
 * keeps only the cycles that opened in that period (the QA framework's moderation KPI).
 */
export async function moderationAgreement(
  em: EntityManager,
  localAuthorityIds: string[],
  byAuditor: boolean,
  cyclesOpening?: { from: string; to: string },
): Promise<ModerationAgreement[]> {
  const rows: { cycle_id: string; cycle_name: string; auditor_id: string | null; moderated: string; exact: string; within_one: string }[] = await em.execute(
    `select a.cycle_id, c.name as cycle_name, ${byAuditor ? 'a.auditor_id' : 'null::uuid'} as auditor_id,
            count(*) as moderated,
            count(*) filter (where a.moderator_grade = a.overall_grade) as exact,
            count(*) filter (where abs(a.moderator_grade - a.overall_grade) <= 1) as within_one
       from audit a join audit_cycle c on c.id = a.cycle_id
      where a.moderator_grade is not null and a.overall_grade is not null
        and a.local_authority_id in (select unnest(?::uuid[]))
        ${cyclesOpening ? 'and c.opens_on between ?::date and ?::date' : ''}
      group by 1, 2, 3
      order by min(c.opens_on), 2, 3`,
    cyclesOpening ? [uuidArray(localAuthorityIds), cyclesOpening.from, cyclesOpening.to] : [uuidArray(localAuthorityIds)],
  );
  return rows.map((row) => {
    const moderated = Number(row.moderated);
    const exact = Number(row.exact);
    const withinOne = Number(row.within_one);
    return {
      cycleId: row.cycle_id,
      cycleName: row.cycle_name,
      auditorId: row.auditor_id,
      moderated,
      exact,
      withinOne,
      exactPercent: moderated ? (100 * exact) / moderated : null,
      withinOnePercent: moderated ? (100 * withinOne) / moderated : null,
    };
  });
}
