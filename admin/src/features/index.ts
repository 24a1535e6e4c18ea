/**
 * The admin's features, one line each, named as the API's (api/src/features/<name>): App.tsx registers their
 * resources and pages, and the menu gathers their entries, from this list. Its order is the order of the
 * resources and, within a menu group, of the entries.
 */
import { pageOperations, type AdminFeature } from '../common/feature';
import { administration } from './administration';
import { ehcpAudits } from './ehcp-audits';
import { health } from './health';
import { partTime } from './part-time';
import { people } from './people';
import { placements } from './placements';
import { qaFramework } from './qa-framework';
import { statutoryTimeline } from './statutory-timeline';

export const FEATURES: readonly AdminFeature[] = [people, administration, health, statutoryTimeline, qaFramework, partTime, ehcpAudits, placements];

/** The resources that are pages, with the query each needs: what permissions.ts asks the API's rules about. */
export const PAGE_OPERATIONS = pageOperations(FEATURES);
