import { IsNotEmpty, Length, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import { CASEWORK_EDITORS, EVERY_ROLE } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors, UserInputError } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { checkDateRange, IfPresent } from '../../core/graphql/validation.js';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { mayReadCosts } from '../placements/index.js';
import { KpiCalculation, kpiCalculation } from '../../core/kpi-catalogue.js';
import { KpiDirection, KpiFrequency, KpiSource, KpiUnit, Rag, ReportingCalendar } from './enums.js';
import { KpiFigure, KpiRow } from './figures.js';
import { Kpi, KpiValue } from './kpi.entity.js';
import { KpiFigures, checkInUnit, type Periodicity } from './kpi.service.js';
import { checkedPeriodicity } from '../../core/graphql/periods.js';
import { fitsCalendar, periodContaining, periodsBetween } from '../../core/periods.js';
import { ragOf } from './rag.js';
import { UUID } from '../../core/graphql/uuid.js';
import { changeOwner, newOwner, ownerNameOf } from '../../core/work/owners.js';

/** Who runs the QA framework: everyone else in the authority reads it. */
export const FRAMEWORK_EDITORS = CASEWORK_EDITORS;
/** How many periods a trend (the sparkline) shows. */
export const TREND_LENGTH = 12;

@InputType()
export class KpiFilter {
  @Field(() => String, { nullable: true, description: 'Code or name contains' }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => KpiSource, { nullable: true }) source?: KpiSource;
  @Field(() => KpiFrequency, { nullable: true }) frequency?: KpiFrequency;
  @Field(() => ReportingCalendar, { nullable: true }) calendar?: ReportingCalendar;
}

@InputType()
class KpiMilestoneTargetInput {
  @Field(() => LocalDateResolver) date!: string;
  @Field(() => Float) target!: number;
}

@ArgsType()
class CreateKpiArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Length(1, 40) code!: string;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => String) @Length(1, 4000) definition!: string;
  @Field(() => KpiUnit) unit!: KpiUnit;
  @Field(() => KpiDirection) direction!: KpiDirection;
  @Field(() => Float) target!: number;
  @Field(() => Float) @Min(0) amberTolerance!: number;
  @Field(() => KpiFrequency) frequency!: KpiFrequency;
  @Field(() => ReportingCalendar, { nullable: true, description: 'Default the financial year; the academic year for a termly KPI' }) calendar?: ReportingCalendar;
  @Field(() => UUID, { nullable: true, description: 'The accountable manager: a user who may change KPIs' }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'The accountable manager, only when outside the system' }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => KpiSource) source!: KpiSource;
  @Field(() => KpiCalculation, { nullable: true }) calculation?: KpiCalculation | null;
  @Field(() => Float, { nullable: true }) baselineValue?: number | null;
  @Field(() => LocalDateResolver, { nullable: true }) baselineDate?: string | null;
  @Field(() => [KpiMilestoneTargetInput], { nullable: true }) @ValidateNested() milestoneTargets?: KpiMilestoneTargetInput[];
}

@ArgsType()
class UpdateKpiArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 40) code?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) definition?: string;
  @Field(() => KpiUnit, { nullable: true }) @IfPresent() @IsNotEmpty() unit?: KpiUnit;
  @Field(() => KpiDirection, { nullable: true }) @IfPresent() @IsNotEmpty() direction?: KpiDirection;
  @Field(() => Float, { nullable: true }) @IfPresent() @IsNotEmpty() target?: number;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(0) amberTolerance?: number;
  @Field(() => KpiFrequency, { nullable: true }) @IfPresent() @IsNotEmpty() frequency?: KpiFrequency;
  @Field(() => ReportingCalendar, { nullable: true }) @IfPresent() @IsNotEmpty() calendar?: ReportingCalendar;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => KpiSource, { nullable: true }) @IfPresent() @IsNotEmpty() source?: KpiSource;
  @Field(() => KpiCalculation, { nullable: true }) calculation?: KpiCalculation | null;
  @Field(() => Float, { nullable: true }) baselineValue?: number | null;
  @Field(() => LocalDateResolver, { nullable: true }) baselineDate?: string | null;
  @Field(() => [KpiMilestoneTargetInput], { nullable: true }) @IfPresent() @ValidateNested() milestoneTargets?: KpiMilestoneTargetInput[];
}

/** KPIs in pounds (the cost of placements) are hidden, with their values, from those who may not see costs. */
export const mayReadKpi = (user: AuthUser, kpi: { unit: KpiUnit }): boolean => kpi.unit !== KpiUnit.POUNDS || mayReadCosts(user);
const readableKpis = (user: AuthUser) => (mayReadCosts(user) ? {} : { unit: { $ne: KpiUnit.POUNDS } });

