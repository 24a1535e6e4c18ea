/**
 * The local-area QA framework's demo: the five workstreams of the reference written statement of
 * action (in our own words), the KPIs with the targets the reference documents state, and two years of
 * monthly values for the KPIs entered by hand.
 * Drawn from its own random stream, so adding it changes nothing else the generator makes.
 */
import { formatIsoDate, parseIsoDate } from './dates.js';
import { Random } from './random.js';
import type { SyntheticData } from './types.js';

export type Brag = 'BLUE' | 'RED' | 'AMBER' | 'GREEN';

export interface SyntheticKpi {
  id: string;
  localAuthorityId: string;
  code: string;
  name: string;
  definition: string;
  unit: 'PERCENT' | 'COUNT' | 'POUNDS' | 'WEEKS';
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  target: number;
  amberTolerance: number;
  frequency: 'MONTHLY' | 'QUARTERLY' | 'TERMLY';
  owner: string;
  source: 'COMPUTED' | 'MANUAL';
  calculation: string | null;
  baselineValue: number | null;
  baselineDate: string | null;
  milestoneTargets: { date: string; target: number }[];
}

export interface SyntheticKpiValue {
  id: string;
  localAuthorityId: string;
  kpiId: string;
  /** The first of the month. */
  month: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  evidence: string;
}

export interface SyntheticWorkstream { id: string; localAuthorityId: string; number: number; title: string; seniorSponsor: string }
export interface SyntheticImprovementOutcome { id: string; localAuthorityId: string; workstreamId: string; reference: string; intendedImpact: string }
export interface SyntheticImprovementAction {
  id: string;
  localAuthorityId: string;
  outcomeId: string;
  reference: string;
  description: string;
  owner: string;
  resource: 'ADDITIONAL' | 'EXISTING';
  kpiIds: string[];
}
export interface SyntheticMilestone { id: string; localAuthorityId: string; actionId: string; description: string; deadline: string; brag: Brag; bragSetOn: string }

export interface QaFramework {
  kpis: SyntheticKpi[];
  kpiValues: SyntheticKpiValue[];
  workstreams: SyntheticWorkstream[];
  outcomes: SyntheticImprovementOutcome[];
  actions: SyntheticImprovementAction[];
  milestones: SyntheticMilestone[];
}

/** Months of history for the KPIs entered by hand. */
export const MANUAL_KPI_MONTHS = 24;

type KpiSpec = Omit<SyntheticKpi, 'id' | 'localAuthorityId' | 'baselineDate' | 'milestoneTargets'> & {
  milestoneTargets?: { monthsFromStart: number; target: number }[];
  /** For a manual KPI: the value two years ago, the value now, and how the evidence is described. */
  manual?: { from: number; to: number; noise: number; evidence: string; sample?: number };
};

