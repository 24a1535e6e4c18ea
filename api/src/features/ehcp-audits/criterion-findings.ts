import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { isAggregateOnly, type AuthUser } from '../../core/auth/auth-user.js';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { pgArray } from '../../core/db/sql.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { checkDateRange } from '../../core/graphql/validation.js';
import { UUID } from '../../core/graphql/uuid.js';
import { Audit, AuditLens } from './audit.entity.js';
import { CycleKind, Term } from './cycle.entity.js';
import { TOO_FEW_TO_REPORT } from './trend.js';


@InputType()
export class CriterionFindingsOptions {
  @Field(() => UUID, { nullable: true, description: 'One cycle; otherwise every cycle of `kind` that opened between `from` and `to`' }) cycleId?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Cycles that opened on or after this day' }) from?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Cycles that opened on or before this day' }) to?: string;
  @Field(() => CycleKind, { nullable: true, description: 'EHCP audits unless given' }) kind?: CycleKind;
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true, description: 'The casework team holding the plan when its audit became final' }) teamId?: string;
  @Field(() => AuditLens, { nullable: true }) lens?: AuditLens;
  @Field(() => Int, { nullable: true, description: `Fewer judgements than this are too few to report as shares (default ${TOO_FEW_TO_REPORT}; board members never below it)` })
  minimumCount?: number;
}

@ObjectType({ description: 'How often final audits judged one rubric criterion met, partly met or not met' })
export class CriterionFinding {
  @Field(() => String, { description: 'The rubric section: A, B, … K, or PLAN' }) section!: string;
  @Field(() => String, { description: 'The criterion key in the rubric' }) key!: string;
  @Field(() => String) statement!: string;
  @Field(() => Int) met!: number;
  @Field(() => Int) partlyMet!: number;
  @Field(() => Int) notMet!: number;
  @Field(() => Int, { description: 'Judged not applicable: left out of the shares' }) notApplicable!: number;
  @Field(() => Int, { description: 'Judged met, partly met or not met: what the shares are of' }) judged!: number;
  @Field(() => Float, { nullable: true, description: 'Per cent of those judged; null when too few to report' }) metPercent!: number | null;
  @Field(() => Float, { nullable: true }) partlyMetPercent!: number | null;
  @Field(() => Float, { nullable: true }) notMetPercent!: number | null;
  @Field(() => Boolean) tooFewToReport!: boolean;
  @Field(() => Int, { description: '1 for the criterion most often not met' }) rank!: number;
  @Field(() => [Audit], { description: 'The audits that judged it not met or partly met, for those who may read them' }) shortfalls!: { id: string }[];
}

@ObjectType({ description: 'How many final audits gave one section each grade in one term' })
export class SectionGradeTerm {
  @Field(() => String, { description: 'e.g. "2025/26 Spring"' }) period!: string;
  @Field(() => Int) academicYear!: number;
  @Field(() => Term) term!: Term;
  @Field(() => String) section!: string;
  @Field(() => Int) outstanding!: number;
  @Field(() => Int) good!: number;
  @Field(() => Int) requiresImprovement!: number;
  @Field(() => Int) inadequate!: number;
  @Field(() => Int) graded!: number;
}

@ObjectType({ description: 'Criterion-level findings of final audits, ranked worst first, with the section grades per term' })
export class CriterionFindings {
  @Field(() => Int, { description: 'Final audits counted' }) audits!: number;
  @Field(() => [CriterionFinding]) criteria!: CriterionFinding[];
  @Field(() => [SectionGradeTerm]) sectionGrades!: SectionGradeTerm[];
}

const TERM_ORDER = [Term.AUTUMN, Term.SPRING, Term.SUMMER];
const TERM_LABEL: Record<Term, string> = { AUTUMN: 'Autumn', SPRING: 'Spring', SUMMER: 'Summer' };
const percent = (part: number, whole: number) => (100 * part) / whole;

