/** The periods module's enums as GraphQL knows them; the module itself stays free of GraphQL so the admin can import it. */
import { registerEnumType } from 'type-graphql';
import { fitsCalendar, ReportingCalendar, ReportingFrequency, Term } from '../periods.js';
import { UserInputError } from './errors.js';

export { ReportingCalendar, ReportingFrequency, Term };

registerEnumType(ReportingCalendar, {
  name: 'ReportingCalendar',
  description: 'The year a period is counted in',
  valuesConfig: {
    FINANCIAL: { description: 'Financial years, 1 April to 31 March ("2026/27 Q1" is April–June), as councils and the NHS report' },
    ACADEMIC: { description: 'Academic years, 1 September to 31 August, in three terms, as schools and audits report' },
    CALENDAR: { description: 'Calendar years, January to December ("2026 Q1"), as the SEN2 return counts' },
  },
});

// Named KpiFrequency, as it was before trends could take one too: the admin and saved queries know it by that name.
registerEnumType(ReportingFrequency, {
  name: 'KpiFrequency',
  description: 'How long each period is',
  valuesConfig: {
    MONTHLY: { description: 'Months' },
    BI_MONTHLY: { description: "Two months (Jan–Feb, Mar–Apr, … in the calendar and academic years): the executive board's cycle" },
    QUARTERLY: { description: 'Quarters of the year' },
    HALF_YEARLY: { description: 'Halves of the year (NHS H1 is April–September)' },
    TERMLY: { description: 'School terms, in the academic calendar only: autumn September–December, spring January–Easter, summer Easter–August' },
    YEARLY: { description: 'Whole years' },
  },
});

registerEnumType(Term, { name: 'Term', description: 'Autumn (September–December), spring (January to Easter), summer (Easter Sunday to 31 August)' });

/** A calendar and frequency as an argument gives them, refused (naming the field) where terms are asked outside the academic year. */
export function checkedPeriodicity(calendar: ReportingCalendar, frequency: ReportingFrequency, field = 'frequency'): [ReportingCalendar, ReportingFrequency] {
  if (!fitsCalendar(calendar, frequency)) {
    throw new UserInputError([{ field, rule: 'fitsCalendar', message: 'terms belong to the academic calendar: choose it, or another frequency' }]);
  }
  return [calendar, frequency];
}
