import { forPeriod, KpiUnit, percentFigure, type KpiCalculationDefinition } from '../../core/kpi-catalogue.js';
import { headlineCounts } from './figures.js';
import { SUPPRESSION_THRESHOLD } from './rules.js';

/* What this feature offers the local-area QA framework (through its manifest and core/kpi-catalogue.ts). */

export const familyVoiceKpiCalculations: Record<string, KpiCalculationDefinition> = {
  FAMILY_SATISFACTION: {
    unit: KpiUnit.PERCENT,
    description: "Share of families' survey responses in the period satisfied or very satisfied overall (4 or 5 of 5), from the post-assessment, post-review and annual family surveys; no value from fewer than 5",
    records: "Families' survey responses in the period that answered the overall question",
    calculate: async (em, ids, period) => {
      const { responses, satisfied } = await forPeriod(em, headlineCounts, ids, period);
      // As in the feature's own figures: a share of fewer than 5 families is not shown, so none can be recognised.
      return responses < SUPPRESSION_THRESHOLD ? { numerator: null, denominator: null, value: null } : percentFigure(satisfied, responses);
    },
  },
};
