import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../tenancy/local-authority-record.js';

/**
 * How one local authority's export reads as one kind of import: the header its system gives each
 * column, and the codes it uses where the product's differ (its need codes, its setting types).
 */
@Entity()
@Unique({ properties: ['localAuthority', 'kind', 'name'] })
@ObjectType({ description: "A saved column mapping: how a local authority's export of one kind reads" })
export class ImportMapping extends LocalAuthorityRecord {
  @Field(() => String, { description: 'The import kind (ImportKind) it maps' })
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => JSONObjectResolver, { description: '{ column: header }: the header of each column in the export; a column not named keeps its own name' })
  @Property({ type: 'json' })
  headers!: Record<string, string>;

  @Field(() => JSONObjectResolver, { description: "{ column: { theirCode: productCode } }: the export's codes for a coded column" })
  @Property({ type: 'json' })
  codes!: Record<string, Record<string, string>>;
}

/** One confirmed import: which file, read how, and what it did. Its changes name it as their cause. */
@Entity()
@Index({ properties: ['localAuthority', 'kind', 'fileHash'] })
@ObjectType({ description: 'A confirmed import of a file: every change it made names it in the change history (cause `ImportRun:<id>`)' })
export class ImportRun extends LocalAuthorityRecord {
  @Field(() => String, { description: 'The import kind (ImportKind)' })
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  filename!: string;

  @Field(() => String, { description: 'SHA-256 of the file, hex' })
  @Property({ type: 'string', length: 64 })
  fileHash!: string;

  @Field(() => String, { description: 'The mapping it was read with' })
  @Property({ type: 'string', length: 100 })
  mappingName!: string;

  @Field(() => String, { nullable: true, description: "The workbook's sheet read" })
  @Property({ type: 'string', length: 100, nullable: true })
  sheet?: string | null;

  @Field(() => String, { description: 'Who confirmed it' })
  @Property({ type: 'string', length: 320 })
  importedBy!: string;

  @Field(() => Int) @Property({ type: 'integer' }) rowCount!: number;
  @Field(() => Int) @Property({ type: 'integer' }) created!: number;
  @Field(() => Int) @Property({ type: 'integer' }) updated!: number;
  @Field(() => Int) @Property({ type: 'integer' }) unchanged!: number;
}
