import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { LocalAuthority } from '../../core/tenancy/local-authority.entity.js';
import { Setting, SettingType } from '../people/index.js';
import { Provider } from './provider.entity.js';
import type { CreateProviderArgs, ProviderFilter } from './provider.inputs.js';
import { providers } from './provider.resource.js';
import { INDEPENDENT_AND_NON_MAINTAINED, providerLocation } from './provider.rules.js';

/** Independent and non-maintained providers, and any provider outside the authority's own area. */
const INDEPENDENT_TYPES: SettingType[] = [...INDEPENDENT_AND_NON_MAINTAINED, SettingType.RESIDENTIAL];

export class ProviderService extends ResourceService<Provider, ProviderFilter> {
  async create({ localAuthorityId, settingId, ...values }: CreateProviderArgs): Promise<Provider> {
    this.assertWritableIn(localAuthorityId);
    const errors = new FieldErrors();
    const setting = await this.related(Setting, 'settingId', settingId, 'anywhere', errors);
    errors.throwIfAny();
    const authority = await this.em.findOneOrFail(LocalAuthority, localAuthorityId);
    const location = await providerLocation(setting!);
    const taken = await this.em.count(Provider, { localAuthority: localAuthorityId, setting: setting! });
    errors
      .check(taken === 0, 'settingId', 'unique', 'this authority already has this provider')
      .check(
        INDEPENDENT_TYPES.includes(setting!.type) || location.areaAuthorityCode !== authority.code,
        'settingId',
        'independentOrOutOfArea',
        'must be an independent, non-maintained or residential provider, or a setting outside the authority',
      )
      .throwIfAny();
    return this.createRecord(localAuthorityId, { ...values, setting: setting! });
  }
}

export const providerService = (ctx: Context) => new ProviderService(ctx, providers);
