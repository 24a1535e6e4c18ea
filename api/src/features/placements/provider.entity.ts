import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Setting } from '../people/index.js';
import { PurchasingRoute } from './enums.js';
import { ProviderDocument } from './provider-document.entity.js';

/**
 * A setting this authority buys placements from, and the terms it buys them on. The school or college
 * itself (URN, type, Ofsted judgement, where it is) is the shared Setting record, so a provider is
 * never described twice; what is one council's own (the contract, the documents it holds) is here.
 */
@Entity()
@Unique({ properties: ['localAuthority', 'setting'] })
@ObjectType({ description: "An independent or non-maintained provider under one authority's contract" })
export class Provider extends LocalAuthorityRecord {
  @Field(() => Setting, { description: 'The school or college: URN, type, Ofsted judgement, location' })
  @ManyToOne(() => Setting, { ref: true, deleteRule: 'restrict' })
  @Index()
  setting!: Ref<Setting>;

  @Field(() => PurchasingRoute)
  @Enum({ items: () => PurchasingRoute })
  purchasingRoute!: PurchasingRoute;

  @Field(() => String, { nullable: true, description: 'Contract or framework agreement reference' })
  @Property({ type: 'string', length: 100, nullable: true })
  contractReference?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the contract or framework agreement ends' })
  @Property({ type: 'date', nullable: true })
  contractEndDate?: string | null;

  @Field(() => Boolean, { description: 'On the Section 41 list of approved independent special schools and colleges' })
  @Property({ type: 'boolean' })
  section41Approved: boolean & Opt = false;

  @Field(() => [ProviderDocument])
  @OneToMany(() => ProviderDocument, (document) => document.provider)
  documents = new Collection<ProviderDocument>(this);
}
