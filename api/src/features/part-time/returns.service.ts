import { Field, ObjectType } from 'type-graphql';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { halfTermEnd } from '../../core/school-calendar.js';
import { Setting, SettingType } from '../people/index.js';
import { importReturn, type PartTimeImportReport } from './import.js';
import type { HalfTermArgs, ImportReturnArgs, SchoolReturnFilter } from './returns.inputs.js';
import { schoolReturns } from './returns.resource.js';
import { SchoolReturn } from './timetable.entity.js';
import { partTimeTimetables } from './timetable.resource.js';
import { PartTimeTimetableService } from './timetable.service.js';

/** The settings that send half-termly returns: schools, special schools and alternative provision. */
export const RETURNING_SETTING_TYPES = [SettingType.MAINSTREAM, SettingType.RESOURCED_PROVISION, SettingType.SPECIAL, SettingType.ALTERNATIVE_PROVISION];

@ObjectType({ description: "One school's line in the register of half-termly returns" })
export class ReturnRegisterEntry {
  @Field(() => Setting) setting!: Setting;
  @Field(() => SchoolReturn, { nullable: true }) schoolReturn?: SchoolReturn | null;
  @Field(() => Boolean) returned!: boolean;
  @Field(() => Boolean, { description: 'Not returned, and the half-term is over' }) missing!: boolean;
}

export class SchoolReturnService extends ResourceService<SchoolReturn, SchoolReturnFilter> {
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

export const schoolReturnService = (ctx: Context) => new SchoolReturnService(ctx, schoolReturns);
