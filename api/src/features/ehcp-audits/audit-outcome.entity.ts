import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { PrimaryNeed, Phase, SettingType, phaseOf } from '../people/index.js';
import { CycleKind, Term } from './cycle.entity.js';

/**
 * One row per final audit, holding just what the grade trend groups and counts by, as it stood when
 * the audit became final, so later changes to a plan (a new team, say) do not rewrite history already
 * reported. Database triggers keep `audit_outcome_count` in step with it.
 */
@Entity()
@Index({ properties: ['localAuthorityId', 'academicYear', 'term'] })
export class AuditOutcome {
  /** The audit's own id. */
  @PrimaryKey({ type: 'uuid' })
  auditId!: string;

  @Property({ type: 'uuid' })
  localAuthorityId!: string;

  @Property({ type: 'smallint' })
  academicYear!: number;

  @Enum({ items: () => Term })
  term!: Term;

  /** Deep dives have their own figures: the EHCP grade trend counts EHCP audits only. */
  @Enum({ items: () => CycleKind, default: CycleKind.EHCP_AUDIT })
  kind: CycleKind & Opt = CycleKind.EHCP_AUDIT;

  @Property({ type: 'uuid', nullable: true })
  teamId?: string | null;

  @Enum({ items: () => PrimaryNeed })
  primaryNeed!: PrimaryNeed;

  @Enum({ items: () => Phase })
  phase!: Phase;

  @Enum({ items: () => SettingType, nullable: true })
  settingType?: SettingType | null;

  /** The grade that counts: the moderated (agreed) one where there is one. */
  @Property({ type: 'smallint' })
  grade!: number;

  @Property({ type: 'datetime' })
  finalisedAt!: Date;
}

/** What the counts are grouped by: everything together, or one breakdown of the trend. */
export enum OutcomeDimension {
  ALL = 'ALL',
  TEAM = 'TEAM',
  PRIMARY_NEED = 'PRIMARY_NEED',
  PHASE = 'PHASE',
  SETTING_TYPE = 'SETTING_TYPE',
}

/**
 * Final audits counted per authority, term, dimension and group, by grade: at most a few dozen rows per
 * authority and term, whatever the number of audits, so the trend answers in milliseconds at national
 * scale. Written only by the triggers on audit_outcome (see the migration), never by the application.
 */
@Entity({ readonly: true })
export class AuditOutcomeCount {
  /** First in the key: every trend query asks for one dimension, so it reads only that dimension's rows. */
  @PrimaryKey({ type: 'string', length: 20 })
  dimension!: OutcomeDimension;

  @PrimaryKey({ type: 'string', length: 20 })
  kind!: CycleKind;

  @PrimaryKey({ type: 'uuid' })
  localAuthorityId!: string;

  @PrimaryKey({ type: 'smallint' })
  academicYear!: number;

  @PrimaryKey({ type: 'string', length: 10 })
  term!: Term;

  /** The team id, need, phase or setting type; '' for none (no team, no setting) and for ALL. */
  @PrimaryKey({ type: 'string', length: 40 })
  grp!: string;

  @Property({ type: 'integer' })
  outstanding!: number;

  @Property({ type: 'integer' })
  good!: number;

  @Property({ type: 'integer' })
  requiresImprovement!: number;

  @Property({ type: 'integer' })
  inadequate!: number;
}

/** What an audit outcome records, from the facts as they stand when the audit becomes final. */
export function outcomeOf(facts: {
  auditId: string;
  localAuthorityId: string;
  cycle: { academicYear: number; term: Term; opensOn: string; kind: CycleKind };
  teamId: string | null;
  child: { primaryNeed: PrimaryNeed; dateOfBirth: string };
  settingType: SettingType | null;
  /** The agreed grade where moderation gave one, else the auditor's. */
  grade: number;
  finalisedAt: Date;
}): AuditOutcome {
  const { cycle, child, ...rest } = facts;
  return Object.assign(new AuditOutcome(), {
    ...rest,
    academicYear: cycle.academicYear,
    term: cycle.term,
    kind: cycle.kind,
    primaryNeed: child.primaryNeed,
    phase: phaseOf(child.dateOfBirth, cycle.opensOn),
  });
}
