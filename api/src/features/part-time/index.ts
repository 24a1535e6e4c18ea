import type { Feature } from '../../core/feature.js';
import { loadPartTimeDemo } from './demo.js';
import { PartTimeFiguresResolver } from './figures.resolver.js';
import { partTimeKpiCalculations, partTimeReportSection } from './qa-figures.js';
import { PartTimePolicy, SchoolWeek } from './policy.entity.js';
import { PartTimePolicyResolver } from './policy.resolver.js';
import { SchoolReturnResolver } from './returns.resolver.js';
import { PartTimeReviewResolver } from './review.resolver.js';
import { PartTimeReview, PartTimeTimetable, SchoolReturn } from './timetable.entity.js';
import { PartTimeTimetableResolver } from './timetable.resolver.js';
import { partTimeWork } from './work.js';

/** Part-time timetables: the local policy, school returns, each timetable and its reviews, the figures. */
export const feature: Feature = {
  name: 'part-time',
  entities: [PartTimePolicy, SchoolWeek, SchoolReturn, PartTimeTimetable, PartTimeReview],
  resolvers: [PartTimePolicyResolver, PartTimeTimetableResolver, PartTimeReviewResolver, SchoolReturnResolver, PartTimeFiguresResolver],
  loadDemo: (em, { data, options, stamp }) => loadPartTimeDemo(em, data, options, stamp),
  kpiCalculations: partTimeKpiCalculations,
  reportSections: [partTimeReportSection],
  workItems: partTimeWork,
};
