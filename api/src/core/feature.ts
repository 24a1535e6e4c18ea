import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scale, SyntheticData } from '@send-qa/seeds';
import type { User } from './auth/user.entity.js';
import type { ImportKindDefinition } from './imports/kinds.js';
import type { KpiCalculationDefinition, ReportSectionDefinition } from './kpi-catalogue.js';
import type { WorkItemSource } from './work/work-items.js';

export interface DemoOptions {
  scale: Scale;
  seed: number;
  /** The "today" the synthetic history is generated for. */
  asOf: string;
  /** Past audit cycles and the current one; tests that build their own audit history leave it out. */
  auditHistory?: boolean;
  /** The DCO's health history (advice, sign-offs, deep dives); as `auditHistory` unless given. */
  healthHistory?: boolean;
}

/** What each feature's demo loader gets: the generated area, already loaded with its authorities and users. */
export interface DemoContext {
  data: SyntheticData;
  options: DemoOptions;
  /** The demo users by email, saved. */
  users: ReadonlyMap<string, User>;
  now: Date;
  /** The version and timestamps of a freshly created record, for bulk inserts (which skip the entities' defaults). */
  stamp: { version: number; createdAt: Date; updatedAt: Date };
}

/**
 * What a feature (api/src/features/<name>/index.ts) gives the application: its records, its GraphQL
 * operations and what it loads into the demo. The application is the map over these manifests
 * (modules.ts): adding a feature is one manifest and one line there.
 */
export interface Feature {
  /** The feature's folder, features/<name>, and the admin's folder of the same name. */
  readonly name: string;
  /** Its MikroORM entities (and embeddables): its tables, which no other feature reads in SQL. */
  readonly entities: readonly EntityClass<object>[];
  /** Its type-graphql resolvers. */
  readonly resolvers: readonly Function[];
  /**
   * Loads the feature's part of the synthetic demo area, after the features before it in modules.ts
   * have loaded theirs, inside the one transaction of the load.
   */
  readonly loadDemo?: (em: EntityManager, demo: DemoContext) => Promise<unknown>;
  /**
   * What a new local authority starts with from this feature (its shipped rubrics), installed when the command
   * line creates the authority.
   */
  readonly installLocalAuthority?: (em: EntityManager, localAuthorityId: string) => void;
  /** Removes what `installLocalAuthority` gave an authority, when the command line removes an unused one. */
  readonly uninstallLocalAuthority?: (em: EntityManager, localAuthorityId: string) => Promise<void>;
  /** The figures it offers the QA framework's computed KPIs, by the name a KPI refers to them by (core/kpi-catalogue.ts). */
  readonly kpiCalculations?: Readonly<Record<string, KpiCalculationDefinition>>;
  /** Its headline sections in the highlight report. */
  readonly reportSections?: readonly ReportSectionDefinition[];
  /** The kinds of file it imports (core/imports), each with its columns and who may import it. */
  readonly imports?: readonly ImportKindDefinition[];
  /** The kinds of work its records ask of people (an audit to score, an action due), for "My work" (core/work). */
  readonly workItems?: readonly WorkItemSource[];
}
