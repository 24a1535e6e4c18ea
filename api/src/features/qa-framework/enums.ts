import { registerEnumType } from 'type-graphql';
import { ReportingCalendar, ReportingFrequency } from '../../core/graphql/periods.js';
import { KpiUnit } from '../../core/kpi-catalogue.js';

// The unit is the KPI catalogue's: a feature offering a calculation says what unit it yields.
export { KpiUnit };

/** The values a unit can take: a target or value outside them is refused. */
export const UNIT_RANGE: Record<KpiUnit, { min: number; max: number; whole: boolean }> = {
  PERCENT: { min: 0, max: 100, whole: false },
  COUNT: { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true },
  POUNDS: { min: 0, max: 1e12, whole: false },
  WEEKS: { min: 0, max: 1000, whole: false },
};

export enum KpiDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
registerEnumType(KpiDirection, { name: 'KpiDirection' });

// A KPI's periods are the core's, in the calendar the KPI names.
export { ReportingCalendar, ReportingFrequency as KpiFrequency };

export enum KpiSource {
  COMPUTED = 'COMPUTED',
  MANUAL = 'MANUAL',
}
registerEnumType(KpiSource, {
  name: 'KpiSource',
  valuesConfig: {
    COMPUTED: { description: "Computed by a named calculation from the system's own records" },
    MANUAL: { description: 'Entered by hand, each value with its evidence (a survey result, say)' },
  },
});

export enum Rag {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
  NO_DATA = 'NO_DATA',
}
registerEnumType(Rag, {
  name: 'Rag',
  valuesConfig: {
    GREEN: { description: 'Meets the target' },
    AMBER: { description: 'Misses the target by no more than the amber tolerance' },
    RED: { description: 'Misses the target by more than the amber tolerance: the owner writes an exception note' },
    NO_DATA: { description: 'No value for the period' },
  },
});

export enum Brag {
  BLUE = 'BLUE',
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
}
registerEnumType(Brag, {
  name: 'Brag',
  valuesConfig: {
    BLUE: { description: 'Complete' },
    RED: { description: 'Not started or at risk' },
    AMBER: { description: 'Behind schedule' },
    GREEN: { description: 'On track' },
  },
});
export const BRAG_VALUES = Object.values(Brag);

export enum ActionResource {
  ADDITIONAL = 'ADDITIONAL',
  EXISTING = 'EXISTING',
}
registerEnumType(ActionResource, {
  name: 'ActionResource',
  valuesConfig: {
    ADDITIONAL: { description: 'AR: additional resource required' },
    EXISTING: { description: 'ER: existing resource' },
  },
});

export enum ReportAudience {
  PARTNERSHIP_GROUP = 'PARTNERSHIP_GROUP',
  EXECUTIVE_BOARD = 'EXECUTIVE_BOARD',
}
registerEnumType(ReportAudience, {
  name: 'ReportAudience',
  valuesConfig: {
    PARTNERSHIP_GROUP: { description: 'The SEND partnership group, monthly' },
    EXECUTIVE_BOARD: { description: 'The SEND executive board, quarterly' },
  },
});

export enum ReportStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  valuesConfig: {
    DRAFT: { description: 'Figures are live; commentary can be edited' },
    PUBLISHED: { description: 'Frozen: the figures as they stood when published; no more edits' },
  },
});
