import { FEATURES } from '../features';

/** Where an item of work opens: the audit's scoring screen for its auditor, else the record's own page as the admin has it. */
export function workLink(item: { kind: string; resource: string; recordId: string }): string {
  if (item.kind === 'AUDIT_TO_SCORE') return `/Audit/${item.recordId}/score`;
  if (item.kind === 'AUDIT_TO_MODERATE') return '/moderation';
  const resource = FEATURES.flatMap((feature) => feature.resources).find((r) => r.name === item.resource);
  if (resource?.show) return `/${item.resource}/${item.recordId}/show`;
  if (resource?.edit) return `/${item.resource}/${item.recordId}`;
  return `/${item.resource}`;
}

const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A due date as the product writes it: "3 Dec 2026". */
export const dueDate = (isoDate: string): string => DAY_MONTH_YEAR.format(new Date(`${isoDate}T00:00:00Z`));
