import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { ProviderDocumentKind } from './enums.js';
import { Provider } from './provider.entity.js';

@Entity()
@ObjectType({ description: 'A document a provider holds and shares under its contract' })
export class ProviderDocument extends LocalAuthorityRecord {
  @ManyToOne(() => Provider, { ref: true, deleteRule: 'cascade' })
  @Index()
  provider!: Ref<Provider>;

  @Field(() => ProviderDocumentKind)
  @Enum({ items: () => ProviderDocumentKind })
  kind!: ProviderDocumentKind;

  @Field(() => LocalDateResolver, { description: 'Date of the version held' })
  @Property({ type: 'date' })
  documentDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the provider must send a new version' })
  @Property({ type: 'date', nullable: true })
  reviewDueDate?: string | null;
}
