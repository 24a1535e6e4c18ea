import type { Choice } from '../../../common/choices';

export const senStatusChoices: Choice[] = [
  { id: 'EHCP', name: 'EHCP' },
  { id: 'SEN_SUPPORT', name: 'SEN support' },
];

export const reasonChoices: Choice[] = [
  { id: 'MEDICAL', name: 'Medical' },
  { id: 'REINTEGRATION', name: 'Reintegration' },
  { id: 'IN_SCHOOL_SUPPORT', name: 'In-school support package' },
  { id: 'OTHER', name: 'Other (see notes)' },
];

export const timetableStatusChoices: Choice[] = [
  { id: 'ACTIVE', name: 'Active' },
  { id: 'ENDED_FULL_TIME', name: 'Ended: back to full time' },
  { id: 'ENDED_OTHER', name: 'Ended: other' },
];

export const decisionChoices: Choice[] = [
  { id: 'CONTINUE', name: 'Continue at the same hours' },
  { id: 'INCREASE', name: 'Increase the hours' },
  { id: 'END', name: 'End: back to full time' },
];

export const agreementNames: Record<string, string> = {
  PARENT: 'parent or carer',
  CASEWORKER: 'SEND caseworker',
  VIRTUAL_SCHOOL: 'virtual school',
  SOCIAL_WORKER: 'social worker',
};

export const halfTermChoices: Choice[] = [
  { id: '1', name: 'Autumn 1' },
  { id: '2', name: 'Autumn 2' },
  { id: '3', name: 'Spring 1' },
  { id: '4', name: 'Spring 2' },
  { id: '5', name: 'Summer 1' },
  { id: '6', name: 'Summer 2' },
];