/**
 * The final audits the options select, as SQL over `audit a` joined to its cycle `c` and its outcome `o`
 * (the plan's team as it was when the audit became final, so a later move does not rewrite findings).
 */
function selected(options: CriterionFindingsOptions, scope: string[]): { where: string; values: unknown[] } {
  const clauses = ["a.status = 'FINAL'", 'a.local_authority_id = any(?::uuid[])'];
  const values: unknown[] = [pgArray(scope)];
  if (options.cycleId) {
    clauses.push('a.cycle_id = ?');
    values.push(options.cycleId);
  } else {
    clauses.push('c.kind = ?');
    values.push(options.kind ?? CycleKind.EHCP_AUDIT);
  }
  if (options.from) {
    clauses.push('c.opens_on >= ?');
    values.push(options.from);
  }
  if (options.to) {
    clauses.push('c.opens_on <= ?');
    values.push(options.to);
  }
  if (options.teamId) {
    clauses.push('o.team_id = ?');
    values.push(options.teamId);
  }
  if (options.lens) {
    clauses.push('a.lens = ?');
    values.push(options.lens);
  }
  return { where: clauses.join(' and '), values };
}

/** Below the small-number threshold a figure can point at a handful of plans: a board member cannot lower it. */
export function checkMinimumCount(errors: FieldErrors, user: AuthUser, minimumCount: number): FieldErrors {
  const floor = isAggregateOnly(user) ? TOO_FEW_TO_REPORT : 1;
  return errors.check(minimumCount >= floor, 'options.minimumCount', 'atLeast', `must be at least ${floor}`);
}

/**
 * Per rubric criterion, how often the final audits selected judged it met, partly met or not met, ranked
 * with the criterion most often not met first (then most often partly met); and per term how many gave each
 * section each grade. A criterion is known by its section and key across rubric versions, named as its
 * latest version words it. The audits behind each shortfall are answered as the Audit resource, so each
 * caller sees only those they may read (none for a board member).
 */
