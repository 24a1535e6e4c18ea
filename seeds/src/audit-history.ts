/**
 * A demo area's EHCP audit history: six past termly cycles whose final, moderated audits climb from
 * the high 40s to the low 80s per cent good or outstanding (the story the reference documents tell the
 * board), and the current term's cycle with audits in every state of the workflow.
 *
 * Plain data with grades by criterion index; the API turns it into records against each authority's
 * own rubric version and derives the suggested grades with its own rule.
 */
import { academicAge, formatIsoDate, parseIsoDate } from './dates.js';
import { Random } from './random.js';
import type { RubricTemplate } from './rubrics/default-ehcp-rubric.js';
import type { Child, Plan, SyntheticData } from './types.js';

export type Term = 'AUTUMN' | 'SPRING' | 'SUMMER';
export type AuditState = 'UNASSIGNED' | 'ASSIGNED' | 'IN_PROGRESS' | 'SUBMITTED' | 'RETURNED' | 'MODERATED' | 'FINAL';
export type Lens = 'EDUCATION' | 'HEALTH' | 'SOCIAL_CARE';
export type JudgementValue = 'MET' | 'PARTLY_MET' | 'NOT_MET' | 'NOT_APPLICABLE';
export type DemoAuditor = 'auditor' | 'qa';

export interface SyntheticCycle {
  id: string;
  localAuthorityId: string;
  name: string;
  term: Term;
  academicYear: number;
  opensOn: string;
  closesOn: string;
  seed: number;
  sampleSize: number;
  sampledAt: string;
}

export interface SyntheticAuditSection {
  code: string;
  grade: number;
  evidence: string;
  /** One per criterion of the section, in rubric order. */
  judgements: JudgementValue[];
}

export interface SyntheticAudit {
  id: string;
  cycleId: string;
  localAuthorityId: string;
  planId: string;
  status: AuditState;
  /** Which demo account scores it (and the other one moderates); null while unassigned. */
  auditor: DemoAuditor | null;
  lens: Lens | null;
  sections: SyntheticAuditSection[];
  strengths: string;
  areasForDevelopment: string;
  overallGrade: number | null;
  overrideReason: string | null;
  returnReason: string | null;
  submittedAt: string | null;
  /** Whether the other demo account has been asked to moderate it. */
  moderatorAssigned: boolean;
  moderatorGrade: number | null;
  agreedGrade: number | null;
  finalisedAt: string | null;
}

export interface SyntheticFollowUpAction {
  id: string;
  auditId: string;
  localAuthorityId: string;
  teamId: string | null;
  description: string;
  owner: string;
  dueDate: string;
  status: 'OPEN' | 'DONE';
}

export interface AuditHistory {
  cycles: SyntheticCycle[];
  audits: SyntheticAudit[];
  actions: SyntheticFollowUpAction[];
}

/** Per cent good or outstanding in the six past cycles, oldest first. */
export const PAST_CYCLE_TARGETS = [47, 54, 61, 68, 75, 82] as const;
const CURRENT_CYCLE_TARGET = 84;
/** One termly sample per this many plans, at least MIN_SAMPLE. */
const PLANS_PER_SAMPLED_AUDIT = 150;
const MIN_SAMPLE = 12;
/** Plans audited in this many previous cycles are left out of the next sample. */
export const EXCLUDE_AUDITED_IN_LAST_CYCLES = 2;
/** Its own stream, so adding other features' demo data never changes the audits. */
const STREAM = 0x5eed_a0d1;

const TERM_DATES: Record<Term, { opens: string; closes: string }> = {
  AUTUMN: { opens: '09-01', closes: '12-18' },
  SPRING: { opens: '01-05', closes: '03-31' },
  SUMMER: { opens: '04-15', closes: '07-20' },
};
const TERM_NAME: Record<Term, string> = { AUTUMN: 'Autumn', SPRING: 'Spring', SUMMER: 'Summer' };

