/** Readable names for the placement enums, one list per GraphQL enum. */
import type { Choice } from '../../common/choices';

export const purchasingRouteChoices: Choice[] = [
  { id: 'NATIONAL_CONTRACT', name: 'National contract (NASS)' },
  { id: 'DYNAMIC_PURCHASING_SYSTEM', name: 'Dynamic purchasing system' },
  { id: 'LOCAL_FRAMEWORK', name: 'Local or regional framework' },
  { id: 'SPOT_PURCHASE', name: 'Spot purchase' },
];

export const documentKindChoices: Choice[] = [
  { id: 'BEHAVIOUR_POLICY', name: 'Behaviour policy' },
  { id: 'RESTRAINT_POLICY', name: 'Restraint policy' },
  { id: 'EXCLUSION_POLICY', name: 'Exclusion policy' },
  { id: 'SAFEGUARDING_POLICY', name: 'Safeguarding policy' },
  { id: 'COMPLAINTS_POLICY', name: 'Complaints policy' },
  { id: 'INSPECTION_REPORT', name: 'Inspection report' },
  { id: 'COST_BREAKDOWN', name: 'Cost breakdown' },
];

export const placementStatusChoices: Choice[] = [
  { id: 'ACTIVE', name: 'Active' },
  { id: 'ENDED', name: 'Ended' },
];

export const attendanceChoices: Choice[] = [
  { id: 'DAY', name: 'Day' },
  { id: 'RESIDENTIAL', name: 'Residential' },
];

export const weeksChoices: Choice[] = [
  { id: '38', name: '38 weeks (term time)' },
  { id: '52', name: '52 weeks' },
];

export const ragChoices: Choice[] = [
  { id: 'GREEN', name: 'Green' },
  { id: 'AMBER', name: 'Amber' },
  { id: 'RED', name: 'Red' },
];

export const visitStatusChoices: Choice[] = [
  { id: 'PLANNED', name: 'Planned' },
  { id: 'COMPLETED', name: 'Completed' },
  { id: 'CANCELLED', name: 'Cancelled' },
];

export const outcomeProgressChoices: Choice[] = [
  { id: 'ACHIEVED', name: 'Achieved' },
  { id: 'ON_TRACK', name: 'On track' },
  { id: 'NOT_ON_TRACK', name: 'Not on track' },
  { id: 'NOT_ACHIEVED', name: 'Not achieved' },
];

export const distanceBandChoices: Choice[] = [
  { id: 'UNDER_20_MILES', name: 'Under 20 miles' },
  { id: 'MILES_20_TO_50', name: '20–50 miles' },
  { id: 'MILES_50_TO_100', name: '50–100 miles' },
  { id: 'OVER_100_MILES', name: 'Over 100 miles' },
  { id: 'UNKNOWN', name: 'Not known' },
];

export const areaChoices: Choice[] = [
  { id: 'IN_AREA', name: 'In area' },
  { id: 'OUT_OF_AREA', name: 'Out of area' },
];

export const visitActionStatusChoices: Choice[] = [
  { id: 'OPEN', name: 'Open' },
  { id: 'DONE', name: 'Done' },
];

/** The areas a monitoring visit rates, in the order the visit form walks through them, with what to look at. */
export const VISIT_AREAS: { source: string; label: string; prompt: string }[] = [
  { source: 'safeguarding', label: 'Safeguarding', prompt: 'Safeguarding log, restraint and incident records, single central record, the designated lead.' },
  { source: 'provisionDelivered', label: 'Section F provision delivered', prompt: 'Is every provision in section F delivered as specified: who, how often, for how long?' },
  { source: 'outcomesProgress', label: 'Progress towards the commissioned outcomes', prompt: 'Evidence of progress against each commissioned outcome (review them below).' },
  { source: 'attendance', label: 'Attendance', prompt: 'Attendance this term, part-time timetables, exclusions.' },
  { source: 'childVoice', label: "Child's voice and wellbeing", prompt: 'Did you see the child? What do they say about their placement? Are they happy and safe?' },
  { source: 'valueForMoney', label: 'Value for money', prompt: 'Is the cost breakdown current, and does the provision match what is paid for?' },
];
