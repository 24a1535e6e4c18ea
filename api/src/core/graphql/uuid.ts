import {
  BREAK,
  GraphQLError,
  GraphQLScalarType,
  Kind,
  isNamedType,
  parse,
  visit,
  type ASTNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { UUIDResolver } from 'graphql-scalars';
import { ErrorCode, type FieldError } from './errors.js';

/** Thrown by the scalar itself, so that the error formatter can tell it from any other input error. */
class InvalidUuid extends GraphQLError {}

function refusing<A extends unknown[]>(parseId: (...args: A) => unknown, node: (...args: A) => ValueNode | undefined) {
  return (...args: A): unknown => {
    try {
      return parseId(...args);
    } catch {
      throw new InvalidUuid('must be a UUID', { nodes: node(...args) });
    }
  };
}

/**
 * Every identifier a client sends (`id`, `auditorId`, `filter.ids`) is checked at the edge, so a malformed
 * one is BAD_USER_INPUT naming the argument before any resolver or SQL sees it.
 */
export const UUID = new GraphQLScalarType({
  ...UUIDResolver.toConfig(),
  parseValue: refusing(
    (value: unknown) => UUIDResolver.parseValue(value),
    () => undefined,
  ),
  parseLiteral: refusing(
    (ast: ValueNode) => UUIDResolver.parseLiteral(ast, undefined),
    (ast) => ast,
  ),
});

/** The argument and input field names leading to the first node `matches` accepts: `filter.ids`. */
function argumentPath(document: ASTNode, matches: (node: ASTNode, ancestors: readonly ASTNode[]) => boolean): string | null {
  let found: string | null = null;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      // `ancestors` leaves out the parent, which graphql passes on its own.
      const chain = [...ancestors, parent].filter((a): a is ASTNode => !!a && !Array.isArray(a) && 'kind' in (a as object));
      if (!matches(node, chain)) return undefined;
      found = [...chain, node]
        .flatMap((a) => (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD ? [a.name.value] : []))
        .join('.');
      return BREAK;
    },
  });
  return found;
}

/**
 * The field a malformed identifier was given for, when `error` is the UUID scalar's refusal: a literal
 * in the query (a validation error located at the value) or a variable (a coercion error naming it,
 * with the path inside it, `at "filter.ids[0]"`). Otherwise null.
 */
function invalidIdField(error: GraphQLError): string | null {
  if (!(error.originalError instanceof InvalidUuid) && !(error instanceof InvalidUuid)) return null;
  const node = error.nodes?.[0];
  const source = node?.loc?.source;
  if (!node || !source) return null;
  const document = parse(source);
  if (node.kind === Kind.VARIABLE_DEFINITION) {
    const name = node.variable.name.value;
    const inner = new RegExp(`at "${name}([^"]*)"; `).exec(error.message)?.[1] ?? '';
    const used = argumentPath(
      document,
      (candidate, ancestors) =>
        candidate.kind === Kind.VARIABLE &&
        candidate.name.value === name &&
        !ancestors.some((a) => a.kind === Kind.VARIABLE_DEFINITION),
    );
    return `${used ?? name}${inner}`;
  }
  return argumentPath(document, (candidate) => candidate.kind === node.kind && candidate.loc?.start === node.loc?.start);
}

/** The error formatter's answer for a malformed identifier, or null for any other error. */
export function invalidIdError(error: unknown): { message: string; extensions: { code: string; fields: FieldError[] } } | null {
  if (!(error instanceof GraphQLError)) return null;
  const field = invalidIdField(error);
  if (field === null) return null;
  const fields = [{ field, rule: 'isUuid', message: 'must be a UUID' }];
  return { message: `${field}: must be a UUID (isUuid)`, extensions: { code: ErrorCode.BAD_USER_INPUT, fields } };
}

function namedType(type: GraphQLInputType): GraphQLNamedType {
  let inner: GraphQLInputType = type;
  while (!isNamedType(inner)) inner = inner.ofType as GraphQLInputType;
  return inner;
}

/**
 * Refuses a schema where a client could send an identifier typed `ID` (which accepts any string), so
 * that no future argument or input field can skip the check above.
 */
export function assertIdsAreUuids(schema: GraphQLSchema): void {
  const offenders: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if ('getFields' in type) {
      for (const field of Object.values(type.getFields())) {
        if ('args' in field) {
          for (const arg of field.args) if (namedType(arg.type).name === 'ID') offenders.push(`${type.name}.${field.name}(${arg.name})`);
        } else if (namedType(field.type as GraphQLInputType).name === 'ID') {
          offenders.push(`${type.name}.${field.name}`);
        }
      }
    }
  }
  if (offenders.length > 0) throw new Error(`Identifiers a client sends must be UUID, not ID: ${offenders.join(', ')}`);
}
