import { registerEnumType } from 'type-graphql';

/** How the placement is bought. */
export enum PurchasingRoute {
  SPOT_PURCHASE = 'SPOT_PURCHASE',
  DYNAMIC_PURCHASING_SYSTEM = 'DYNAMIC_PURCHASING_SYSTEM',
  NATIONAL_CONTRACT = 'NATIONAL_CONTRACT',
  LOCAL_FRAMEWORK = 'LOCAL_FRAMEWORK',
}
registerEnumType(PurchasingRoute, {
  name: 'PurchasingRoute',
  valuesConfig: {
    SPOT_PURCHASE: { description: 'Spot purchase for one child' },
    DYNAMIC_PURCHASING_SYSTEM: { description: 'Through a dynamic purchasing system' },
    NATIONAL_CONTRACT: { description: 'National contract for independent and non-maintained special schools' },
    LOCAL_FRAMEWORK: { description: 'A local or regional framework agreement' },
  },
});

export enum ProviderDocumentKind {
  BEHAVIOUR_POLICY = 'BEHAVIOUR_POLICY',
  RESTRAINT_POLICY = 'RESTRAINT_POLICY',
  EXCLUSION_POLICY = 'EXCLUSION_POLICY',
  SAFEGUARDING_POLICY = 'SAFEGUARDING_POLICY',
  COMPLAINTS_POLICY = 'COMPLAINTS_POLICY',
  INSPECTION_REPORT = 'INSPECTION_REPORT',
  COST_BREAKDOWN = 'COST_BREAKDOWN',
}
registerEnumType(ProviderDocumentKind, {
  name: 'ProviderDocumentKind',
  description: 'What the contract asks a provider to hold and share',
});

export enum PlacementStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(PlacementStatus, { name: 'PlacementStatus' });

export enum AttendancePattern {
  DAY = 'DAY',
  RESIDENTIAL = 'RESIDENTIAL',
}
registerEnumType(AttendancePattern, { name: 'AttendancePattern', description: 'Day placement, or residential with nights a week' });

/** A monitoring visit's rating of one area; named VisitRag in the schema, apart from the framework's KPI RAG. */
export enum Rag {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
}
registerEnumType(Rag, {
  name: 'VisitRag',
  valuesConfig: {
    RED: { description: 'Serious concern: act now' },
    AMBER: { description: 'Some concern: improvement needed' },
    GREEN: { description: 'As commissioned' },
  },
});

export enum VisitStatus {
  PLANNED = 'PLANNED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(VisitStatus, { name: 'VisitStatus' });

export enum OutcomeProgress {
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  NOT_ON_TRACK = 'NOT_ON_TRACK',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}
registerEnumType(OutcomeProgress, { name: 'OutcomeProgress', description: 'Where a commissioned outcome stands at a review' });

export enum VisitActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(VisitActionStatus, { name: 'VisitActionStatus' });

/** Distance from the home authority to the provider, as the board's report bands it. */
export enum DistanceBand {
  UNDER_20_MILES = 'UNDER_20_MILES',
  MILES_20_TO_50 = 'MILES_20_TO_50',
  MILES_50_TO_100 = 'MILES_50_TO_100',
  OVER_100_MILES = 'OVER_100_MILES',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(DistanceBand, { name: 'DistanceBand', valuesConfig: { UNKNOWN: { description: 'No coordinates for the provider or the home authority' } } });

/** The six areas a monitoring visit rates, in the order the visit form walks through them. */
export const VISIT_AREAS = ['safeguarding', 'provisionDelivered', 'outcomesProgress', 'attendance', 'childVoice', 'valueForMoney'] as const;
export type VisitArea = (typeof VISIT_AREAS)[number];