const KPIS: KpiSpec[] = [
  { code: 'EHC-20WK', name: 'EHC needs assessments completed within 20 weeks', definition: 'Share of final EHC plans issued in the month within 20 weeks of the request, including the cases where an exception the regulations allow applied.', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 85, amberTolerance: 10, frequency: 'MONTHLY', owner: 'Head of SEND casework', source: 'COMPUTED', calculation: 'ASSESSMENTS_WITHIN_20_WEEKS', baselineValue: 52, milestoneTargets: [{ monthsFromStart: 12, target: 70 }, { monthsFromStart: 24, target: 85 }] },
  { code: 'EHC-20WK-EX', name: 'EHC needs assessments within 20 weeks, excluding exceptions', definition: 'As EHC-20WK, leaving out the plans an allowed exception applied to, as national statistics also report it.', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 85, amberTolerance: 10, frequency: 'MONTHLY', owner: 'Head of SEND casework', source: 'COMPUTED', calculation: 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS', baselineValue: 55 },
  { code: 'EHC-6WK', name: 'Decisions whether to assess within 6 weeks', definition: 'Share of requests for an EHC needs assessment decided (agreed or refused) within 6 weeks of the request, leaving out those an allowed exception applied to.', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 95, amberTolerance: 10, frequency: 'MONTHLY', owner: 'Head of SEND casework', source: 'COMPUTED', calculation: 'DECISIONS_TO_ASSESS_WITHIN_6_WEEKS', baselineValue: 70 },
  { code: 'AR-4WK', name: 'Annual review decisions within 4 weeks', definition: 'Share of annual review decisions (maintain, amend or cease) made within 4 weeks of the review meeting.', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 90, amberTolerance: 10, frequency: 'MONTHLY', owner: 'Head of SEND casework', source: 'COMPUTED', calculation: 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS', baselineValue: 38 },
  { code: 'AR-AMEND', name: 'Amended plans within 12 weeks of the review', definition: 'Share of final amended plans issued within 12 weeks of the annual review meeting: the 4-week decision and amendment notice, then 8 weeks to the final amended plan.', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 90, amberTolerance: 10, frequency: 'MONTHLY', owner: 'Head of SEND casework', source: 'COMPUTED', calculation: 'AMENDED_PLANS_WITHIN_12_WEEKS', baselineValue: 50 },
  { code: 'AR-BACKLOG', name: 'Annual reviews overdue', definition: 'Plans whose annual review meeting is overdue at the end of the month: the backlog the recovery plan aims to clear (baseline two years ago, target half of it).', unit: 'COUNT', direction: 'LOWER_IS_BETTER', target: 0, amberTolerance: 10, frequency: 'MONTHLY', owner: 'Head of SEND casework', source: 'COMPUTED', calculation: 'ANNUAL_REVIEWS_OVERDUE', baselineValue: null },
  { code: 'AUD-GOOD', name: 'Audited plans good or outstanding', definition: 'Share of the plans audited in the term that the final audit judged good or outstanding.', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 80, amberTolerance: 10, frequency: 'TERMLY', owner: 'QA lead', source: 'COMPUTED', calculation: 'AUDITED_PLANS_GOOD_OR_OUTSTANDING', baselineValue: 47 },
  { code: 'AUD-MOD', name: 'Moderation agreement', definition: "Share of moderated audits where the moderator's blind grade matched the auditor's.", unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 80, amberTolerance: 10, frequency: 'TERMLY', owner: 'QA lead', source: 'COMPUTED', calculation: 'MODERATION_AGREEMENT', baselineValue: 60 },
  { code: 'HLT-TIME', name: 'Health advice on time', definition: 'Share of health advice for EHC needs assessments returned within 6 weeks.', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 90, amberTolerance: 10, frequency: 'MONTHLY', owner: 'Designated Clinical Officer', source: 'COMPUTED', calculation: 'HEALTH_ADVICE_ON_TIME', baselineValue: 58 },
  { code: 'HLT-QUAL', name: 'Health advice good or better', definition: 'Share of health advice the DCO rated good or better.', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 80, amberTolerance: 10, frequency: 'QUARTERLY', owner: 'Designated Clinical Officer', source: 'COMPUTED', calculation: 'HEALTH_ADVICE_GOOD_OR_BETTER', baselineValue: 50 },
  { code: 'HLT-AHC', name: 'Annual health check discussed at review', definition: 'Share of annual reviews (age 14 and over with a learning disability) where the annual health check was discussed.', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 90, amberTolerance: 10, frequency: 'QUARTERLY', owner: 'Designated Clinical Officer', source: 'COMPUTED', calculation: 'ANNUAL_HEALTH_CHECK_DISCUSSED', baselineValue: 30 },
  { code: 'PTT', name: 'Part-time timetables', definition: 'Pupils on a part-time timetable at the end of the month; the plan is 30% fewer than the baseline.', unit: 'COUNT', direction: 'LOWER_IS_BETTER', target: 84, amberTolerance: 10, frequency: 'MONTHLY', owner: 'Head of inclusion', source: 'COMPUTED', calculation: 'PART_TIME_TIMETABLES', baselineValue: 120 },
  { code: 'PLC-IND', name: 'Independent and non-maintained placements', definition: 'Children placed in independent or non-maintained special schools and colleges at the end of the quarter.', unit: 'COUNT', direction: 'LOWER_IS_BETTER', target: 150, amberTolerance: 15, frequency: 'QUARTERLY', owner: 'Head of SEND commissioning', source: 'COMPUTED', calculation: 'INDEPENDENT_PLACEMENTS', baselineValue: 167 },
  { code: 'PLC-COST', name: 'Annual cost of independent placements', definition: 'Annual cost of the independent and non-maintained placements open at the end of the quarter.', unit: 'POUNDS', direction: 'LOWER_IS_BETTER', target: 8_000_000, amberTolerance: 500_000, frequency: 'QUARTERLY', owner: 'Head of SEND commissioning', source: 'COMPUTED', calculation: 'INDEPENDENT_PLACEMENTS_ANNUAL_COST', baselineValue: 9_200_000 },
  { code: 'FAM-SAT', name: 'Families satisfied with the EHCP process', definition: 'Share of families answering the post-assessment, post-review and annual family surveys who were satisfied or very satisfied overall (computed from the survey responses).', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 80, amberTolerance: 10, frequency: 'MONTHLY', owner: 'Parent carer forum liaison', source: 'COMPUTED', calculation: 'FAMILY_SATISFACTION', baselineValue: 58 },
  { code: 'PLEDGE', name: 'Services signed up to the SEND pledge', definition: 'Share of local services that have signed the SEND pledge.', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 85, amberTolerance: 10, frequency: 'MONTHLY', owner: 'SEND partnership manager', source: 'MANUAL', calculation: null, baselineValue: 12, manual: { from: 12, to: 78, noise: 2, evidence: 'Pledge register', sample: 120 } },
  { code: 'CAMHS-WK', name: 'CAMHS routine assessment waiting time', definition: 'Average weeks from referral to a routine CAMHS assessment; 18 weeks first, then 12.', unit: 'WEEKS', direction: 'LOWER_IS_BETTER', target: 18, amberTolerance: 3, frequency: 'MONTHLY', owner: 'CAMHS commissioning lead', source: 'MANUAL', calculation: null, baselineValue: 27, milestoneTargets: [{ monthsFromStart: 12, target: 18 }, { monthsFromStart: 30, target: 12 }], manual: { from: 27, to: 16, noise: 1.5, evidence: 'CAMHS provider monthly return' } },
];

interface PlanSpec {
  title: string;
  sponsor: string;
  outcomes: { impact: string; actions: { description: string; owner: string; resource: 'ADDITIONAL' | 'EXISTING'; kpis: string[]; milestones: string[] }[] }[];
}

const WORKSTREAMS: PlanSpec[] = [
  {
    title: 'Joint commissioning',
    sponsor: 'Director of Children’s Services',
    outcomes: [
      { impact: 'Education, health and care understand local needs together and commission jointly against them.', actions: [
        { description: 'Write a joint needs assessment for SEND with the NHS and public health', owner: 'Head of SEND commissioning', resource: 'EXISTING', kpis: ['PLC-IND'], milestones: ['Data sharing agreed between partners', 'Joint needs assessment approved by the board'] },
        { description: 'Set up a dynamic purchasing system for specialist placements', owner: 'Head of SEND commissioning', resource: 'ADDITIONAL', kpis: ['PLC-IND', 'PLC-COST'], milestones: ['Providers invited to join', 'First placements bought through it'] },
      ] },
      { impact: 'Families can find what is on offer locally and use it.', actions: [
        { description: 'Rebuild the local offer website with families', owner: 'SEND partnership manager', resource: 'ADDITIONAL', kpis: ['FAM-SAT'], milestones: ['Co-design workshops held', 'New local offer live'] },
      ] },
    ],
  },
  {
    title: 'Quality assurance',
    sponsor: 'Assistant Director, Education',
    outcomes: [
      { impact: 'Plans are issued on time and describe the child well enough to make a difference.', actions: [
        { description: 'Track every assessment against the 20-week timescale weekly', owner: 'Head of SEND casework', resource: 'EXISTING', kpis: ['EHC-20WK', 'EHC-20WK-EX', 'EHC-6WK'], milestones: ['Weekly timeliness tracker in use', 'Backlog of overdue assessments cleared'] },
        { description: 'Audit a sample of plans every term and moderate across agencies', owner: 'QA lead', resource: 'EXISTING', kpis: ['AUD-GOOD', 'AUD-MOD'], milestones: ['Audit rubric agreed with partners', 'First moderated audit cycle reported'] },
      ] },
      { impact: 'Leaders see measured outcomes and act on them.', actions: [
        { description: 'Publish the QA framework and report it monthly and quarterly', owner: 'QA lead', resource: 'EXISTING', kpis: ['AR-4WK'], milestones: ['KPIs and targets agreed', 'First highlight report to the executive board'] },
      ] },
    ],
  },
  {
    title: 'The Designated Clinical Officer role',
    sponsor: 'Chief Nurse, integrated care board',
    outcomes: [
      { impact: 'Health advice arrives on time and is specific about the child’s needs.', actions: [
        { description: 'Appoint a full-time DCO with a clear remit', owner: 'Chief Nurse', resource: 'ADDITIONAL', kpis: ['HLT-TIME'], milestones: ['DCO in post', 'DCO quality review of health advice running'] },
        { description: 'Train health professionals in writing outcome-focused advice', owner: 'Designated Clinical Officer', resource: 'EXISTING', kpis: ['HLT-QUAL', 'HLT-AHC'], milestones: ['Training programme delivered', 'Six-monthly health deep dive reported'] },
      ] },
    ],
  },
  {
    title: 'Early support',
    sponsor: 'Assistant Director, Early Help',
    outcomes: [
      { impact: 'Needs are identified early and met without waiting for a plan.', actions: [
        { description: 'Offer a SEND advice line to schools and early-years settings', owner: 'Head of inclusion', resource: 'EXISTING', kpis: ['PTT'], milestones: ['Advice line open', 'Review of part-time timetables with every school'] },
        { description: 'Cut waits for routine CAMHS assessment', owner: 'CAMHS commissioning lead', resource: 'ADDITIONAL', kpis: ['CAMHS-WK'], milestones: ['Extra assessment clinics commissioned', 'Routine waits under 18 weeks'] },
      ] },
    ],
  },
  {
    title: 'Provision for young people aged 18 to 25',
    sponsor: 'Director of Adult Social Care',
    outcomes: [
      { impact: 'Young adults have routes into work, independent living and their community.', actions: [
        { description: 'Agree a preparing-for-adulthood pathway with colleges and adult services', owner: 'Preparing for adulthood lead', resource: 'EXISTING', kpis: ['PLEDGE'], milestones: ['Pathway agreed with colleges', 'Supported internships expanded'] },
      ] },
    ],
  },
];

/** Deadlines of the plan's milestones, in days from the day the data is made for, and their ratings. */
const MILESTONE_SCHEDULE: { offset: number; brag: Brag }[] = [
  { offset: -400, brag: 'BLUE' },
  { offset: -200, brag: 'BLUE' },
  { offset: -90, brag: 'GREEN' },
  { offset: -30, brag: 'RED' },
  { offset: 20, brag: 'GREEN' },
  { offset: 60, brag: 'AMBER' },
  { offset: 120, brag: 'GREEN' },
  { offset: 240, brag: 'RED' },
];

const addMonths = (iso: string, months: number) => {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1 + months;
  return `${year + Math.floor(month / 12)}-${String((((month % 12) + 12) % 12) + 1).padStart(2, '0')}-01`;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

export function generateQaFramework(data: SyntheticData, options: { seed: number; asOf: string }): QaFramework {
  // Its own stream, seeded apart from the main one, so the rest of the data is unchanged.
  const random = new Random(options.seed * 7919 + 907);
  const asOf = parseIsoDate(options.asOf);
  const firstMonth = addMonths(options.asOf.slice(0, 8) + '01', -(MANUAL_KPI_MONTHS - 1));

  const result: QaFramework = { kpis: [], kpiValues: [], workstreams: [], outcomes: [], actions: [], milestones: [] };
  for (const la of data.localAuthorities) {
    const kpiIds = new Map<string, string>();
    for (const { manual, milestoneTargets, ...spec } of KPIS) {
      const kpi: SyntheticKpi = {
        ...spec,
        id: random.uuid(),
        localAuthorityId: la.id,
        baselineDate: firstMonth,
        milestoneTargets: (milestoneTargets ?? []).map((m) => ({ date: addMonths(firstMonth, m.monthsFromStart), target: m.target })),
      };
      kpiIds.set(kpi.code, kpi.id);
      result.kpis.push(kpi);
      if (!manual) continue;
      for (let i = 0; i < MANUAL_KPI_MONTHS; i++) {
        const month = addMonths(firstMonth, i);
        const trend = manual.from + ((manual.to - manual.from) * i) / (MANUAL_KPI_MONTHS - 1);
        const value = round1(Math.min(100, Math.max(0, trend + (random.int(-100, 100) / 100) * manual.noise)));
        const counted = manual.sample ? random.int(Math.round(manual.sample * 0.7), manual.sample) : null;
        const numerator = counted === null ? null : Math.round((value * counted) / 100);
        result.kpiValues.push({
          id: random.uuid(),
          localAuthorityId: la.id,
          kpiId: kpi.id,
          month,
          value: counted === null ? value : round1((100 * numerator!) / counted),
          numerator,
          denominator: counted,
          evidence: `${manual.evidence}, ${month.slice(0, 7)}${counted === null ? '' : ` (${counted} responses)`}`,
        });
      }
    }
    let scheduleIndex = 0;
    WORKSTREAMS.forEach((ws, w) => {
      const workstream: SyntheticWorkstream = { id: random.uuid(), localAuthorityId: la.id, number: w + 1, title: ws.title, seniorSponsor: ws.sponsor };
      result.workstreams.push(workstream);
      ws.outcomes.forEach((oc, o) => {
        const outcome: SyntheticImprovementOutcome = { id: random.uuid(), localAuthorityId: la.id, workstreamId: workstream.id, reference: `${w + 1}.${o + 1}`, intendedImpact: oc.impact };
        result.outcomes.push(outcome);
        oc.actions.forEach((ac, a) => {
          const action: SyntheticImprovementAction = {
            id: random.uuid(),
            localAuthorityId: la.id,
            outcomeId: outcome.id,
            reference: `${outcome.reference}.${a + 1}`,
            description: ac.description,
            owner: ac.owner,
            resource: ac.resource,
            kpiIds: ac.kpis.map((code) => kpiIds.get(code)!),
          };
          result.actions.push(action);
          for (const description of ac.milestones) {
            const { offset, brag } = MILESTONE_SCHEDULE[scheduleIndex++ % MILESTONE_SCHEDULE.length]!;
            const deadline = asOf + offset + random.int(-10, 10);
            result.milestones.push({
              id: random.uuid(),
              localAuthorityId: la.id,
              actionId: action.id,
              description,
              deadline: formatIsoDate(deadline),
              brag,
              bragSetOn: formatIsoDate(Math.min(asOf, deadline) - random.int(5, 40)),
            });
          }
        });
      });
    });
  }
  return result;
}
