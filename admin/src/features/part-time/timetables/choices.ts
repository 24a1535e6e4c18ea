import { labelledChoices, type Choice } from '../../../common/choices';

export const senStatusChoices = labelledChoices('SenStatus');
export const reasonChoices = labelledChoices('PartTimeReason');
export const timetableStatusChoices = labelledChoices('TimetableStatus');
export const decisionChoices = labelledChoices('ReviewDecision');

export const halfTermChoices: Choice[] = [
  { id: '1', name: 'Autumn 1' },
  { id: '2', name: 'Autumn 2' },
  { id: '3', name: 'Spring 1' },
  { id: '4', name: 'Spring 2' },
  { id: '5', name: 'Summer 1' },
  { id: '6', name: 'Summer 2' },
];
