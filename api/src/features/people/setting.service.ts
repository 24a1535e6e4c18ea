import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { Setting } from './setting.entity.js';
import type { CreateSettingArgs, SettingFilter, UpdateSettingArgs } from './setting.inputs.js';
import { settings } from './setting.resource.js';

export class SettingService extends ResourceService<Setting, SettingFilter> {
  private async check(setting: Pick<Setting, 'urn' | 'ofstedInspectionDate' | 'latitude' | 'longitude'>, exceptId?: string): Promise<void> {
    const taken = await this.em.count(Setting, { urn: setting.urn, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    const located = [setting.latitude, setting.longitude].filter((c) => c !== null && c !== undefined).length;
    new FieldErrors()
      .check(taken === 0, 'urn', 'unique', 'another setting already has this URN')
      .check(!setting.ofstedInspectionDate || setting.ofstedInspectionDate <= today(), 'ofstedInspectionDate', 'notInFuture', 'must not be in the future')
      .check(located !== 1, 'longitude', 'bothCoordinates', 'give both latitude and longitude, or neither')
      .throwIfAny();
  }

  async create({ localAuthorityId, ...values }: CreateSettingArgs): Promise<Setting> {
    await this.check(values);
    return this.createRecord(localAuthorityId, values);
  }

  update(args: UpdateSettingArgs): Promise<Setting> {
    return this.updateRecord(args, (setting) => this.check(setting, setting.id));
  }
}

export const settingService = (ctx: Context) => new SettingService(ctx, settings);