export const kpis: ResourceDefinition<Kpi, KpiFilter> = {
  entity: Kpi,
  name: 'Kpi',
  plural: 'Kpis',
  filter: KpiFilter,
  tenancy: (user) => ({ localAuthority: { $in: user.localAuthorityIds }, ...readableKpis(user) }),
  // Holds nothing about a child: board members read it too.
  readRoles: EVERY_ROLE,
  writeRoles: FRAMEWORK_EDITORS,
  sortFields: { code: 'code', name: 'name', owner: 'owner', frequency: 'frequency', calendar: 'calendar' },
  defaultSort: { field: 'code', order: SortOrder.ASC },
  search: (q) => ({ $or: [{ code: { $ilike: `%${q}%` } }, { name: { $ilike: `%${q}%` } }] }),
};

type KpiRules = Pick<Kpi, 'unit' | 'source' | 'calculation' | 'target' | 'baselineValue' | 'baselineDate' | 'milestoneTargets' | 'calendar' | 'frequency'>;

/** A KPI counted in terms can only be in the academic year; any other in the financial year, as councils report, unless it says. */
export const defaultCalendar = (frequency: KpiFrequency): ReportingCalendar =>
  frequency === KpiFrequency.TERMLY ? ReportingCalendar.ACADEMIC : ReportingCalendar.FINANCIAL;

/** The rules a KPI definition must keep, checked on the record as it would be saved. */
function checkKpi(kpi: KpiRules): void {
  const errors = new FieldErrors();
  if (kpi.source === KpiSource.COMPUTED) {
    errors.check(Boolean(kpi.calculation), 'calculation', 'requiredForComputed', 'a computed KPI needs a named calculation');
    if (kpi.calculation) {
      const unit = kpiCalculation(kpi.calculation).unit;
      errors.check(unit === kpi.unit, 'unit', 'matchesCalculation', `must be ${unit.toLowerCase()}, the unit ${kpi.calculation} yields`);
    }
  } else {
    errors.check(!kpi.calculation, 'calculation', 'onlyForComputed', 'a manual KPI has no calculation: its values are entered with evidence');
  }
  checkInUnit(kpi.unit, kpi.target, 'target', errors);
  checkInUnit(kpi.unit, kpi.baselineValue, 'baselineValue', errors);
  errors.check(
    (kpi.baselineValue === null || kpi.baselineValue === undefined) === !kpi.baselineDate,
    'baselineDate',
    'withBaselineValue',
    'a baseline needs both its value and its date',
  );
  kpi.milestoneTargets.forEach((m, i) => checkInUnit(kpi.unit, m.target, `milestoneTargets.${i}.target`, errors));
  errors.check(fitsCalendar(kpi.calendar, kpi.frequency), 'frequency', 'fitsCalendar', 'terms belong to the academic calendar: choose it, or another frequency');
  errors.throwIfAny();
}

class KpiService extends ResourceService<Kpi, KpiFilter> {
  async create({ localAuthorityId, ownerUserId, owner, ...values }: CreateKpiArgs): Promise<Kpi> {
    this.assertWritableIn(localAuthorityId);
    const errors = new FieldErrors();
    const owners = await newOwner(this.em, this.definition, { ownerUserId, owner }, localAuthorityId, errors);
    errors.throwIfAny();
    const record = { ...values, ...owners, calendar: values.calendar ?? defaultCalendar(values.frequency), calculation: values.calculation ?? null, milestoneTargets: values.milestoneTargets ?? [] };
    checkKpi(record);
    return this.createRecord(localAuthorityId, record);
  }

  update({ ownerUserId, owner, ...args }: UpdateKpiArgs): Promise<Kpi> {
    return this.updateRecord(args, async (kpi) => {
      await changeOwner(this.em, this.definition, kpi, { ownerUserId, owner });
      checkKpi(kpi);
    });
  }

  async scorecard(localAuthorityId: string | null | undefined, asOf: string, periods: Partial<Periodicity>): Promise<KpiRow[]> {
    if (periods.calendar && periods.frequency) checkedPeriodicity(periods.calendar, periods.frequency);
    const scope = await this.scope();
    const where = localAuthorityId ? { $and: [scope, { localAuthority: localAuthorityId }] } : scope;
    const all = await this.em.find(Kpi, where, { orderBy: { code: 'asc', id: 'asc' } });
    return new KpiFigures(this.em).rows(all, asOf, TREND_LENGTH, periods);
  }

  async row(id: string, asOf: string): Promise<KpiRow> {
    const [row] = await new KpiFigures(this.em).rows([await this.get(id)], asOf, TREND_LENGTH);
    return row!;
  }

  async figures(id: string, from: string, to: string): Promise<KpiFigure[]> {
    checkDateRange(new FieldErrors(), from, to).throwIfAny();
    const kpi = await this.get(id);
    return new KpiFigures(this.em).figures(kpi, periodsBetween(kpi.calendar, kpi.frequency, from, to), today());
  }