export async function criterionFindings(em: EntityManager, user: AuthUser, options: CriterionFindingsOptions): Promise<CriterionFindings> {
  const errors = new FieldErrors();
  errors.check(!(options.cycleId && (options.from || options.to)), 'options.cycleId', 'notWithDates', 'give a cycle or a range of dates, not both');
  if (options.from && options.to) checkDateRange(errors, options.from, options.to, { from: 'options.from', to: 'options.to' });
  const minimum = options.minimumCount ?? TOO_FEW_TO_REPORT;
  checkMinimumCount(errors, user, minimum);
  errors.throwIfAny();
  const scope = authoritiesAsked(user, options.localAuthorityId);
  const { where, values } = selected(options, scope);
  const from = 'from audit a join audit_cycle c on c.id = a.cycle_id left join audit_outcome o on o.audit_id = a.id';

  const [judgements, statements, grades, counted] = await Promise.all([
    em.execute<{ section: string; key: string; judgement: string; audits: string; shortfalls: string[] | null }[]>(
      `select s.section->>'code' as section, j.item->>'key' as key, j.item->>'judgement' as judgement, count(*) as audits,
              array_agg(a.id::text order by a.id) filter (where j.item->>'judgement' in ('NOT_MET', 'PARTLY_MET')) as shortfalls
         ${from}
         cross join lateral jsonb_array_elements(a.sections) as s(section)
         cross join lateral jsonb_array_elements(s.section->'judgements') as j(item)
        where ${where}
        group by 1, 2, 3`,
      values,
    ),
    // The wording of each criterion in the latest version any selected audit was scored against.
    em.execute<{ section: string; key: string; statement: string }[]>(
      `select distinct on (section, key) s.section->>'code' as section, k.item->>'key' as key, k.item->>'statement' as statement
         from rubric_version v
         cross join lateral jsonb_array_elements(v.sections) as s(section)
         cross join lateral jsonb_array_elements(s.section->'criteria') as k(item)
        where v.id in (select a.rubric_version_id ${from} where ${where})
        order by section, key, v.published_at desc nulls last, v.number desc`,
      values,
    ),
    em.execute<{ academic_year: number; term: Term; section: string; grade: number; count: string }[]>(
      `select c.academic_year, c.term, s.section->>'code' as section, (s.section->>'grade')::int as grade, count(*) as count
         ${from}
         cross join lateral jsonb_array_elements(a.sections) as s(section)
        where ${where} and s.section->>'grade' is not null
        group by 1, 2, 3, 4`,
      values,
    ),
    em.execute<{ count: string }[]>(`select count(*) as count ${from} where ${where}`, values),
  ]);

  const wording = new Map(statements.map((row) => [`${row.section}/${row.key}`, row.statement]));
  const byCriterion = new Map<string, { section: string; key: string; counts: Record<string, number>; shortfalls: string[] }>();
  for (const row of judgements) {
    const id = `${row.section}/${row.key}`;
    const found = byCriterion.get(id) ?? { section: row.section, key: row.key, counts: {}, shortfalls: [] };
    found.counts[row.judgement] = Number(row.audits);
    found.shortfalls.push(...(row.shortfalls ?? []));
    byCriterion.set(id, found);
  }
  const criteria = [...byCriterion.entries()].map(([id, { section, key, counts, shortfalls }]) => {
    const [met, partlyMet, notMet] = [counts.MET ?? 0, counts.PARTLY_MET ?? 0, counts.NOT_MET ?? 0];
    const judged = met + partlyMet + notMet;
    const report = judged >= minimum;
    return {
      section,
      key,
      statement: wording.get(id) ?? key,
      met,
      partlyMet,
      notMet,
      notApplicable: counts.NOT_APPLICABLE ?? 0,
      judged,
      metPercent: report ? percent(met, judged) : null,
      partlyMetPercent: report ? percent(partlyMet, judged) : null,
      notMetPercent: report ? percent(notMet, judged) : null,
      tooFewToReport: !report,
      rank: 0,
      shortfalls: [...new Set(shortfalls)].sort().map((auditId) => ({ id: auditId })),
    };
  });
  // Worst first: too few to report go last, as their shares say nothing yet.
  const share = (part: number, whole: number) => (whole ? part / whole : 0);
  criteria.sort(
    (a, b) =>
      Number(a.tooFewToReport) - Number(b.tooFewToReport) ||
      share(b.notMet, b.judged) - share(a.notMet, a.judged) ||
      share(b.partlyMet, b.judged) - share(a.partlyMet, a.judged) ||
      a.section.localeCompare(b.section) ||
      a.key.localeCompare(b.key),
  );
  criteria.forEach((criterion, index) => (criterion.rank = index + 1));

  const byTerm = new Map<string, SectionGradeTerm>();
  for (const row of grades) {
    const id = `${row.academic_year}/${row.term}/${row.section}`;
    const year = `${row.academic_year}/${String((row.academic_year + 1) % 100).padStart(2, '0')}`;
    const found = byTerm.get(id) ?? { period: `${year} ${TERM_LABEL[row.term]}`, academicYear: row.academic_year, term: row.term, section: row.section, outstanding: 0, good: 0, requiresImprovement: 0, inadequate: 0, graded: 0 };
    const count = Number(row.count);
    if (row.grade === 4) found.outstanding += count;
    if (row.grade === 3) found.good += count;
    if (row.grade === 2) found.requiresImprovement += count;
    if (row.grade === 1) found.inadequate += count;
    found.graded += count;
    byTerm.set(id, found);
  }
  const sectionGrades = [...byTerm.values()].sort(
    (a, b) => a.academicYear - b.academicYear || TERM_ORDER.indexOf(a.term) - TERM_ORDER.indexOf(b.term) || a.section.localeCompare(b.section),
  );
  return { audits: Number(counted[0]?.count ?? 0), criteria, sectionGrades };
}
