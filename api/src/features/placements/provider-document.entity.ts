import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { ProviderDocumentKind } from './enums.js';
import { Provider } from './provider.entity.js';

/** A policy, report or cost breakdown the contract requires a provider to share, with its dates. */
@Entity()
@ObjectType({ description: 'A document a provider holds and shares under its contract' })
export class ProviderDocument extends LocalAuthorityRecord {
  @Field(() => Provider)
  @ManyToOne(() => Provider, { ref: true, deleteRule: 'cascade' })
  @Index()
  provider!: Ref<Provider>;

  @Field(() => ProviderDocumentKind)
  @Enum({ items: () => ProviderDocumentKind })
  kind!: ProviderDocumentKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => LocalDateResolver, { description: 'The date on the document (policy adopted, report published)' })
  @Property({ type: 'date' })
  documentDate!: string;

  @Field(() => LocalDateResolver, { description: 'When the council received it' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the provider must send a new one' })
  @Property({ type: 'date', nullable: true })
  @Index()
  reviewDue?: string | null;
}
