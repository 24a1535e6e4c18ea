/** Readable names for the placement enums, one list per GraphQL enum (named in common/labels.ts), and the lists that are not enums. */
import { labelledChoices } from '../../common/choices';

export const purchasingRouteChoices = labelledChoices('PurchasingRoute');
export const documentKindChoices = labelledChoices('ProviderDocumentKind');
export const placementStatusChoices = labelledChoices('PlacementStatus');
export const attendanceChoices = labelledChoices('AttendancePattern');
export const ragChoices = labelledChoices('VisitRag');
export const visitStatusChoices = labelledChoices('VisitStatus');
export const outcomeProgressChoices = labelledChoices('OutcomeProgress');
export const distanceBandChoices = labelledChoices('DistanceBand');
export const visitActionStatusChoices = labelledChoices('VisitActionStatus');

/** The areas a monitoring visit rates, in the order the visit form walks through them, with what to look at. */
export const VISIT_AREAS: { source: string; label: string; prompt: string }[] = [
  { source: 'safeguarding', label: 'Safeguarding', prompt: 'Safeguarding log, restraint and incident records, single central record, the designated lead.' },
  { source: 'provisionDelivered', label: 'Section F provision delivered', prompt: 'Is every provision in section F delivered as specified: who, how often, for how long?' },
  { source: 'outcomesProgress', label: 'Progress towards the commissioned outcomes', prompt: 'Evidence of progress against each commissioned outcome (review them below).' },
  { source: 'attendance', label: 'Attendance', prompt: 'Attendance this term, part-time timetables, exclusions.' },
  { source: 'childVoice', label: "Child's voice and wellbeing", prompt: 'Did you see the child? What do they say about their placement? Are they happy and safe?' },
  { source: 'valueForMoney', label: 'Value for money', prompt: 'Is the cost breakdown current, and does the provision match what is paid for?' },
];
