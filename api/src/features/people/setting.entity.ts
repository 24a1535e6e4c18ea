import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
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

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the inspection that gave the Ofsted rating' })
  @Property({ type: 'date', nullable: true })
  ofstedInspectionDate?: string | null;

  /**
   * Where a setting is, when it is not in the area of the authority that keeps its record: an
   * independent school in another county that a council places children in.
   */
  @Field(() => String, { nullable: true, description: "DfE code of the local authority area the setting is in; empty means the record's own authority" })
  @Property({ type: 'string', length: 3, nullable: true })
  areaAuthorityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of that local authority area' })
  @Property({ type: 'string', length: 200, nullable: true })
  areaAuthorityName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 8, nullable: true })
  postcode?: string | null;

  @Field(() => Float, { nullable: true, description: 'WGS84 latitude, for distances' })
  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'WGS84 longitude, for distances' })
  @Property({ type: 'double', nullable: true })
  longitude?: number | null;
}
