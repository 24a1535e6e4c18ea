import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { EntityClass } from '@mikro-orm/core';
import type { Context } from '../graphql/context.js';
import { FACTS } from './lean.js';
import { relations } from './relations.js';
import { mayBeHiddenFrom, resourceNamed, type AnyResource } from './resources.js';

/**
 * A non-null field whose record the rules may hide must say why it never is (`@Extensions`), or be
 * nullable: the answer for a record the caller may not see is null.
 */
export const VISIBLE_WITH_PARENT = 'visibleWithParent';

type Field = GraphQLField<unknown, Context>;

function isPromise(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** Without a promise where the field gave none: a page of records read lean passes every field synchronously. */
function wrap(field: Field, after: (value: unknown, source: unknown, ctx: Context) => unknown): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, ctx, info) => {
    const value = resolve(source, args, ctx, info);
    return isPromise(value) ? value.then((resolved) => after(resolved, source, ctx)) : after(value, source, ctx);
  };
}

/** The stored values a redaction reads: a lean record carries them apart from the fields asked for. */
function factsOf(source: unknown): unknown {
  return (source as Record<string, unknown> | null)?.[FACTS] ?? source;
}

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'));
}

/** The value a redacted field reads as: nothing, in the field's own type. */
function emptyValue(type: GraphQLObjectType, field: Field): unknown {
  if (isListType(getNullableType(field.type))) return [];
  if (!isNonNullType(field.type)) return null;
  const named = getNamedType(field.type);
  if (isScalarType(named) && named.name === 'String') return '';
  throw new Error(`${type.name}.${field.name} is redacted for some callers, so it must be nullable, a list or a String`);
}

/**
 * Makes every field that answers with records of a resource (a relation, a nested list, a figure's
 * records, any field added later) answer only what that resource's own scoped read lets the caller
 * see, and applies each resource's field redactions. Done to the built schema, so that no field can
 * be written that forgets it; a non-null relation the rules could hide stops the server from starting.
 */
export function guardResourceFields(schema: GraphQLSchema): GraphQLSchema {
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  const unsafe: string[] = [];
  for (const type of objectTypes(schema)) {
    const parent = resourceNamed(type.name);
    for (const field of Object.values(type.getFields()) as Field[]) {
      const target: AnyResource | undefined = resourceNamed(getNamedType(field.type).name);
      if (!target) continue;
      const single = isNonNullType(field.type) && !isListType(getNullableType(field.type));
      if (!rootTypes.has(type) && single && !field.extensions?.[VISIBLE_WITH_PARENT] && mayBeHiddenFrom(parent, target)) {
        unsafe.push(`${type.name}.${field.name}`);
      }
      const entity = target.entity as EntityClass<object>;
      wrap(field, (value, _source, ctx) => relations(ctx).admit(value, entity));
    }
    for (const redaction of parent?.redactions ?? []) {
      for (const name of redaction.fields) {
        const field = type.getFields()[name] as Field | undefined;
        if (!field) throw new Error(`${type.name} has no field ${name} to redact`);
        const empty = emptyValue(type, field);
        wrap(field, (value, source, ctx) => (redaction.hiddenFrom(ctx.user, factsOf(source) as never) ? empty : value));
      }
    }
  }
  if (unsafe.length > 0) {
    throw new Error(`These relations can point at a record the caller may not see, so they must be nullable: ${unsafe.join(', ')}`);
  }
  return schema;
}
