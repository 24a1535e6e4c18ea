import { Entity, Index, ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseRecord } from '../db/base-record.js';
import { LocalAuthority } from './local-authority.entity.js';

/** A record that belongs to one local authority: only that authority's users can see or change it. */
@Entity({ abstract: true })
@ObjectType()
export abstract class LocalAuthorityRecord extends BaseRecord {
  @ManyToOne(() => LocalAuthority, { ref: true, deleteRule: 'restrict' })
  @Index()
  localAuthority!: Ref<LocalAuthority>;
}
