import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { pgArray } from '../../core/db/sql.js';
import { wilsonInterval } from '../ehcp-audits/index.js';
import { PrimaryNeed } from '../people/index.js';
import { QuestionType, SurveyKind } from './enums.js';
import { SATISFIED_FROM, SUPPRESSION_THRESHOLD } from './rules.js';
import { SurveyResponse } from './survey.entity.js';

@ObjectType({ description: 'The share satisfied (4 or 5 on the scale) of one group of answers; counts hidden when fewer than 5 answered' })
export class SatisfactionFigure {
  @Field(() => String, { description: 'What the group is: a question key, a term, a team id, a need code, or "all"' }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => PrimaryNeed, { nullable: true, description: 'For the figures by need' }) need?: PrimaryNeed | null;
  @Field(() => Boolean, { description: 'Fewer answers than the threshold: counts and share are not shown, so no family can be recognised' }) suppressed!: boolean;
  @Field(() => Int, { nullable: true }) responses!: number | null;
  @Field(() => Int, { nullable: true }) satisfied!: number | null;
  @Field(() => Float, { nullable: true, description: 'Per cent satisfied' }) share!: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower end of the 95% Wilson interval, per cent' }) low!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper end of the 95% Wilson interval, per cent' }) high!: number | null;
}

@ObjectType({ description: 'Family satisfaction from the survey responses: overall (the overall question), per question, per term, per team and per primary need' })
export class FamilySatisfaction {
  @Field(() => LocalDateResolver) from!: string;
  @Field(() => LocalDateResolver) to!: string;
  @Field(() => Int, { description: 'Below this many answers a figure is suppressed' }) threshold!: number;
  @Field(() => SatisfactionFigure) overall!: SatisfactionFigure;
  @Field(() => [SatisfactionFigure], { description: 'Every scale question, by its key within the kind of survey' }) byQuestion!: SatisfactionFigure[];
  @Field(() => [SatisfactionFigure], { description: 'The overall question, oldest term first' }) byTerm!: SatisfactionFigure[];
  @Field(() => [SatisfactionFigure], { description: 'The overall question, by the casework team of the plan' }) byTeam!: SatisfactionFigure[];
  @Field(() => [SatisfactionFigure], { description: "The overall question, by the child's primary need" }) byNeed!: SatisfactionFigure[];
}

/** The kinds the family-satisfaction KPI counts: families' own surveys, not the young people's. */
export const FAMILY_KINDS = [SurveyKind.POST_ASSESSMENT, SurveyKind.POST_ANNUAL_REVIEW, SurveyKind.ANNUAL_FAMILY];

/** A group's figure: Wilson interval on the share, everything but the label hidden below the threshold. */
export function satisfactionFigure(key: string, label: string, scores: readonly number[], need: PrimaryNeed | null = null): SatisfactionFigure {
  const responses = scores.length;
  if (responses < SUPPRESSION_THRESHOLD) return { key, label, need, suppressed: true, responses: null, satisfied: null, share: null, low: null, high: null };
  const satisfied = scores.filter((s) => s >= SATISFIED_FROM).length;
  const interval = wilsonInterval(satisfied, responses)!;
  return { key, label, need, suppressed: false, responses, satisfied, share: (100 * satisfied) / responses, low: 100 * interval.low, high: 100 * interval.high };
}

interface Scored {
  term: string;
  respondedOn: string;
  teamId: string | null;
  teamName: string | null;
  need: PrimaryNeed;
  /** The overall question's score, if answered. */
  headline: number | null;
  /** Every scale answer, by `kind.key`, with the question's text. */
  scales: { key: string; text: string; score: number }[];
}

