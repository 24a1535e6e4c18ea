import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { Plan, phaseOf } from '../people/index.js';
import { CycleKind, Stratum, type AuditCycle } from './cycle.entity.js';
import { GOOD } from './grading.js';
import type { SampleCandidate } from './sampling.js';
import { pgArray } from '../../core/db/sql.js';

/** Which plans each kind of cycle may sample, as a condition on the child `c`: deep dives read only complex health needs. */
const POPULATION: Record<CycleKind, string> = {
  [CycleKind.EHCP_AUDIT]: 'true',
  [CycleKind.HEALTH_DEEP_DIVE]: 'c.complex_health_needs',
};

/** Which of these ids are plans of the local authority. */
export async function plansInAuthority(em: EntityManager, localAuthorityId: string, ids: string[]): Promise<string[]> {
  const valid = ids.filter((id) => isUUID(id));
  if (valid.length === 0) return [];
  const plans = await em.find(Plan, { id: { $in: valid }, localAuthority: localAuthorityId }, { fields: ['id'] });
  return plans.map((plan) => plan.id);
}

/** Which of these plans belong to the population a cycle of this kind samples from. */
export async function plansInPopulation(em: EntityManager, kind: CycleKind, ids: string[]): Promise<string[]> {
  const valid = ids.filter((id) => isUUID(id));
  if (valid.length === 0) return [];
  const rows: { id: string }[] = await em.execute(
    `select p.id from plan p join child c on c.id = p.child_id where p.id in (select unnest(?::uuid[])) and ${POPULATION[kind]}`,
    [pgArray(valid)],
  );
  return rows.map((row) => row.id);
}

/**
 * The plans a cycle may sample: the authority's final plans in the kind's population, less those audited in its last
 * `excludeAuditedInLastCycles` cycles of the same kind, each labelled with its stratum. Phase is the
 * child's phase when the cycle opens. One statement, however many plans.
 */
export async function sampleCandidates(em: EntityManager, cycle: AuditCycle): Promise<SampleCandidate[]> {
  const rows: { id: string; team_id: string | null; date_of_birth: string; primary_need: string }[] = await em.execute(
    `select p.id, p.team_id, to_char(c.date_of_birth, 'YYYY-MM-DD') as date_of_birth, c.primary_need
       from plan p
       join child c on c.id = p.child_id
      where p.local_authority_id = ? and p.status = 'FINAL' and ${POPULATION[cycle.kind]}
        and not exists (
          select 1 from audit a
           where a.plan_id = p.id
             and a.cycle_id in (
               select id from audit_cycle
                where local_authority_id = ? and kind = ? and opens_on < ? and id <> ?
                order by opens_on desc
                limit ?))`,
    [cycle.localAuthority.id, cycle.localAuthority.id, cycle.kind, cycle.opensOn, cycle.id, cycle.excludeAuditedInLastCycles],
  );
  const label: Record<Stratum, (row: (typeof rows)[number]) => string> = {
    [Stratum.TEAM]: (row) => row.team_id ?? 'no team',
    [Stratum.PHASE]: (row) => phaseOf(row.date_of_birth, cycle.opensOn),
    [Stratum.PRIMARY_NEED]: (row) => row.primary_need,
  };
  return rows.map((row) => ({ planId: row.id, stratum: cycle.stratifyBy.map((by) => label[by](row)).join('|') }));
}

/**
 * Plans whose most recent final audit (of this kind, before this cycle) was graded below good, and that
 * are still final: they come back for re-audit, so that the loop from finding to improvement closes.
 */
export async function plansForReaudit(em: EntityManager, cycle: AuditCycle): Promise<string[]> {
  const rows: { plan_id: string }[] = await em.execute(
    `select latest.plan_id from (
        select a.plan_id, o.grade, row_number() over (partition by a.plan_id order by c.opens_on desc) as recency
          from audit_outcome o
          join audit a on a.id = o.audit_id
          join audit_cycle c on c.id = a.cycle_id
         where o.local_authority_id = ? and c.kind = ? and c.opens_on < ? and c.id <> ?) latest
       join plan p on p.id = latest.plan_id and p.status = 'FINAL'
       join child c on c.id = p.child_id and ${POPULATION[cycle.kind]}
      where latest.recency = 1 and latest.grade < ?
      order by latest.plan_id`,
    [cycle.localAuthority.id, cycle.kind, cycle.opensOn, cycle.id, GOOD],
  );
  return rows.map((row) => row.plan_id);
}
