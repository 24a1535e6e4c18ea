import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { pgArray } from '../../core/db/sql.js';

@ObjectType({ description: "How much of a cycle was moderated, and how often moderators' own grades matched auditors' grades" })
export class ModerationAgreement {
  @Field(() => ID) cycleId!: string;
  @Field(() => String) cycleName!: string;
  @Field(() => LocalDateResolver, { description: 'When the cycle opened' }) cycleOpensOn!: string;
  @Field(() => ID, { nullable: true, description: 'Set when broken down by auditor' }) auditorId?: string | null;
  @Field(() => Int, { description: 'Audits submitted (or moderated, or final)' }) submitted!: number;
  @Field(() => Int, { description: 'Audits with both grades' }) moderated!: number;
  @Field(() => Float, { nullable: true, description: 'Moderated as a share of submitted, per cent' }) moderatedPercent?: number | null;
  @Field(() => Int, { description: "The cycle's intended moderation share, per cent" }) moderationSharePercent!: number;
  @Field(() => Int) exact!: number;
  @Field(() => Int, { description: 'Grades at most one step apart (exact included)' }) withinOne!: number;
  @Field(() => Float, { nullable: true }) exactPercent?: number | null;
  @Field(() => Float, { nullable: true }) withinOnePercent?: number | null;
  @Field(() => Int, { description: "The cycle's target for exact agreement, per cent" }) agreementTargetPercent!: number;
  @Field(() => Boolean, { nullable: true, description: 'Exact agreement at or above target; null until something is moderated' })
  meetsAgreementTarget?: boolean | null;
}

/** Compares each moderator's own grade (given blind) with the auditor's overall grade, per cycle (and auditor), oldest cycle first. */
export async function moderationAgreement(em: EntityManager, localAuthorityIds: string[], byAuditor: boolean): Promise<ModerationAgreement[]> {
  const rows: {
    cycle_id: string;
    cycle_name: string;
    opens_on: string;
    auditor_id: string | null;
    share: number;
    target: number;
    submitted: string;
    moderated: string;
    exact: string;
    within_one: string;
  }[] = await em.execute(
    `select a.cycle_id, c.name as cycle_name, ${byAuditor ? 'a.auditor_id' : 'null::uuid'} as auditor_id,
            c.moderation_share_percent as share, c.agreement_target_percent as target, to_char(min(c.opens_on), 'YYYY-MM-DD') as opens_on,
            count(*) as submitted,
            count(*) filter (where both_graded) as moderated,
            count(*) filter (where both_graded and a.moderator_grade = a.overall_grade) as exact,
            count(*) filter (where both_graded and abs(a.moderator_grade - a.overall_grade) <= 1) as within_one
       from audit a join audit_cycle c on c.id = a.cycle_id
            cross join lateral (select a.moderator_grade is not null and a.overall_grade is not null as both_graded) g
      where a.local_authority_id in (select unnest(?::uuid[])) and a.status in ('SUBMITTED', 'MODERATED', 'FINAL')
      group by 1, 2, 3, 4, 5
      order by min(c.opens_on), 2, 3`,
    [pgArray(localAuthorityIds)],
  );
  return rows.map((row) => {
    const submitted = Number(row.submitted);
    const moderated = Number(row.moderated);
    const exact = Number(row.exact);
    const withinOne = Number(row.within_one);
    const exactPercent = moderated ? (100 * exact) / moderated : null;
    return {
      cycleId: row.cycle_id,
      cycleName: row.cycle_name,
      cycleOpensOn: row.opens_on,
      auditorId: row.auditor_id,
      submitted,
      moderated,
      moderatedPercent: submitted ? (100 * moderated) / submitted : null,
      moderationSharePercent: row.share,
      exact,
      withinOne,
      exactPercent,
      withinOnePercent: moderated ? (100 * withinOne) / moderated : null,
      agreementTargetPercent: row.target,
      meetsAgreementTarget: exactPercent === null ? null : exactPercent >= row.target,
    };
  });
}
