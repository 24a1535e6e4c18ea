import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

function inherits(target: Function, from: Function): boolean {
  return target === from || target.prototype instanceof from;
}

/**
 * A field that only reads the property of its own name, with no middleware and no roles of its own,
 * is answered by GraphQL's default resolver: type-graphql would wrap each in a closure building its
 * resolver data, which a page of records pays for every field of every row. Fields with a resolver,
 * a middleware (costs hidden from auditors) or roles keep type-graphql's; the access guards wrap
 * whatever is left afterwards.
 */
export function resolvePlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const declared = storage.fields.filter((meta) => meta.schemaName === name && inherits(objectType.target, meta.target));
      const resolved = storage.fieldResolvers.some(
        (resolver) => resolver.schemaName === name && inherits(objectType.target, resolver.getObjectType?.() ?? resolver.target),
      );
      const plain =
        declared.length > 0 &&
        declared.every((meta) => meta.name === name && !meta.params?.length && !meta.middlewares?.length && meta.roles === undefined);
      if (plain && !resolved) field.resolve = undefined;
    }
  }
  return schema;
}