/** Shares of the current cycle's sample in each state, most advanced first; every state gets at least one. */
const CURRENT_STATES: readonly (readonly [AuditState, number])[] = [
  ['FINAL', 0.2],
  ['MODERATED', 0.1],
  ['SUBMITTED', 0.15],
  ['RETURNED', 0.05],
  ['IN_PROGRESS', 0.15],
  ['ASSIGNED', 0.2],
  ['UNASSIGNED', 0.15],
];

const EVIDENCE: Record<number, readonly string[]> = {
  4: ['Exemplary: specific, personal and clearly linked to the advice.', 'Vivid and precise; a new adult could act on it at once.'],
  3: ['Clear and specific, with minor gaps.', 'Mostly specific; one or two items could be quantified.'],
  2: ['Generic wording in places; some needs lack matching provision.', 'Outcomes are activities rather than changes for the child.'],
  1: ['Largely copied from advice without synthesis.', 'Key needs missing; provision unquantified ("access to", "regular").'],
};
const STRENGTHS = [
  "The child's voice comes through strongly in section A.",
  'Provision in section F is specific and quantified.',
  'Outcomes are SMART and linked to aspirations.',
  'Health advice is well synthesised into sections C and G.',
];
const DEVELOPMENT = [
  'Quantify provision in F: who, how often, for how long.',
  'Make outcomes in E measurable and time-bound.',
  'Bring social care needs (D and H) up to date.',
  'Record the family’s views in their own words.',
];
const ACTIONS = [
  'Amend section F to specify and quantify provision',
  'Rewrite section E outcomes to be specific and measurable',
  'Request updated social care advice for sections D and H',
  'Casework team training session on outcomes writing',
];

interface TermRef {
  term: Term;
  academicYear: number;
}

/** The term `on` falls in; August counts as the summer term, whose audits are finished then. */
export function termOf(on: string): TermRef {
  const [year, month] = on.split('-').map(Number) as [number, number];
  if (month >= 9) return { term: 'AUTUMN', academicYear: year };
  if (month <= 3) return { term: 'SPRING', academicYear: year - 1 };
  return { term: 'SUMMER', academicYear: year - 1 };
}

function previousTerm({ term, academicYear }: TermRef): TermRef {
  if (term === 'SUMMER') return { term: 'SPRING', academicYear };
  if (term === 'SPRING') return { term: 'AUTUMN', academicYear };
  return { term: 'SUMMER', academicYear: academicYear - 1 };
}

function termDates({ term, academicYear }: TermRef): { opensOn: string; closesOn: string } {
  const year = term === 'AUTUMN' ? academicYear : academicYear + 1;
  return { opensOn: `${year}-${TERM_DATES[term].opens}`, closesOn: `${year}-${TERM_DATES[term].closes}` };
}