/** The responses of the period, each with its plan's team and need and its scale answers. */
async function scoredResponses(em: EntityManager, localAuthorityIds: readonly string[], from: string, to: string, kinds: readonly SurveyKind[]): Promise<Scored[]> {
  const responses = await em.find(
    SurveyResponse,
    { localAuthority: { $in: [...localAuthorityIds] }, respondedOn: { $gte: from, $lte: to }, template: { kind: { $in: [...kinds] } } },
    { populate: ['template', 'plan.child', 'plan.team'], orderBy: { respondedOn: 'asc', id: 'asc' } },
  );
  return responses.map((response) => {
    const template = response.template.getEntity();
    const plan = response.plan.getEntity();
    const questions = new Map(template.questions.map((q) => [q.key, q]));
    const scales = response.answers.flatMap((answer) => {
      const question = questions.get(answer.key);
      return question?.type === QuestionType.SCALE && typeof answer.score === 'number' ? [{ key: `${template.kind}.${answer.key}`, text: question.text, score: answer.score, headline: question.headline }] : [];
    });
    const team = plan.team?.getEntity() ?? null;
    return {
      term: response.term,
      respondedOn: response.respondedOn,
      teamId: team?.id ?? null,
      teamName: team?.name ?? null,
      need: plan.child.getEntity().primaryNeed,
      headline: scales.find((s) => s.headline)?.score ?? null,
      scales,
    };
  });
}

function grouped<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** Family satisfaction for the authorities and dates, from the kinds of survey given (default: every kind). */
export async function familySatisfaction(em: EntityManager, localAuthorityIds: readonly string[], from: string, to: string, kinds: readonly SurveyKind[] = Object.values(SurveyKind)): Promise<FamilySatisfaction> {
  const scored = await scoredResponses(em, localAuthorityIds, from, to, kinds);
  const answered = scored.filter((s) => s.headline !== null);
  const headlines = (items: readonly Scored[]) => items.map((s) => s.headline!);
  const questions = grouped(
    scored.flatMap((s) => s.scales),
    (s) => s.key,
  );
  return {
    from,
    to,
    threshold: SUPPRESSION_THRESHOLD,
    overall: satisfactionFigure('all', 'All responses', headlines(answered)),
    byQuestion: [...questions].map(([key, answers]) => satisfactionFigure(key, answers[answers.length - 1]!.text, answers.map((a) => a.score))),
    // Responses are in date order, so terms come oldest first.
    byTerm: [...grouped(answered, (s) => s.term)].map(([term, items]) => satisfactionFigure(term, term, headlines(items))),
    byTeam: [...grouped(answered, (s) => s.teamId ?? '')]
      .map(([id, items]) => satisfactionFigure(id || 'none', items[0]!.teamName ?? 'No casework team', headlines(items)))
      .sort((a, b) => a.label.localeCompare(b.label)),
    byNeed: [...grouped(answered, (s) => s.need)].map(([need, items]) => satisfactionFigure(need, need, headlines(items), need as PrimaryNeed)).sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/**
 * The family-satisfaction KPI's numbers for each period, in their order: families' answers to the overall
 * question, and how many were satisfied. One statement on the feature's own tables for every period.
 */
export async function headlineCounts(em: EntityManager, localAuthorityIds: readonly string[], periods: readonly { start: string; end: string }[]): Promise<{ responses: number; satisfied: number }[]> {
  const rows = await em.execute<{ i: string; responses: number; satisfied: number }[]>(
    `with answered as (
       select r.responded_on, (a.answer->>'score')::int as score
         from survey_response r
         join survey_template t on t.id = r.template_id
         cross join lateral jsonb_array_elements(r.answers) as a(answer)
        where r.local_authority_id = any(?::uuid[]) and t.kind = any(?::text[]) and a.answer->>'score' is not null
          and exists (select 1 from jsonb_array_elements(t.questions) as q(question) where q.question->>'key' = a.answer->>'key' and (q.question->>'headline')::boolean)
     )
     select p.i, count(x.score)::int as responses, count(*) filter (where x.score >= ?)::int as satisfied
       from unnest(?::date[], ?::date[]) with ordinality as p(start_on, end_on, i)
       left join answered x on x.responded_on between p.start_on and p.end_on
      group by p.i order by p.i`,
    [pgArray(localAuthorityIds), pgArray(FAMILY_KINDS), SATISFIED_FROM, pgArray(periods.map((p) => p.start)), pgArray(periods.map((p) => p.end))],
  );
  return rows.map(({ responses, satisfied }) => ({ responses, satisfied }));
}
