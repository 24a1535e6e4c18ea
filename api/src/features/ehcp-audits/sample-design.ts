import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { FieldErrors } from '../../core/graphql/errors.js';
import type { AuditCycle } from './cycle.entity.js';
import { plansForReaudit, sampleCandidates } from './sample-population.js';
import { drawStratifiedSample } from './sampling.js';

/** A cycle's sample as it would be drawn now, and where each plan in it comes from. */
export interface SampleDesign {
  planIds: string[];
  /** Plans the cycle names (put forward by hand). */
  named: number;
  /** Plans put forward because their last final audit was below good, and not named already. */
  reaudit: number;
  /** Plans drawn at random, stratified, to make up the size asked for. */
  random: number;
  /** Plans the cycle may sample from, the named and re-audited ones included. */
  eligible: number;
}

/**
 * The one rule for a cycle's sample, for drawing it and for previewing it: the named plans and (if
 * asked) the re-audits, then a stratified random draw up to the size asked for, re-audits coming on top
 * of that size. What would stop the draw is added to `errors`, which the caller throws or reports.
 */
export async function designSample(em: EntityManager, cycle: AuditCycle, errors: FieldErrors): Promise<SampleDesign> {
  const candidates = await sampleCandidates(em, cycle);
  const named = [...new Set(cycle.includePlanIds)];
  const reaudits = cycle.reauditBelowGood ? (await plansForReaudit(em, cycle)).filter((id) => !named.includes(id)) : [];
  const include = [...named, ...reaudits];
  const eligible = new Set([...candidates.map((c) => c.planId), ...include]).size;
  const size = (cycle.sampleSize ?? Math.ceil(((cycle.samplePercent ?? 0) / 100) * eligible)) + reaudits.length;
  errors
    .check(size <= eligible, 'sampleSize', 'notLargerThanPopulation', `asks for ${size} plans but only ${eligible} are eligible`)
    .check(size > 0, 'sampleSize', 'notEmpty', 'no plans are eligible for this cycle');
  const planIds = drawStratifiedSample(candidates, size, cycle.seed, include);
  return { planIds, named: named.length, reaudit: reaudits.length, random: planIds.length - include.length, eligible };
}

@ObjectType({ description: "Where a cycle's sample would come from if drawn now, worked out by the same rule that draws it" })
export class SamplePreview {
  @Field(() => Int, { description: 'Plans the cycle may sample from' }) eligible!: number;
  @Field(() => Int, { description: 'Plans named on the cycle' }) named!: number;
  @Field(() => Int, { description: 'Plans put forward for re-audit (last final audit below good), on top of the size asked for' }) reaudit!: number;
  @Field(() => Int, { description: 'Plans drawn at random, stratified' }) random!: number;
  @Field(() => Int, { description: 'Plans in the sample: named, re-audit and random together' }) total!: number;
  @Field(() => [String], { description: 'Why the sample cannot be drawn as it stands; empty when it can' }) problems!: string[];
}
