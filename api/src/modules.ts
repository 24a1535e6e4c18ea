import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from './core/auth/auth.resolver.js';
import { Session } from './core/auth/session.entity.js';
import { SignInThrottleCount } from './core/auth/sign-in-throttle.entity.js';
import { User } from './core/auth/user.entity.js';
import { UserResolver } from './core/auth/user.resolver.js';
import { BaseRecord } from './core/db/base-record.js';
import type { Feature } from './core/feature.js';
import { defineKpiCatalogue } from './core/kpi-catalogue.js';
import { ChangeRecord } from './core/history/change-record.entity.js';
import { ChangeRecordResolver } from './core/history/history.resolver.js';
import { defineImports, ImportMapping, ImportRun } from './core/imports/index.js';
import { LocalAuthorityRecord } from './core/tenancy/local-authority-record.js';
import { LocalAuthority } from './core/tenancy/local-authority.entity.js';
import { LocalAuthorityResolver } from './core/tenancy/local-authority.resolver.js';
import { defineWorkItems } from './core/work/work-items.js';
import { WorkResolver } from './core/work/work.resolver.js';

/**
 * The features of the application, each a manifest (features/<name>/index.ts exports it as `feature`), one
 * line each, in the order their demo data loads (a feature after those it builds on) and the highlight report
 * shows their sections. Adding a feature is its folder and one line here.
 */
export const features: readonly Feature[] = (
  await Promise.all([
    import('./features/people/index.js'),
    import('./features/statutory-timeline/index.js'),
    import('./features/ehcp-audits/index.js'),
    import('./features/health/index.js'),
    import('./features/placements/index.js'),
    import('./features/part-time/index.js'),
    import('./features/family-voice/index.js'),
    import('./features/qa-framework/index.js'),
  ])
).map((manifest) => manifest.feature);

defineKpiCatalogue(features);
defineWorkItems(features);
const importResolvers = defineImports(features);

/** Every entity: the core's (sign-in, local authorities, change history), then each feature's. */
export const entities = [BaseRecord, LocalAuthorityRecord, LocalAuthority, User, Session, SignInThrottleCount, ChangeRecord, ImportMapping, ImportRun, ...features.flatMap((feature) => feature.entities)];

export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  LocalAuthorityResolver,
  ChangeRecordResolver,
  WorkResolver,
  ...importResolvers,
  ...features.flatMap((feature) => feature.resolvers),
];
