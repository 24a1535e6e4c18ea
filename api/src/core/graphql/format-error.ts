import { unwrapResolverError } from '@apollo/server/errors';
import {
  DriverException,
  ForeignKeyConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from '../logger.js';
import { ErrorCode, type FieldError } from './errors.js';
import { invalidIdError } from './uuid.js';

function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Every error leaves the API with a stable `extensions.code`. Errors we did not anticipate are logged
 * in full and reach the client only as INTERNAL_SERVER_ERROR, so no SQL or stack trace leaks.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidationErrors(original.extensions.validationErrors as ValidationError[]);
      return {
        ...base,
        message: fields.map((f) => `${f.field}: ${f.message} (${f.rule})`).join('; '),
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
      };
    }
    const invalidId = invalidIdError(original);
    if (invalidId) return { ...base, ...invalidId };
    if (original instanceof OptimisticLockError) {
      return {
        ...base,
        message: 'This record was changed by someone else since you opened it; reload it and apply your change again',
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return { ...base, message: 'A record with these details already exists', extensions: { code: ErrorCode.CONFLICT } };
    }
    // A RESTRICT rule (23001) refuses a delete just as a foreign key (23503) does.
    if (original instanceof ForeignKeyConstraintViolationException || (original instanceof DriverException && original.code === '23001')) {
      return {
        ...base,
        message: 'Other records still refer to this one; remove or reassign them first',
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError && typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return formatted;
    }
    log.error({ err: original }, 'unexpected error');
    return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
