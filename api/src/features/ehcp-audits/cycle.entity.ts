import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Term } from '../../core/graphql/periods.js';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { RubricVersion } from './rubric.entity.js';

// Terms are the core's (core/periods.ts), defined once for audits and every termly figure.
export { Term };

export enum CycleKind {
  EHCP_AUDIT = 'EHCP_AUDIT',
  HEALTH_DEEP_DIVE = 'HEALTH_DEEP_DIVE',
}
registerEnumType(CycleKind, {
  name: 'CycleKind',
  valuesConfig: {
    EHCP_AUDIT: { description: 'Termly audit of a sample of EHCPs' },
    HEALTH_DEEP_DIVE: { description: "Six-monthly DCO audit of plans of children with complex health needs" },
  },
});

export enum Stratum {
  TEAM = 'TEAM',
  PHASE = 'PHASE',
  PRIMARY_NEED = 'PRIMARY_NEED',
}
registerEnumType(Stratum, { name: 'Stratum', description: 'What a sample is stratified by, so every group is fairly represented' });

/** One round of audits: a term's sample of plans, scored against one published rubric version. */
@Entity()
@ObjectType({ description: "One round of audits: a term's sample of plans, scored against one published rubric version" })
export class AuditCycle extends LocalAuthorityRecord {
  @Field(() => String, { description: 'e.g. "Spring 2026"' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => CycleKind)
  @Enum({ items: () => CycleKind })
  kind!: CycleKind;

  @Field(() => Term)
  @Enum({ items: () => Term })
  term!: Term;

  @Field(() => Int, { description: 'The year the academic year starts: 2025 for 2025/26' })
  @Property({ type: 'smallint' })
  academicYear!: number;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  opensOn!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  closesOn!: string;

  @Field(() => RubricVersion)
  @ManyToOne(() => RubricVersion, { ref: true, deleteRule: 'restrict' })
  rubricVersion!: Ref<RubricVersion>;

  @Field(() => Int, { nullable: true, description: 'How many plans to sample (or give samplePercent)' })
  @Property({ type: 'integer', nullable: true })
  sampleSize?: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the eligible plans to sample, in per cent' })
  @Property({ type: 'double', nullable: true })
  samplePercent?: number | null;

  @Field(() => [Stratum])
  @Enum({ items: () => Stratum, array: true })
  stratifyBy: Stratum[] & Opt = [Stratum.TEAM, Stratum.PHASE, Stratum.PRIMARY_NEED];

  @Field(() => Int, { description: 'Plans audited in this many previous cycles of the same kind are left out' })
  @Property({ type: 'smallint' })
  excludeAuditedInLastCycles: number & Opt = 0;

  @Field(() => [ID], { description: 'Plans that must be in the sample (e.g. put forward for re-audit)' })
  @Property({ type: 'json' })
  includePlanIds: string[] & Opt = [];

  @Field(() => Boolean, { description: 'Put forward plans whose last final audit was below good, on top of the sample' })
  @Property({ type: 'boolean' })
  reauditBelowGood: boolean & Opt = true;

  /** No national rule sets how much is double-marked or how closely: each cycle says. */
  @Field(() => Int, { description: 'Share of submitted audits a second officer should moderate, per cent' })
  @Property({ type: 'smallint' })
  moderationSharePercent: number & Opt = 20;

  @Field(() => Int, { description: "Exact agreement expected between auditors' and moderators' grades, per cent" })
  @Property({ type: 'smallint' })
  agreementTargetPercent: number & Opt = 80;

  @Field(() => Int, { description: 'The random seed the sample is drawn with: the same seed draws the same sample' })
  @Property({ type: 'integer' })
  seed!: number;

  @Field(() => DateTimeResolver, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sampledAt?: Date | null;
}