  async recalculate(id: string, from: string, to: string): Promise<KpiValue[]> {
    checkDateRange(new FieldErrors(), from, to).throwIfAny();
    const kpi = await this.get(id);
    this.assertWritableIn(kpi.localAuthority.id);
    if (kpi.source !== KpiSource.COMPUTED) {
      throw new UserInputError([{ field: 'id', rule: 'computedOnly', message: 'only a computed KPI is recalculated; enter manual values with evidence' }]);
    }
    const values = await new KpiFigures(this.em).recalculate([{ kpi, periods: periodsBetween(kpi.calendar, kpi.frequency, from, to <= today() ? to : today()) }], new Date());
    await this.em.flush();
    return values;
  }
}

const service = (ctx: Context) => new KpiService(ctx, kpis);

@ArgsType()
class FigureRangeArgs {
  @Field(() => UUID) id!: string;
  @Field(() => LocalDateResolver, { description: 'From the period holding this date' }) from!: string;
  @Field(() => LocalDateResolver, { description: 'To the period holding this date' }) to!: string;
}

@Resolver(() => Kpi)
export class KpiResolver extends LocalAuthorityResourceResolver(kpis, service) {
  @Authorized(kpis.writeRoles)
  @Mutation(() => Kpi)
  createKpi(@Args(() => CreateKpiArgs) args: CreateKpiArgs, @Ctx() ctx: Context): Promise<Kpi> {
    return service(ctx).create(args);
  }

  @Authorized(kpis.writeRoles)
  @Mutation(() => Kpi)
  updateKpi(@Args(() => UpdateKpiArgs) args: UpdateKpiArgs, @Ctx() ctx: Context): Promise<Kpi> {
    return service(ctx).update(args);
  }

  @Authorized(kpis.writeRoles)
  @Mutation(() => [KpiValue], { description: 'Calculates a computed KPI for the periods and keeps the values; frozen ones stay as they were' })
  recalculateKpi(@Args(() => FigureRangeArgs) { id, from, to }: FigureRangeArgs, @Ctx() ctx: Context): Promise<KpiValue[]> {
    return service(ctx).recalculate(id, from, to);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [KpiRow], {
    description:
      "Every KPI with its figure for the period holding `asOf` (default today), its trend and milestone targets: in each KPI's own periods, or computed KPIs in the calendar and frequency asked for",
  })
  kpiScorecard(
    @Arg('localAuthorityId', () => UUID, { nullable: true }) localAuthorityId: string | null,
    @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null,
    @Arg('calendar', () => ReportingCalendar, { nullable: true, description: "Default each KPI's own" }) calendar: ReportingCalendar | null,
    @Arg('frequency', () => KpiFrequency, { nullable: true, description: "Default each KPI's own" }) frequency: KpiFrequency | null,
    @Ctx() ctx: Context,
  ): Promise<KpiRow[]> {
    return service(ctx).scorecard(localAuthorityId, asOf ?? today(), { calendar: calendar ?? undefined, frequency: frequency ?? undefined });
  }

  @Authorized(EVERY_ROLE)
  @Query(() => KpiRow, { description: 'One KPI as the scorecard shows it on `asOf` (default today), with its milestone targets against actuals' })
  kpiRow(@Arg('id', () => UUID) id: string, @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null, @Ctx() ctx: Context): Promise<KpiRow> {
    return service(ctx).row(id, asOf ?? today());
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [KpiFigure], { description: "A KPI's figure for each period between two dates" })
  kpiFigures(@Args(() => FigureRangeArgs) { id, from, to }: FigureRangeArgs, @Ctx() ctx: Context): Promise<KpiFigure[]> {
    return service(ctx).figures(id, from, to);
  }

  @FieldResolver(() => String, { description: "The owner in words: the user's name, or the name of someone outside the system" })
  ownerName(@Root() record: Kpi): Promise<string> {
    return ownerNameOf(record);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the named calculation counts' })
  calculationDescription(@Root() kpi: Kpi): string | null {
    return kpi.calculation ? kpiCalculation(kpi.calculation).description : null;
  }
}

@InputType()
export class KpiValueFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) kpiId?: string;
  @Field(() => LocalDateResolver, { nullable: true }) periodStart_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) periodStart_lte?: string;
}

@ArgsType()
class CreateKpiValueArgs {
  @Field(() => UUID) kpiId!: string;
  @Field(() => LocalDateResolver, { description: 'Any day of the period' }) date!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true }) numerator?: number | null;
  @Field(() => Float, { nullable: true }) denominator?: number | null;
  @Field(() => String, { nullable: true, description: 'Required: where the value comes from' }) @Length(0, 4000) evidence?: string | null;
  @Field(() => String, { nullable: true }) @Length(0, 8000) exceptionCommentary?: string | null;
  @Field(() => String, { nullable: true }) @Length(0, 8000) exceptionActions?: string | null;
}

