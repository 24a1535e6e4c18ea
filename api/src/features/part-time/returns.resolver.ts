import { Max, MaxLength, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { ReadOnlyResourceResolver } from '../../core/graphql/resource.resolver.js';
import { SettingType, Setting } from '../people/index.js';
import { halfTermEnd } from '../../core/school-calendar.js';
import { importReturn, PartTimeImportReport } from './import.js';
import { SchoolReturn } from './timetable.entity.js';
import { partTimeTimetables } from './timetable.resolver.js';
import { PartTimeTimetableService } from './timetable.service.js';
import { UUID } from '../../core/graphql/uuid.js';

/** The settings that send half-termly returns: schools, special schools and alternative provision. */
export const RETURNING_SETTING_TYPES = [SettingType.MAINSTREAM, SettingType.RESOURCED_PROVISION, SettingType.SPECIAL, SettingType.ALTERNATIVE_PROVISION];

@InputType()
export class SchoolReturnFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) settingId?: string;
  @Field(() => Int, { nullable: true }) academicYear?: number;
  @Field(() => Int, { nullable: true }) halfTerm?: number;
}

export const schoolReturns: ResourceDefinition<SchoolReturn, SchoolReturnFilter> = {
  entity: SchoolReturn,
  name: 'SchoolReturn',
  plural: 'SchoolReturns',
  filter: SchoolReturnFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { receivedOn: 'receivedOn', academicYear: 'academicYear', halfTerm: 'halfTerm', setting: 'setting.name' },
  defaultSort: { field: 'receivedOn', order: SortOrder.DESC },
};

@ArgsType()
class HalfTermArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => Int, { description: 'The year the academic year starts: 2025 for 2025/26' }) @Min(2000) @Max(2100) academicYear!: number;
  @Field(() => Int, { description: '1 to 6' }) @Min(1) @Max(6) halfTerm!: number;
}

/** Room for the largest return a school sends (18,000 rows at about 1,000 characters each), within the body limit. */
export const MAX_RETURN_LENGTH = 20 * 1024 * 1024;

@ArgsType()
class ImportReturnArgs extends HalfTermArgs {
  @Field(() => UUID, { description: 'The school sending the return' }) settingId!: string;
  @Field(() => String, { description: 'The return as CSV text, with a header row; a header alone is a nil return' })
  @MaxLength(MAX_RETURN_LENGTH)
  csv!: string;
}

@ObjectType({ description: "One school's line in the register of half-termly returns" })
export class ReturnRegisterEntry {
  @Field(() => Setting) setting!: Setting;
  @Field(() => SchoolReturn, { nullable: true }) schoolReturn?: SchoolReturn | null;
  @Field(() => Boolean) returned!: boolean;
  @Field(() => Boolean, { description: 'Not returned, and the half-term is over' }) missing!: boolean;
}

class SchoolReturnService extends ResourceService<SchoolReturn, SchoolReturnFilter> {
  async register({ localAuthorityId, academicYear, halfTerm }: HalfTermArgs): Promise<ReturnRegisterEntry[]> {
    authoritiesAsked(this.user, localAuthorityId);
    const settings = await this.em.find(Setting, { localAuthority: localAuthorityId, type: { $in: RETURNING_SETTING_TYPES } }, { orderBy: { name: 'asc', id: 'asc' } });
    const returns = await this.em.find(SchoolReturn, { localAuthority: localAuthorityId, academicYear, halfTerm });
    const bySetting = new Map(returns.map((r) => [r.setting.id, r]));
    const over = halfTermEnd(academicYear, halfTerm) < today();
    return settings.map((setting) => {
      const schoolReturn = bySetting.get(setting.id) ?? null;
      return { setting, schoolReturn, returned: !!schoolReturn, missing: !schoolReturn && over };
    });
  }

  async import({ localAuthorityId, settingId, academicYear, halfTerm, csv }: ImportReturnArgs): Promise<PartTimeImportReport> {
    this.assertWritableIn(localAuthorityId);
    const errors = new FieldErrors();
    const setting = await this.related(Setting, 'settingId', settingId, localAuthorityId, errors);
    errors.throwIfAny();
    return importReturn(this.em, new PartTimeTimetableService(this.ctx, partTimeTimetables), { localAuthorityId, setting: setting!, academicYear, halfTerm }, csv);
  }
}

const service = (ctx: Context) => new SchoolReturnService(ctx, schoolReturns);

@Resolver(() => SchoolReturn)
export class SchoolReturnResolver extends ReadOnlyResourceResolver(schoolReturns, service) {
  @Authorized()
  @Query(() => [ReturnRegisterEntry], { description: 'Which schools have sent their return for a half-term, the missing ones flagged' })
  schoolReturnRegister(@Args(() => HalfTermArgs) args: HalfTermArgs, @Ctx() ctx: Context): Promise<ReturnRegisterEntry[]> {
    return service(ctx).register(args);
  }

  @Authorized(schoolReturns.writeRoles)
  @Mutation(() => PartTimeImportReport, { description: "Import a school's half-termly return: every row or, if any is invalid, none" })
  importPartTimeReturn(@Args(() => ImportReturnArgs) args: ImportReturnArgs, @Ctx() ctx: Context): Promise<PartTimeImportReport> {
    return service(ctx).import(args);
  }
}

