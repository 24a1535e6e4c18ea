import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { OfstedRating, Phase, SettingType } from './enums.js';

@Entity()
@ObjectType({ description: 'A school, college or other provider that can be named in section I of a plan' })
export class Setting extends LocalAuthorityRecord {
  @Field(() => String, { description: 'Unique reference number from Get Information about Schools' })
  @Property({ type: 'string', length: 8 })
  @Unique()
  urn!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => SettingType)
  @Enum({ items: () => SettingType })
  type!: SettingType;

  @Field(() => Phase)
  @Enum({ items: () => Phase })
  phase!: Phase;

  @Field(() => OfstedRating)
  @Enum({ items: () => OfstedRating })
  ofstedRating: OfstedRating & Opt = OfstedRating.NOT_YET_INSPECTED;
}
