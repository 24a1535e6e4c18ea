/**
 * Readable names for every enum in the API, in the domain's words: one list per GraphQL enum, for fields, inputs
 * and filters. The values come from the API's schema and their names from labels.ts, so an enum value the API adds
 * cannot go missing here unnoticed.
 */
import { apiEnum } from './apiSchema';
import type { ApiEnum } from './graphql';
import { enumLabels, type LabelledEnum } from './labels';

export interface Choice {
  id: string;
  name: string;
}

/** An enum's values, named and ordered as labels.ts has them; throws on a value without a name, or a name without a value. */
export function labelledChoices(name: LabelledEnum): Choice[] {
  const labels: Record<string, string> = enumLabels[name];
  const values = apiEnum(name).getValues().map((value) => value.name);
  const unnamed = values.filter((value) => !(value in labels));
  const unknown = Object.keys(labels).filter((value) => !values.includes(value));
  if (unnamed.length || unknown.length) {
    throw new Error(`labels.ts is out of step with the API's enum ${name}: no name for [${unnamed}], no such value [${unknown}]`);
  }
  return Object.entries(labels).map(([id, label]) => ({ id, name: label }));
}

export const primaryNeedChoices = labelledChoices('PrimaryNeed');
export const planStatusChoices = labelledChoices('PlanStatus');
export const settingTypeChoices = labelledChoices('SettingType');
export const phaseChoices = labelledChoices('Phase');
export const ofstedRatingChoices = labelledChoices('OfstedRating');
export const teamKindChoices = labelledChoices('TeamKind');
export const roleChoices = labelledChoices('Role');
export const sexChoices = labelledChoices('Sex');
export const changeActionChoices = labelledChoices('ChangeAction');

/** The readable name of an enum value, or the value itself if unknown. */
export function choiceName(choices: Choice[], id: unknown): string {
  if (id === null || id === undefined || id === '') return '';
  const found = choices.find((c) => c.id === String(id));
  return found ? found.name : String(id);
}

export function roleLabel(role: string): string {
  return choiceName(roleChoices, role);
}

export const timescaleExceptionChoices = labelledChoices('TimescaleException');
export const kpiUnitChoices = labelledChoices('KpiUnit');
export const kpiDirectionChoices = labelledChoices('KpiDirection');
export const kpiFrequencyChoices = labelledChoices('KpiFrequency');
export const reportingCalendarChoices = labelledChoices('ReportingCalendar');
export const kpiSourceChoices = labelledChoices('KpiSource');
export const kpiCalculationChoices = labelledChoices('KpiCalculation');
export const bragChoices = labelledChoices('Brag');
export const actionResourceChoices = labelledChoices('ActionResource');
export const reportAudienceChoices = labelledChoices('ReportAudience');
export const reportStatusChoices = labelledChoices('ReportStatus');
export const adviceOccasionChoices = labelledChoices('AdviceOccasion');
export const rubricStatusChoices = labelledChoices('RubricStatus');
export const assessmentKindChoices = labelledChoices('AssessmentKind');
export const assessmentDecisionChoices = labelledChoices('AssessmentDecision');
export const assessmentOutcomeChoices = labelledChoices('AssessmentOutcome');
export const annualReviewDecisionChoices = labelledChoices('AnnualReviewDecision');
export const timelineProcessChoices = labelledChoices('TimelineProcess');
export const timelineStepKindChoices = labelledChoices('TimelineStepKind');
export const stepStatusChoices = labelledChoices('StepStatus');
export const importKindChoices = labelledChoices('ImportKind');
export const importActionChoices = labelledChoices('ImportAction');

/** The rubric's default four-point grade scale, best first (the API's grades are numbers, not an enum). */
export const GRADES = [4, 3, 2, 1] as const;
export type Grade = (typeof GRADES)[number];

const gradeNames: { [G in Grade]: string } = { 4: 'Outstanding', 3: 'Good', 2: 'Requires improvement', 1: 'Inadequate' };

/** The grades as choices; ids are the API's numbers as strings. */
export const gradeChoices: Choice[] = GRADES.map((grade) => ({ id: String(grade), name: gradeNames[grade] }));

export function gradeName(grade: number | null | undefined): string {
  return grade === null || grade === undefined ? '' : choiceName(gradeChoices, grade);
}

export const judgementChoices = labelledChoices('Judgement');
export const auditStatusChoices = labelledChoices('AuditStatus');
export const auditLensChoices = labelledChoices('AuditLens');
export const termChoices = labelledChoices('Term');
export const cycleKindChoices = labelledChoices('CycleKind');
export const stratumChoices = labelledChoices('Stratum');
export const rubricPurposeChoices = labelledChoices('RubricPurpose');

/** What each way of sharing out a cycle's unassigned audits (the API's AssignmentStrategy) does. */
const assignmentStrategyExplained: { [S in ApiEnum<'AssignmentStrategy'>]: string } = {
  BY_TEAM: "Each team's audits go together to one auditor, the largest team first, to whoever then has the fewest open audits",
  BY_LOAD: 'Each audit goes to whoever then has the fewest open audits (assigned, in progress or returned)',
  ROUND_ROBIN: 'One each in turn, in case-reference order, in the order the auditors are ticked',
};

export const assignmentStrategyChoices: (Choice & { explained: string })[] = labelledChoices('AssignmentStrategy').map((choice) => ({
  ...choice,
  explained: assignmentStrategyExplained[choice.id as ApiEnum<'AssignmentStrategy'>],
}));

export const derivationChoices = labelledChoices('GradeDerivation');
export const actionStatusChoices = labelledChoices('ActionStatus');
export const trendBreakdownChoices = labelledChoices('TrendBreakdown');
