import { registerEnumType } from 'type-graphql';

export enum ContractFramework {
  SPOT_PURCHASE = 'SPOT_PURCHASE',
  DYNAMIC_PURCHASING_SYSTEM = 'DYNAMIC_PURCHASING_SYSTEM',
  NATIONAL_CONTRACT = 'NATIONAL_CONTRACT',
}
registerEnumType(ContractFramework, {
  name: 'ContractFramework',
  description: 'How placements with a provider are bought',
  valuesConfig: {
    SPOT_PURCHASE: { description: 'Spot purchase, one placement at a time' },
    DYNAMIC_PURCHASING_SYSTEM: { description: 'Through a dynamic purchasing system' },
    NATIONAL_CONTRACT: { description: 'The national contract for independent and non-maintained special schools' },
  },
});

export enum PlacementStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(PlacementStatus, { name: 'PlacementStatus' });

export enum Rag {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
}
registerEnumType(Rag, { name: 'VisitRag', description: 'Red: serious concern; amber: some concern; green: as commissioned' });

export enum VisitStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
}
registerEnumType(VisitStatus, { name: 'VisitStatus' });

export enum OutcomeJudgement {
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  NOT_ON_TRACK = 'NOT_ON_TRACK',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}
registerEnumType(OutcomeJudgement, { name: 'OutcomeJudgement' });

export enum ProviderDocumentKind {
  BEHAVIOUR_POLICY = 'BEHAVIOUR_POLICY',
  RESTRAINT_POLICY = 'RESTRAINT_POLICY',
  EXCLUSION_POLICY = 'EXCLUSION_POLICY',
  SAFEGUARDING_POLICY = 'SAFEGUARDING_POLICY',
  COMPLAINTS_POLICY = 'COMPLAINTS_POLICY',
  INSPECTION_REPORT = 'INSPECTION_REPORT',
  COST_BREAKDOWN = 'COST_BREAKDOWN',
}
registerEnumType(ProviderDocumentKind, { name: 'ProviderDocumentKind', description: 'What the contract schedules require a provider to hold and share' });

export enum DistanceBand {
  UNDER_20_KM = 'UNDER_20_KM',
  FROM_20_TO_50_KM = 'FROM_20_TO_50_KM',
  FROM_50_TO_100_KM = 'FROM_50_TO_100_KM',
  OVER_100_KM = 'OVER_100_KM',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(DistanceBand, { name: 'DistanceBand', description: "Straight-line distance from the child's home authority" });
