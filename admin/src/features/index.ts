/**
 * The admin's features, one line each, named as the API's (api/src/features/<name>); each folder's index
 * exports its manifest as `feature`. App.tsx registers their resources and pages, and the menu gathers their
 * entries, from this list. Its order is the order of the resources and, within a menu group, of the entries.
 */
import { pageOperations, type AdminFeature } from '../common/feature';

export const FEATURES: readonly AdminFeature[] = (
  await Promise.all([
    import('./people'),
    import('./administration'),
    import('./health'),
    import('./statutory-timeline'),
    import('./qa-framework'),
    import('./part-time'),
    import('./ehcp-audits'),
    import('./placements'),
    import('./family-voice'),
  ])
).map((manifest) => manifest.feature);

/** The resources that are pages, with the query each needs: what permissions.ts asks the API's rules about. */
export const PAGE_OPERATIONS = pageOperations(FEATURES);
