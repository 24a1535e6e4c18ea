import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { STORED_RELATION } from '../access/lean.js';

function inherits(target: Function, from: Function): boolean {
  return target === from || target.prototype instanceof from;
}

/**
 * A field that only reads the property of its own name, with no middleware and no roles of its own,
 * is answered by GraphQL's default resolver: type-graphql would wrap each in a closure building its
 * resolver data, which a page of records pays for every field of every row, and for a field resolver
 * would first copy a record read lean into a new entity (a UUID, two dates, its collections). So are
 * the field resolvers marked as answering the stored relation of their name and nothing else. Fields
 * with any other resolver, a middleware (costs hidden from auditors) or roles keep type-graphql's;
 * the access guards wrap whatever is left afterwards.
 */
export function resolvePlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const unguarded = (meta: { middlewares?: unknown[]; roles?: unknown[] }) => !meta.middlewares?.length && meta.roles === undefined;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const resolvers = storage.fieldResolvers.filter(
        (resolver) => resolver.schemaName === name && inherits(objectType.target, resolver.getObjectType?.() ?? resolver.target),
      );
      const declared = storage.fields.filter((meta) => meta.schemaName === name && inherits(objectType.target, meta.target));
      const plain =
        resolvers.length === 0
          ? declared.length > 0 && declared.every((meta) => meta.name === name && !meta.params?.length && unguarded(meta))
          : field.extensions?.[STORED_RELATION] === true && field.args.length === 0 && resolvers.every((resolver) => resolver.methodName === name && unguarded(resolver));
      if (plain) field.resolve = undefined;
    }
  }
  return schema;
}