export function generateAuditHistory(data: SyntheticData, options: { seed: number; asOf: string; rubric: RubricTemplate }): AuditHistory {
  const random = new Random(options.seed ^ STREAM);
  const history: AuditHistory = { cycles: [], audits: [], actions: [] };
  const children = new Map(data.children.map((c) => [c.id, c]));
  const current = termOf(options.asOf);
  const past: TermRef[] = [];
  for (let t = previousTerm(current); past.length < PAST_CYCLE_TARGETS.length; t = previousTerm(t)) past.unshift(t);

  for (const authority of data.localAuthorities) {
    const plans = data.plans.filter((p) => p.localAuthorityId === authority.id);
    const size = Math.max(MIN_SAMPLE, Math.round(plans.length / PLANS_PER_SAMPLED_AUDIT));
    const recentlyAudited: Set<string>[] = [];
    const builder = new AuditBuilder(random, options.rubric, children, authority.id);
    const terms = [...past.map((t, i) => ({ ref: t, target: PAST_CYCLE_TARGETS[i]! })), { ref: current, target: CURRENT_CYCLE_TARGET }];
    for (const [index, { ref, target }] of terms.entries()) {
      const { opensOn, closesOn } = termDates(ref);
      const cycle: SyntheticCycle = {
        id: random.uuid(),
        localAuthorityId: authority.id,
        name: `${TERM_NAME[ref.term]} ${ref.term === 'AUTUMN' ? ref.academicYear : ref.academicYear + 1}`,
        term: ref.term,
        academicYear: ref.academicYear,
        opensOn,
        closesOn,
        seed: random.int(1, 2_000_000_000),
        sampleSize: size,
        sampledAt: `${opensOn}T09:00:00.000Z`,
      };
      history.cycles.push(cycle);
      // Plans in force when the cycle opened, not audited in the last cycles.
      const excluded = new Set(recentlyAudited.slice(-EXCLUDE_AUDITED_IN_LAST_CYCLES).flatMap((s) => [...s]));
      const eligible = plans.filter((p) => p.status === 'FINAL' && p.issueDate !== null && p.issueDate <= opensOn && !excluded.has(p.id));
      const sample = random.shuffle(eligible).slice(0, size);
      recentlyAudited.push(new Set(sample.map((p) => p.id)));
      const grades = agreedGrades(random, sample.length, target);
      const isCurrent = index === terms.length - 1;
      const states = isCurrent ? currentStates(sample.length) : sample.map((): AuditState => 'FINAL');
      for (const [i, plan] of sample.entries()) {
        const audit = builder.build(cycle, plan, states[i]!, grades[i]!, options.asOf, isCurrent);
        history.audits.push(audit);
        if (audit.status === 'FINAL' && (audit.agreedGrade ?? 4) < 3) history.actions.push(builder.action(audit, plan, closesOn, options.asOf));
      }
    }
  }
  return history;
}

/** Exactly round(n × target%) good or outstanding, so each cycle tells the intended story at any scale. */
function agreedGrades(random: Random, n: number, targetPercent: number): number[] {
  const good = Math.round((n * targetPercent) / 100);
  const grades = Array.from({ length: n }, (_, i) => (i < good ? (random.chance(0.25) ? 4 : 3) : random.chance(0.25) ? 1 : 2));
  return random.shuffle(grades);
}

function currentStates(n: number): AuditState[] {
  const counts = CURRENT_STATES.map(([state, share]) => [state, Math.max(1, Math.floor(n * share))] as const);
  const assigned = counts.reduce((sum, [, count]) => sum + count, 0);
  // What rounding leaves over stays unassigned, as a freshly drawn sample would.
  return [...counts.flatMap(([state, count]) => Array<AuditState>(count).fill(state)), ...Array<AuditState>(Math.max(0, n - assigned)).fill('UNASSIGNED')].slice(0, n);
}

class AuditBuilder {
  constructor(
    private readonly random: Random,
    private readonly rubric: RubricTemplate,
    private readonly children: ReadonlyMap<string, Child>,
    private readonly localAuthorityId: string,
  ) {}

