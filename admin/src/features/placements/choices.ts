export const ragChoices = [
  { id: 'GREEN', name: 'Green' },
  { id: 'AMBER', name: 'Amber' },
  { id: 'RED', name: 'Red' },
];
export const placementStatusChoices = [
  { id: 'PROPOSED', name: 'Proposed' },
  { id: 'ACTIVE', name: 'Active' },
  { id: 'ENDED', name: 'Ended' },
];
export const visitStatusChoices = [
  { id: 'PLANNED', name: 'Planned' },
  { id: 'DONE', name: 'Done' },
];
export const judgementChoices = [
  { id: 'ACHIEVED', name: 'Achieved' },
  { id: 'ON_TRACK', name: 'On track' },
  { id: 'NOT_ON_TRACK', name: 'Not on track' },
  { id: 'NOT_ACHIEVED', name: 'Not achieved' },
];
export const frameworkChoices = [
  { id: 'SPOT_PURCHASE', name: 'Spot purchase' },
  { id: 'DYNAMIC_PURCHASING_SYSTEM', name: 'Dynamic purchasing system' },
  { id: 'NATIONAL_CONTRACT', name: 'National contract' },
];
/** The areas a monitoring visit rates, in the order the form walks through them. */
export const visitAreas = [
  { source: 'safeguarding', label: 'Safeguarding' },
  { source: 'provisionDelivered', label: 'Section F provision delivered as specified' },
  { source: 'outcomesProgress', label: 'Progress towards the commissioned outcomes' },
  { source: 'attendance', label: 'Attendance' },
  { source: 'voiceAndWellbeing', label: "The child's voice and wellbeing" },
  { source: 'valueForMoney', label: 'Value for money' },
];
