import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { registerEnumType } from 'type-graphql';
import { inTurn } from './db/turns.js';
import type { Feature } from './feature.js';
import { whenQuiet } from './request-context.js';

/**
 * What the features offer the local-area QA framework (features/qa-framework): the named calculations
 * a computed KPI can use and the headline sections of the highlight report. Each feature lists its own
 * in its manifest; modules.ts puts them in this one catalogue, so the framework reads the figures
 * without knowing which feature computes them.
 */

export enum KpiUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  POUNDS = 'POUNDS',
  WEEKS = 'WEEKS',
}
registerEnumType(KpiUnit, {
  name: 'KpiUnit',
  valuesConfig: {
    PERCENT: { description: 'Per cent, 0 to 100' },
    COUNT: { description: 'A whole number, 0 or more' },
    POUNDS: { description: 'Pounds sterling, 0 or more' },
    WEEKS: { description: 'Weeks, 0 or more' },
  },
});

/** One period's figure: for a percentage, value = 100 × numerator / denominator. */
export interface Figure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

export const percentFigure = (numerator: number, denominator: number): Figure => ({
  numerator,
  denominator,
  value: denominator ? (100 * numerator) / denominator : null,
});

export const countFigure = (value: number): Figure => ({ numerator: null, denominator: null, value });

/** The first and last day of a reporting period, inclusive ('YYYY-MM-DD'). */
export interface FigurePeriod {
  start: string;
  end: string;
}

/** Where a feature's own policy already sets a baseline and a target for a figure. */
export interface KpiBaseline {
  baselineValue: number;
  baselineDate: string;
  target: number;
}

/** A target that reduces a baseline by a percentage, to a whole number. */
export const reducedBy = (baseline: number, percent: number): number => Math.round(baseline * (1 - percent / 100));

export interface KpiCalculationDefinition {
  unit: KpiUnit;
  description: string;
  /** What the figure counts, so the admin can open the records behind it. */
  records: string;
  calculate(em: EntityManager, localAuthorityIds: string[], period: FigurePeriod): Promise<Figure>;
  /** The baseline and target a KPI using this calculation starts from, where the feature's policy sets them. */
  baseline?(em: EntityManager, localAuthorityId: string, baselineDate: string): Promise<KpiBaseline | null>;
}

/** A headline section of the highlight report, drawn from one capability. */
export interface ReportSectionDefinition {
  key: string;
  title: string;
  /** The unit of the points' values. */
  unit: KpiUnit;
  build(em: EntityManager, localAuthorityIds: string[], asOf: string): Promise<{ headline: string; points: { label: string; value: number | null }[] }>;
}

/** The name of a KPI calculation, one of the values of KpiCalculation. */
export type KpiCalculation = string;

/**
 * The calculations as an enum object, for GraphQL (the KpiCalculation enum) and the kpi.calculation
 * column: empty until defineKpiCatalogue fills it, which modules.ts does before any schema is built or
 * the ORM discovers the entities.
 */
export const KpiCalculation: Record<string, KpiCalculation> = {};

const calculations = new Map<KpiCalculation, KpiCalculationDefinition>();
const sections: ReportSectionDefinition[] = [];

/** Fills the catalogue from the features' manifests, in their order. Runs once: the catalogue is fixed from then on. */
export function defineKpiCatalogue(features: readonly Pick<Feature, 'name' | 'kpiCalculations' | 'reportSections'>[]): void {
  if (calculations.size > 0 || sections.length > 0) throw new Error('The KPI catalogue is defined once, by modules.ts');
  for (const feature of features) {
    for (const [name, definition] of Object.entries(feature.kpiCalculations ?? {})) {
      if (calculations.has(name)) throw new Error(`KPI calculation ${name} of ${feature.name} is offered by another feature too`);
      calculations.set(name, definition);
      KpiCalculation[name] = name;
    }
    sections.push(...(feature.reportSections ?? []));
  }
  registerEnumType(KpiCalculation, {
    name: 'KpiCalculation',
    description: 'The named calculations a computed KPI can use, each offered by the feature whose records it counts',
    valuesConfig: Object.fromEntries([...calculations].map(([name, c]) => [name, { description: c.description }])),
  });
}

export function kpiCalculation(name: KpiCalculation): KpiCalculationDefinition {
  const definition = calculations.get(name);
  if (!definition) throw new Error(`No feature offers the KPI calculation ${name}`);
  return definition;
}

/** The highlight report's headline sections, in the order of the features that offer them. */
export function reportSections(): readonly ReportSectionDefinition[] {
  return sections;
}

const figuresOf = new WeakMap<EntityManager, Map<Function, Map<string, Promise<unknown>>>>();

/**
 * A feature figure worked out once per request (per EntityManager, so nothing outlives the request):
 * a scorecard asks the same figure for many KPIs (the grade trend serves every term), and a call with
 * the same arguments answers the first call's promise.
 */
export function once<A extends unknown[], T>(em: EntityManager, figure: (em: EntityManager, ...args: A) => Promise<T>, ...args: A): Promise<T> {
  let known = figuresOf.get(em);
  if (!known) figuresOf.set(em, (known = new Map()));
  let calls = known.get(figure);
  if (!calls) known.set(figure, (calls = new Map()));
  const key = JSON.stringify(args);
  let answer = calls.get(key) as Promise<T> | undefined;
  if (!answer) calls.set(key, (answer = inTurn(em, () => figure(em, ...args))));
  return answer;
}

const periodsOf = new WeakMap<EntityManager, Map<Function, Map<string, DataLoader<unknown, unknown, string>>>>();

/**
 * One period's (or day's) answer of a feature figure that answers many periods in one go (one grouped
 * statement): every period asked of the same figure, authorities and options until the request next
 * waits on the database goes into one call of `figures`, and a period asked again answers from the
 * first. A scorecard of many KPIs and periods asks them all at once, so it costs one statement per
 * figure and authority instead of one per KPI and period. `figures` answers `periods` in their order.
 */
export function forPeriod<P, R extends unknown[], T>(
  em: EntityManager,
  figures: (em: EntityManager, localAuthorityIds: readonly string[], periods: readonly P[], ...rest: R) => Promise<T[]>,
  localAuthorityIds: readonly string[],
  period: P,
  ...rest: R
): Promise<T> {
  let known = periodsOf.get(em);
  if (!known) periodsOf.set(em, (known = new Map()));
  let loaders = known.get(figures);
  if (!loaders) known.set(figures, (loaders = new Map()));
  const key = JSON.stringify([localAuthorityIds, rest]);
  let loader = loaders.get(key) as DataLoader<P, T, string> | undefined;
  if (!loader) {
    loader = new DataLoader<P, T, string>((periods) => inTurn(em, () => figures(em, localAuthorityIds, periods, ...rest)), { cacheKeyFn: (p) => JSON.stringify(p), batchScheduleFn: whenQuiet });
    loaders.set(key, loader as DataLoader<unknown, unknown, string>);
  }
  return loader.load(period);
}