  build(cycle: SyntheticCycle, plan: Plan, status: AuditState, agreed: number, asOf: string, current: boolean): SyntheticAudit {
    const r = this.random;
    const opens = parseIsoDate(cycle.opensOn);
    const closes = Math.min(parseIsoDate(cycle.closesOn), parseIsoDate(asOf));
    const span = Math.max(0, closes - opens);
    const started = status !== 'UNASSIGNED' && status !== 'ASSIGNED';
    const submitted = ['SUBMITTED', 'MODERATED', 'FINAL'].includes(status);
    const moderated = status === 'MODERATED' || status === 'FINAL';
    // The auditor mostly lands on the grade moderation later agrees; sometimes one step out.
    const auditorGrade = r.chance(0.82) ? agreed : clampGrade(agreed + (r.chance(0.5) ? 1 : -1));
    const overridden = submitted && r.chance(0.05);
    const overall = overridden ? clampGrade(auditorGrade + (auditorGrade >= 3 ? -1 : 1)) : auditorGrade;
    const schoolYear = academicAge(parseIsoDate(this.children.get(plan.childId)!.dateOfBirth), opens) - 4;
    const sectionCount = status === 'IN_PROGRESS' ? r.int(1, this.rubric.sections.length - 1) : this.rubric.sections.length;
    // Within the term and never after `asOf`, however early in the term that is.
    const submittedDay = opens + r.int(Math.floor(span * 0.3), Math.floor(span * 0.8));
    const submittedOn = submitted ? formatIsoDate(submittedDay) : null;
    return {
      id: r.uuid(),
      cycleId: cycle.id,
      localAuthorityId: this.localAuthorityId,
      planId: plan.id,
      status,
      // The current cycle's work sits with the demo auditor, so their queue shows every stage.
      auditor: status === 'UNASSIGNED' ? null : current || r.chance(0.6) ? 'auditor' : 'qa',
      lens: status === 'UNASSIGNED' ? null : r.weighted<Lens>([['EDUCATION', 7], ['HEALTH', 2], ['SOCIAL_CARE', 1]]),
      sections: started ? this.sections(auditorGrade, schoolYear).slice(0, sectionCount) : [],
      strengths: started ? r.pick(STRENGTHS) : '',
      areasForDevelopment: started ? r.pick(DEVELOPMENT) : '',
      overallGrade: submitted || status === 'RETURNED' ? overall : null,
      overrideReason: overridden ? 'The limiting sections outweigh the median here; see evidence in E and F.' : null,
      returnReason: status === 'RETURNED' ? 'Evidence notes for sections E and F are missing; please complete them.' : null,
      submittedAt: submittedOn ? `${submittedOn}T15:30:00.000Z` : null,
      moderatorAssigned: moderated || status === 'SUBMITTED',
      moderatorGrade: moderated ? (r.chance(0.9) ? agreed : clampGrade(agreed + (r.chance(0.5) ? 1 : -1))) : null,
      agreedGrade: moderated ? agreed : null,
      finalisedAt: status === 'FINAL' ? `${formatIsoDate(r.int(submittedDay, Math.max(submittedDay, closes)))}T17:00:00.000Z` : null,
    };
  }

  action(audit: SyntheticAudit, plan: Plan, closesOn: string, asOf: string): SyntheticFollowUpAction {
    const dueDate = formatIsoDate(parseIsoDate(closesOn) + this.random.int(14, 60));
    // Older actions are mostly done; a few are still open past their due date.
    const done = dueDate < asOf && this.random.chance(0.85);
    return {
      id: this.random.uuid(),
      auditId: audit.id,
      localAuthorityId: audit.localAuthorityId,
      teamId: plan.teamId,
      description: this.random.pick(ACTIONS),
      owner: 'Casework team manager',
      dueDate,
      status: done ? 'DONE' : 'OPEN',
    };
  }

  /**
   * Section grades whose default-rule result is `grade`: every section at it, then pairs moved one step
   * up and down (so the median holds), with the limiting sections never more than one step below.
   */
  private sections(grade: number, schoolYear: number): SyntheticAuditSection[] {
    const r = this.random;
    const grades = this.rubric.sections.map(() => grade);
    const free = this.rubric.sections.flatMap((s, i) => (s.limiting ? [] : [i]));
    const moved = r.shuffle(free);
    for (let pair = r.int(0, 3); pair > 0 && moved.length >= 2; pair--) {
      const up = moved.pop()!;
      const down = moved.pop()!;
      if (grade < 4 && grade > 1) {
        grades[up] = grade + 1;
        grades[down] = grade - 1;
      }
    }
    return this.rubric.sections.map((section, i) => ({
      code: section.code,
      grade: grades[i]!,
      evidence: r.pick(EVIDENCE[grades[i]!]!),
      judgements: section.criteria.map((c) => (c.fromYear !== undefined && schoolYear < c.fromYear ? 'NOT_APPLICABLE' : judgementFor(r, grades[i]!))),
    }));
  }
}

function judgementFor(random: Random, grade: number): JudgementValue {
  const met = [0, 0.1, 0.35, 0.7, 0.92][grade]!;
  const partly = [0, 0.35, 0.45, 0.25, 0.08][grade]!;
  return random.weighted<JudgementValue>([['MET', met], ['PARTLY_MET', partly], ['NOT_MET', Math.max(0, 1 - met - partly)]]);
}

function clampGrade(grade: number): number {
  return Math.min(4, Math.max(1, grade));
}
