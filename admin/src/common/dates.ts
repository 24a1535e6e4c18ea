/**
 * Calendar dates on the council's clock, from the API's own modules, so a screen and its figures agree on
 * "today", on a deadline and on which half-term it is.
 */
export { addDays, addMonths, ageOn, today } from '@send-qa/api/dates';
export { halfTermOf } from '@send-qa/api/school-calendar';

/** A period that had not ended on the day its figures were taken, in words: "partial: 40% of the term gone". */
export const partialNote = (elapsedPercent: number, period = 'period'): string => `partial: ${Math.round(elapsedPercent)}% of the ${period} gone`;
