import {
  defaultFieldResolver,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { EARLIEST_DATE, LATEST_DATE } from '../dates.js';
import { FieldErrors } from './errors.js';

/** No argument list may be longer than a page of results: enough for any screen, no giant `IN (...)`. */
export const MAX_LIST_LENGTH = 1000;
const EARLIEST_YEAR = Number(EARLIEST_DATE.slice(0, 4));
const LATEST_YEAR = Number(LATEST_DATE.slice(0, 4));

function checkLeaf(typeName: string, value: unknown, path: string, errors: FieldErrors): void {
  if (typeof value === 'string') {
    // PostgreSQL cannot store it in text, and the wire protocol cannot carry it in a parameter.
    if (value.includes('\u0000')) errors.add(path, 'noNulCharacter', 'must not contain the NUL character (\\u0000)');
    if (typeName === 'LocalDate' && (value < EARLIEST_DATE || value > LATEST_DATE)) {
      errors.add(path, 'dateRange', `must be a date from ${EARLIEST_DATE} to ${LATEST_DATE}`);
    }
  } else if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) errors.add(path, 'dateRange', `must be a time from ${EARLIEST_DATE} to ${LATEST_DATE}`);
  } else if (value && typeof value === 'object') {
    // A JSON argument: every key and string inside it.
    for (const [key, inner] of Object.entries(value)) {
      checkLeaf(typeName, key, path, errors);
      checkLeaf(typeName, inner, `${path}.${key}`, errors);
    }
  }
}

function check(type: GraphQLInputType, value: unknown, path: string, errors: FieldErrors): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return check(type.ofType, value, path, errors);
  if (isListType(type)) {
    const items = value as unknown[];
    if (items.length > MAX_LIST_LENGTH) {
      errors.add(path, 'maxItems', `must hold at most ${MAX_LIST_LENGTH} items`);
      return;
    }
    items.forEach((item, index) => check(type.ofType, item, `${path}.${index}`, errors));
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      check(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`, errors);
    }
    return;
  }
  checkLeaf(type.name, value, path, errors);
}

/**
 * Bounds that hold for every argument of every field, whatever the field: no NUL characters, dates
 * within EARLIEST_DATE..LATEST_DATE, lists of at most MAX_LIST_LENGTH. Checked before the resolver
 * (and before a mutation's transaction) runs, and answered as BAD_USER_INPUT naming each argument.
 * Per-field rules (lengths, ranges of numbers) stay with the argument classes' validators.
 */
export function withArgumentBounds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        const errors = new FieldErrors();
        for (const arg of field.args) check(arg.type, args[arg.name], arg.name, errors);
        errors.throwIfAny();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
