import { ReferenceKind, sql, type EntityMetadata, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { isObjectType, type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { getMetadataStorage } from 'type-graphql';
import type { AuthUser } from '../auth/auth-user.js';
import { executePrepared, type Parameterized } from '../db/prepared.js';
import type { Context } from '../graphql/context.js';
import { whenQuiet } from '../request-context.js';
import { relations } from './relations.js';
import { mayBeHiddenFrom, mayRead, resourceOf, scopeOf, type AnyResource } from './resources.js';
import { requestedBelow, type Requested } from './selection.js';

/**
 * Lean reads: a list, a record and the relations asked of them, read in one SQL statement that builds
 * each record as JSON, with only the columns asked for, and no managed entity built for data that is
 * only read. Every relation is read through its resource's own scope inside that statement (a record
 * the caller may not see comes back null or is left out, as through the scoped loader), and the
 * records it returns are vouched for, so the field guard lets them through; field redactions still
 * apply to them, reading the stored values they need from `FACTS`.
 *
 * A level whose fields are not all stored (a field with its own resolver, a derived flag) is not read
 * lean: its records arrive as bare ids, which the guard loads as entities through their scope.
 */

/** A statement's text and values; `shared` when its text holds no value, so that it serves every request with its shape. */
type Compiled = Parameterized & { shared: boolean };

/** Where a lean record keeps the stored values its resource's redactions read (`moderator`, `status`). */
export const FACTS = '$facts';

/** On a field resolver that answers the entity's relation of the same name and nothing else. */
export const STORED_RELATION = 'storedRelation';

type FieldKind =
  | { kind: 'column'; column: string }
  | { kind: 'toOne'; column: string; target: AnyResource }
  | { kind: 'children'; target: AnyResource; column: string; orderBy: [string, 'asc' | 'desc'][] }
  | { kind: 'linked'; target: AnyResource; pivot: string; ownerColumn: string; targetColumn: string }
  | { kind: 'derived' };

interface Relation {
  key: string;
  kind: Exclude<FieldKind, { kind: 'column' | 'derived' }>;
  /** How to read the related records; null: only their ids, for the guard to load as entities. */
  node: LeanNode | null;
  /** Answered from the foreign key alone: only `id` is asked of shared reference data the rules cannot hide. */
  fromKey: boolean;
}

interface LeanNode {
  definition: AnyResource;
  meta: EntityMetadata;
  columns: [key: string, column: string][];
  relations: Relation[];
  facts: [key: string, kind: FieldKind][];
}

const IDENTIFIER = /^[A-Za-z_][\w$]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  return `"${name}"`;
}

function key(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain JSON key: ${name}`);
  return `'${name}'`;
}

const kinds = new Map<string, Map<string, FieldKind>>();

function singleColumn(prop: EntityProperty): string | null {
  return prop.fieldNames?.length === 1 ? prop.fieldNames[0]! : null;
}

function hasOwnResolver(definition: AnyResource, name: string): boolean {
  return getMetadataStorage().fieldResolvers.some(
    (resolver) => resolver.schemaName === name && (resolver.getObjectType?.() ?? resolver.target) === definition.entity,
  );
}

function propertyKind(prop: EntityProperty | undefined): FieldKind {
  const derived: FieldKind = { kind: 'derived' };
  if (!prop || prop.persist === false || prop.formula) return derived;
  const column = singleColumn(prop);
  if (prop.kind === ReferenceKind.SCALAR) return column ? { kind: 'column', column } : derived;
  const target = prop.targetMeta ? resourceOf(prop.targetMeta.class) : undefined;
  if (!target) return derived;
  if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
    return column ? { kind: 'toOne', column, target } : derived;
  }
  if (prop.kind === ReferenceKind.ONE_TO_MANY) {
    const back = singleColumn(prop.targetMeta!.properties[prop.mappedBy]!);
    const orderBy: [string, 'asc' | 'desc'][] = [];
    for (const order of [prop.orderBy ?? []].flat() as Record<string, string>[]) {
      for (const [name, direction] of Object.entries(order)) {
        const ordered = prop.targetMeta!.properties[name];
        const orderColumn = ordered?.kind === ReferenceKind.SCALAR ? singleColumn(ordered) : null;
        if (!orderColumn) return derived;
        orderBy.push([orderColumn, String(direction).toLowerCase().startsWith('desc') ? 'desc' : 'asc']);
      }
    }
    return back ? { kind: 'children', target, column: back, orderBy } : derived;
  }
  if (prop.kind === ReferenceKind.MANY_TO_MANY && prop.owner && prop.joinColumns.length === 1 && prop.inverseJoinColumns.length === 1) {
    return { kind: 'linked', target, pivot: prop.pivotTable, ownerColumn: prop.joinColumns[0]!, targetColumn: prop.inverseJoinColumns[0]! };
  }
  return derived;
}

/** How a field of a resource's GraphQL type is answered: from a column, a relation, or something derived. */
function fieldKind(schema: GraphQLSchema, meta: EntityMetadata, definition: AnyResource, name: string): FieldKind {
  let known = kinds.get(definition.name);
  if (!known) {
    known = new Map();
    kinds.set(definition.name, known);
  }
  let found = known.get(name);
  if (!found) {
    const type = schema.getType(definition.name);
    const field = isObjectType(type) ? (type.getFields()[name] as GraphQLField<unknown, unknown> | undefined) : undefined;
    const ownResolver = hasOwnResolver(definition, name) && !field?.extensions?.[STORED_RELATION];
    found = !field || field.args.length > 0 || ownResolver ? { kind: 'derived' } : propertyKind(meta.properties[name]);
    known.set(name, found);
  }
  return found;
}

function onlyId(requested: Requested): boolean {
  return [...requested.fields.keys()].every((name) => name === 'id');
}

/** The lean reading of a record and what is asked of it, or null when some field asked is derived. */
function planNode(em: EntityManager, schema: GraphQLSchema, definition: AnyResource, requested: Requested): LeanNode | null {
  const meta = em.getMetadata().get(definition.entity.name);
  const node: LeanNode = { definition, meta, columns: [['id', singleColumn(meta.properties.id!)!]], relations: [], facts: [] };
  for (const [name, below] of requested.fields) {
    if (name === 'id') continue;
    const kind = fieldKind(schema, meta, definition, name);
    if (kind.kind === 'derived' || requested.withArguments.has(name)) return null;
    if (kind.kind === 'column') {
      node.columns.push([name, kind.column]);
      continue;
    }
    const inner = below ?? { fields: new Map(), withArguments: new Set<string>() };
    // Even a record of the caller's own authority is checked against its scope: data that broke the
    // rule that records only point within their authority must not show an id; shared records need no check.
    const fromKey = kind.kind === 'toOne' && onlyId(inner) && kind.target.tenancy === 'shared' && !mayBeHiddenFrom(definition, kind.target);
    node.relations.push({ key: name, kind, node: fromKey ? null : planNode(em, schema, kind.target, inner), fromKey });
  }
  for (const redaction of definition.redactions ?? []) {
    for (const name of redaction.reads ?? []) {
      const kind = propertyKind(meta.properties[name]);
      if (kind.kind !== 'column' && kind.kind !== 'toOne') throw new Error(`${definition.name}.${name}, read by a redaction, is not stored on the record`);
      node.facts.push([name, kind]);
    }
  }
  return node;
}

/**
 * A value as the driver sends it, meaning what MikroORM's platform would write in its place: a time as
 * the UTC instant it writes; undefined for a value it alone knows how to write (a JSON value, a buffer).
 */
function parameter(value: unknown): { value: unknown } | undefined {
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean' || value === null) return { value };
  if (value instanceof Date) return { value: value.toISOString() };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return { value };
  return undefined;
}

/** Thrown while building a statement with placeholders when some value cannot be one. */
class NotAParameter extends Error {}

/**
 * The text of a statement with its values as placeholders, so that it is the same for every caller and
 * record it is asked for and PostgreSQL can keep its plan; or (`inline`) with every value written in
 * by MikroORM's platform, for a statement holding a value that cannot be sent apart.
 */
class Binder {
  readonly values: unknown[] = [];

  constructor(
    protected readonly em: EntityManager,
    protected readonly inline: boolean,
  ) {}

  private param(value: unknown): string {
    const sent = parameter(value);
    if (!sent) throw new NotAParameter();
    this.values.push(sent.value);
    return `$${this.values.length}`;
  }

  /** `column` is one of `ids`. */
  oneOf(column: string, ids: readonly string[]): string {
    return this.inline ? this.em.getPlatform().formatQuery(`${column} in (?)`, [ids]) : `${column} = any(${this.param(ids)})`;
  }

  /** A MikroORM query's SQL, its placeholders numbered among this statement's. */
  query(qb: QueryBuilder<object>): string {
    if (this.inline) return qb.getFormattedQuery();
    const { sql, params } = qb.toQuery();
    // The only `$n` in MikroORM's native SQL are its placeholders: every value is one of them.
    return sql.replace(/\$(\d+)/g, (_, n: string) => this.param(params[Number(n) - 1]));
  }

  statement(text: string): Compiled {
    return { text, values: this.values, shared: !this.inline };
  }
}

/** Builds a statement with placeholders where every value can be one, else with them written in. */
function compiled(build: (inline: boolean) => Compiled): Compiled {
  try {
    return build(false);
  } catch (error) {
    if (!(error instanceof NotAParameter)) throw error;
    return build(true);
  }
}

/** Builds the SQL of a lean read for one caller, every value a placeholder or formatted by MikroORM's own platform. */
class Statement extends Binder {
  private aliases = 0;

  constructor(
    em: EntityManager,
    private readonly user: AuthUser,
    inline: boolean,
  ) {
    super(em, inline);
  }

  alias(): string {
    this.aliases += 1;
    // MikroORM names its own joins with a letter and a number, never with an underscore.
    return `x_${this.aliases}`;
  }

  private table(node: { meta: EntityMetadata }): string {
    return identifier(node.meta.tableName);
  }

  /** What the caller may see of a resource, as a condition on `alias`: its own scoped read. */
  scope(definition: AnyResource, alias: string): string {
    const { tenancy } = definition;
    if (tenancy === 'shared') return 'true';
    const ids = this.user.localAuthorityIds;
    if (tenancy === 'self' || tenancy === 'owned') {
      if (ids.length === 0) return 'false';
      const meta = this.em.getMetadata().get(definition.entity.name);
      const column = singleColumn(meta.properties[tenancy === 'self' ? 'id' : 'localAuthority']!)!;
      return this.oneOf(`${alias}.${identifier(column)}`, ids);
    }
    // Any other rule is MikroORM's to compile, as for the scoped loader, checked for this very record.
    const inner = this.alias();
    const where = { $and: [{ id: sql.ref(`${alias}.id`) }, scopeOf(definition, this.user)] } as FilterQuery<object>;
    return `exists (${this.query(this.em.createQueryBuilder(definition.entity, inner).select(sql`1`).where(where) as QueryBuilder<object>)})`;
  }

  private value(kind: FieldKind, alias: string): string {
    if (kind.kind === 'column') return `${alias}.${identifier(kind.column)}`;
    if (kind.kind === 'toOne') return this.keyOnly(`${alias}.${identifier(kind.column)}`);
    throw new Error('only stored values are facts');
  }

  private keyOnly(column: string): string {
    return `case when ${column} is null then null else json_build_object('id', ${column}) end`;
  }

  private relation(parent: string, relation: Relation): string {
    const { kind, node } = relation;
    const many = kind.kind !== 'toOne';
    if (!mayRead(kind.target, this.user)) return many ? `'[]'::json` : 'null';
    if (kind.kind === 'toOne' && !node) return this.keyOnly(`${parent}.${identifier(kind.column)}`);
    const alias = this.alias();
    const meta = this.em.getMetadata().get(kind.target.entity.name);
    const target = { meta };
    // A relation not read lean is read here as ids only; the guard loads each through its scope.
    const record = node ? this.record(node, alias) : `json_build_object('id', ${alias}."id")`;
    const scope = node ? ` and ${this.scope(kind.target, alias)}` : '';
    if (kind.kind === 'toOne') {
      return `(select ${record} from ${this.table(target)} as ${alias} where ${alias}."id" = ${parent}.${identifier(kind.column)}${scope})`;
    }
    if (kind.kind === 'children') {
      const order = [...kind.orderBy, ['id', 'asc'] as const].map(([column, direction]) => `${alias}.${identifier(column)} ${direction}`).join(', ');
      return `coalesce((select json_agg(${record} order by ${order}) from ${this.table(target)} as ${alias}
        where ${alias}.${identifier(kind.column)} = ${parent}."id"${scope}), '[]'::json)`;
    }
    const link = this.alias();
    return `coalesce((select json_agg(${record} order by ${alias}."id") from ${this.table(target)} as ${alias}
      join ${identifier(kind.pivot)} as ${link} on ${link}.${identifier(kind.targetColumn)} = ${alias}."id"
      where ${link}.${identifier(kind.ownerColumn)} = ${parent}."id"${scope}), '[]'::json)`;
  }

  /** The JSON of one record at `alias`, with what is asked of it. */
  record(node: LeanNode, alias: string): string {
    const pairs = [
      ...node.columns.map(([name, column]) => `${key(name)}, ${alias}.${identifier(column)}`),
      ...node.relations.map((relation) => `${key(relation.key)}, ${this.relation(alias, relation)}`),
    ];
    if (node.facts.length > 0) {
      pairs.push(`'${FACTS}', json_build_object(${node.facts.map(([name, kind]) => `${key(name)}, ${this.value(kind, alias)}`).join(', ')})`);
    }
    // json_build_object takes at most 100 arguments.
    const chunks: string[] = [];
    for (let i = 0; i < pairs.length; i += 50) chunks.push(`jsonb_build_object(${pairs.slice(i, i + 50).join(', ')})`);
    return chunks.length === 1 ? `json_build_object(${pairs.join(', ')})` : `(${chunks.join(' || ')})::json`;
  }

  /** The records whose ids `ids` (a formatted query) selects, in its order, as one JSON array. */
  page(node: LeanNode, ids: string): string {
    const alias = this.alias();
    return `select coalesce(json_agg(${this.record(node, alias)} order by page.n), '[]'::json)
      from unnest(array(${ids})) with ordinality as page(id, n) join ${this.table(node)} as ${alias} on ${alias}."id" = page.id`;
  }
}

/** Marks the records a lean read returned, and the records it read in them, as read through their scope. */
function vouch(ctx: Context, node: LeanNode, record: Record<string, unknown>): void {
  relations(ctx).vouch([record]);
  for (const { key: name, node: inner, fromKey } of node.relations) {
    const value = record[name];
    if (value === null || value === undefined) continue;
    if (fromKey) relations(ctx).vouch([value as object]);
    if (!inner) continue;
    for (const item of Array.isArray(value) ? value : [value]) vouch(ctx, inner, item as Record<string, unknown>);
  }
}

/** What a lean read needs: the resource, the field being resolved, and the filter that picks its records. */
export interface LeanQuery<T> {
  definition: AnyResource;
  info: GraphQLResolveInfo;
  where: FilterQuery<T>;
  orderBy?: QueryOrderMap<T>[];
  limit?: number;
  offset?: number;
}

/** Filters or sorts that go through a to-many relation could repeat a record; those are read the usual way. */
function crossesToMany(em: EntityManager, meta: EntityMetadata, condition: unknown): boolean {
  if (Array.isArray(condition)) return condition.some((part) => crossesToMany(em, meta, part));
  if (condition === null || typeof condition !== 'object' || condition instanceof Date) return false;
  for (const [name, value] of Object.entries(condition)) {
    if (name === '$and' || name === '$or' || name === '$not') {
      if (crossesToMany(em, meta, value)) return true;
      continue;
    }
    const prop = meta.properties[name];
    if (!prop || prop.kind === ReferenceKind.SCALAR) continue;
    if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) {
      const operators = value && typeof value === 'object' ? Object.keys(value) : [];
      if (operators.length === 0 || operators.some((operator) => !['$some', '$none', '$every'].includes(operator))) return true;
      continue;
    }
    if (value && typeof value === 'object' && crossesToMany(em, prop.targetMeta!, value)) return true;
  }
  return false;
}

/**
 * The SQL MikroORM and this module write for a question is the same every time it is asked by the
 * same caller: it is kept, so that a repeated list costs the database its work and Node almost none.
 * Keys hold everything the text depends on (what is asked, the filter, the caller's id, roles and
 * authorities); a filter with a raw fragment, whose key would not say what it means, is not kept.
 */
const statements = new LRUCache<string, Compiled>({ max: 2000 });
const nodes = new LRUCache<string, { node: LeanNode | null }>({ max: 2000 });

function keyOf(value: unknown): string | null {
  const text = JSON.stringify(value);
  // A raw fragment serialises as `[raw]: <sql> (#n)`, numbered afresh each time: such a key would never match.
  return text.includes('[raw]: ') ? null : text;
}

function shapeKey(requested: Requested): string {
  return [...requested.fields].map(([name, below]) => (below ? `${name}{${shapeKey(below)}}` : name)).join(' ');
}

function callerKey(user: AuthUser): string {
  return JSON.stringify([user.id, user.roles, user.localAuthorityIds]);
}

/**
 * Lean reads asked together (a list and its count are two root fields) go to the database as one
 * statement, each its own column: a statement costs the process a query build, a socket write and a
 * parse, which for a list page is as much as building its JSON. Sent, like the scoped loader's
 * batches, when the request has no statement in flight.
 */
const together = new WeakMap<Context, DataLoader<Compiled, unknown>>();

/** The statements asked together as one: each one's placeholders numbered after those before it. */
function combined(parts: readonly Compiled[]): Compiled {
  const values: unknown[] = [];
  const columns = parts.map((part, i) => {
    const offset = values.length;
    values.push(...part.values);
    // A text with values has no literal in it that could hold a `$n` (see Binder); one without has no placeholders.
    const text = offset === 0 || part.values.length === 0 ? part.text : part.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    return `(${text}) as "${i}"`;
  });
  return { text: `select ${columns.join(', ')}`, values, shared: parts.every((part) => part.shared) };
}

function valueOf(ctx: Context, statement: Compiled): Promise<unknown> {
  let loader = together.get(ctx);
  if (!loader) {
    loader = new DataLoader<Compiled, unknown>(
      async (parts) => {
        const one = combined(parts);
        // Only a text that serves others is prepared: one with this request's values written in would not be run again.
        const [row] = await executePrepared<Record<string, unknown>>(ctx.em, one, one.shared);
        return parts.map((_, i) => row![String(i)]);
      },
      { cache: false, batchScheduleFn: whenQuiet },
    );
    together.set(ctx, loader);
  }
  return loader.load(statement);
}

function remembered(key: string | null, compile: () => Compiled): Compiled {
  if (key === null) return compile();
  let statement = statements.get(key);
  if (statement === undefined) {
    statement = compile();
    statements.set(key, statement);
  }
  return statement;
}

/**
 * Reads the records `query` picks, lean, in one statement (shared with the lean reads asked with it); null when the selection asks for something
 * only an entity can answer, or the filter crosses a to-many relation: the caller then reads entities.
 */
export async function leanRead<T>(ctx: Context, query: LeanQuery<T>): Promise<Record<string, unknown>[] | null> {
  const { em } = ctx;
  const user = ctx.user!;
  const { definition } = query;
  const requested = requestedBelow(query.info);
  const shape = `${definition.name}{${shapeKey(requested)}}`;
  let planned = nodes.get(shape);
  if (!planned) {
    planned = { node: planNode(em, query.info.schema, definition, requested) };
    nodes.set(shape, planned);
  }
  const { node } = planned;
  if (!node || crossesToMany(em, node.meta, query.where) || crossesToMany(em, node.meta, query.orderBy ?? [])) return null;
  const picked = keyOf([query.where, query.orderBy, query.limit, query.offset]);
  const statement = remembered(picked && `read ${shape} ${callerKey(user)} ${picked}`, () =>
    compiled((inline) => {
      const built = new Statement(em, user, inline);
      const ids = em.createQueryBuilder(definition.entity, built.alias()).select('id').where(query.where as object);
      if (query.orderBy) ids.orderBy(query.orderBy as never);
      if (query.limit !== undefined) ids.limit(query.limit).offset(query.offset ?? 0);
      return built.statement(built.page(node, built.query(ids as QueryBuilder<object>)));
    }),
  );
  const records = (await valueOf(ctx, statement)) as Record<string, unknown>[];
  for (const record of records) vouch(ctx, node, record);
  return records;
}

/** How many records `where` picks, as `em.count` counts them, its SQL kept like a lean read's. */
export async function leanCount<T extends object>(ctx: Context, definition: AnyResource, where: FilterQuery<T>): Promise<number> {
  const { em } = ctx;
  const picked = keyOf(where);
  const statement = remembered(picked && `count ${definition.name} ${picked}`, () => {
    const distinct = crossesToMany(em, em.getMetadata().get(definition.entity.name), where);
    return compiled((inline) => {
      const built = new Binder(em, inline);
      return built.statement(built.query(em.createQueryBuilder(definition.entity).count('id', distinct).where(where as object) as QueryBuilder<object>));
    });
  });
  return Number(await valueOf(ctx, statement));
}
