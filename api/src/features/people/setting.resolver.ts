import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { Setting } from './setting.entity.js';
import { CreateSettingArgs, UpdateSettingArgs } from './setting.inputs.js';
import { settings } from './setting.resource.js';
import { settingService } from './setting.service.js';

@Resolver(() => Setting)
export class SettingResolver extends LocalAuthorityResourceResolver(settings) {
  @Authorized(settings.writeRoles)
  @Mutation(() => Setting)
  createSetting(@Args(() => CreateSettingArgs) args: CreateSettingArgs, @Ctx() ctx: Context): Promise<Setting> {
    return settingService(ctx).create(args);
  }

  @Authorized(settings.writeRoles)
  @Mutation(() => Setting)
  updateSetting(@Args(() => UpdateSettingArgs) args: UpdateSettingArgs, @Ctx() ctx: Context): Promise<Setting> {
    return settingService(ctx).update(args);
  }
}
