import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Setting } from '../people/setting.entity.js';
import { ContractFramework } from './enums.js';

/**
 * A commissioning authority's record of a provider it places children with. The provider itself is the
 * shared `Setting` (URN, name, type, Ofsted rating, the authority it sits in); this adds what the
 * commissioner holds about it, so URN, name and rating are never stored twice.
 */
@Entity()
@Unique({ properties: ['localAuthority', 'setting'] })
@ObjectType({ description: 'A provider a local authority places children with, and its contract' })
export class Provider extends LocalAuthorityRecord {
  @ManyToOne(() => Setting, { ref: true, deleteRule: 'restrict' })
  @Index()
  setting!: Ref<Setting>;

  @Field(() => Boolean, { description: 'Provides residential care (a children\'s home or residential school)' })
  @Property({ type: 'boolean' })
  residential: boolean & Opt = false;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the last Ofsted inspection' })
  @Property({ type: 'date', nullable: true })
  lastInspectionDate?: string | null;

  @Field(() => ContractFramework)
  @Enum({ items: () => ContractFramework })
  contractFramework!: ContractFramework;

  @Field(() => String)
  @Property({ type: 'string', length: 10 })
  postcode!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  longitude!: number;
}