@ArgsType()
class UpdateKpiValueArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Float, { nullable: true }) @IfPresent() @IsNotEmpty() value?: number;
  @Field(() => Float, { nullable: true }) numerator?: number | null;
  @Field(() => Float, { nullable: true }) denominator?: number | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) evidence?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 8000) exceptionCommentary?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 8000) exceptionActions?: string | null;
}

export const kpiValues: ResourceDefinition<KpiValue, KpiValueFilter> = {
  entity: KpiValue,
  name: 'KpiValue',
  plural: 'KpiValues',
  filter: KpiValueFilter,
  tenancy: (user) => ({ localAuthority: { $in: user.localAuthorityIds }, kpi: readableKpis(user) }),
  // Holds nothing about a child: board members read it too.
  readRoles: EVERY_ROLE,
  writeRoles: FRAMEWORK_EDITORS,
  sortFields: { periodStart: 'periodStart', value: 'value' },
  defaultSort: { field: 'periodStart', order: SortOrder.DESC },
};

const FIGURE_FIELDS = ['value', 'numerator', 'denominator', 'evidence'] as const;

class KpiValueService extends ResourceService<KpiValue, KpiValueFilter> {
  /** A manual KPI's value for one period, with its evidence. */
  async create({ kpiId, date, ...values }: CreateKpiValueArgs): Promise<KpiValue> {
    const errors = new FieldErrors();
    const kpi = await this.related(Kpi, 'kpiId', kpiId, 'caller', errors);
    errors.throwIfAny();
    errors.check(kpi!.source === KpiSource.MANUAL, 'kpiId', 'manualOnly', 'values of a computed KPI are calculated, not entered');
    this.checkValue(kpi!, values, errors);
    errors.throwIfAny();
    const period = periodContaining(kpi!.calendar, kpi!.frequency, date);
    return this.createRecord(kpi!.localAuthority.id, { ...values, kpi: kpi!, periodStart: period.start, periodEnd: period.end, period: period.label });
  }

  /** Exception notes can be written on any value; the figures of a frozen or computed one cannot change. */
  async update(args: UpdateKpiValueArgs): Promise<KpiValue> {
    // A form sends every field back: only a figure that actually changes counts as changing it.
    const before = await this.get(args.id);
    const changed = FIGURE_FIELDS.filter((f) => args[f] !== undefined && (args[f] ?? null) !== (before[f] ?? null));
    return this.updateRecord(args, async (value) => {
      const errors = new FieldErrors();
      const kpi = await value.kpi.loadOrFail();
      for (const field of changed) {
        errors
          .check(!value.frozenAt, field, 'notFrozen', 'was used by a published report and cannot change')
          .check(kpi.source === KpiSource.MANUAL, field, 'manualOnly', 'is calculated for a computed KPI');
      }
      if (kpi.source === KpiSource.MANUAL) this.checkValue(kpi, value, errors);
      errors.throwIfAny();
    });
  }

  private checkValue(kpi: Kpi, value: Pick<KpiValue, 'value' | 'numerator' | 'denominator' | 'evidence'>, errors: FieldErrors): void {
    errors.check(Boolean(value.evidence?.trim()), 'evidence', 'required', 'a manual value needs its evidence (a survey, a return, a minute)');
    checkInUnit(kpi.unit, value.value, 'value', errors);
    const { numerator, denominator } = value;
    errors.check((numerator ?? null) === null || (denominator ?? 0) > 0, 'denominator', 'positiveWithNumerator', 'must be more than 0 when a numerator is given');
  }
}

const valueService = (ctx: Context) => new KpiValueService(ctx, kpiValues);

@Resolver(() => KpiValue)
export class KpiValueResolver extends LocalAuthorityResourceResolver(kpiValues, valueService) {
  @Authorized(kpiValues.writeRoles)
  @Mutation(() => KpiValue)
  createKpiValue(@Args(() => CreateKpiValueArgs) args: CreateKpiValueArgs, @Ctx() ctx: Context): Promise<KpiValue> {
    return valueService(ctx).create(args);
  }

  @Authorized(kpiValues.writeRoles)
  @Mutation(() => KpiValue, { description: 'Corrects a manual value, or writes the exception note of a red one' })
  updateKpiValue(@Args(() => UpdateKpiValueArgs) args: UpdateKpiValueArgs, @Ctx() ctx: Context): Promise<KpiValue> {
    return valueService(ctx).update(args);
  }

  @FieldResolver(() => Rag, { description: "Against the KPI's target" })
  async rag(@Root() value: KpiValue, @Ctx() ctx: Context): Promise<Rag> {
    return ragOf(value.value, await relations(ctx).expect(value.kpi));
  }
}
