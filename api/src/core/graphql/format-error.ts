import { unwrapResolverError } from '@apollo/server/errors';
import {
  ConnectionException,
  DriverException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from '../logger.js';
import { DEADLINE_PASSED, ErrorCode, type FieldError } from './errors.js';
import { invalidIdError } from './uuid.js';

function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

const camelCase = (column: string) => column.replace(/_id$/, 'Id').replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());

/** SQLSTATEs meaning the database is not there just now (connection lost, shutting down, starting up). */
const UNAVAILABLE = /^(08|57P0[1-3])|^(ECONNREFUSED|ECONNRESET|EPIPE)$/;

function isUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string' && UNAVAILABLE.test(code)) return true;
  // The pool's own timeout, the driver's word for a connection that died under a query, and knex's for a
  // transaction whose connection died under it (its later statements find it ended, and nothing saved).
  return (
    name === 'KnexTimeoutError' ||
    (typeof message === 'string' &&
      /Connection terminated|Timeout acquiring a connection|Client has encountered a connection error|Transaction query already complete/.test(message))
  );
}

type Answer = { message: string; extensions: Record<string, unknown> };

/**
 * What the database refused, said in the API's terms: a record still referred to, a reference to
 * nothing, a required value missing, a statement stopped by its timeout. Everything else is unexpected.
 */
function databaseAnswer(error: DriverException, entityOfTable: (table: string) => string): Answer | null {
  const { code, table, detail, column, constraint } = error as DriverException & Record<string, string | undefined>;
  if (code === '23503' || code === '23001') {
    const key = /Key \((\w+)\)/.exec(detail ?? '')?.[1];
    if (/is not present in table/.test(detail ?? '') && key) {
      const field = camelCase(key);
      return {
        message: `${field}: does not refer to a record you can use (exists)`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field, rule: 'exists', message: 'does not refer to a record you can use' }] },
      };
    }
    const referencedBy = table ? entityOfTable(table) : 'other records';
    return {
      message: `${referencedBy} records still refer to this one; remove or reassign them first`,
      extensions: { code: ErrorCode.CONFLICT, referencedBy },
    };
  }
  if (error instanceof NotNullConstraintViolationException && column) {
    const field = camelCase(column);
    return {
      message: `${field}: is required (required)`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field, rule: 'required', message: 'is required' }] },
    };
  }
  if (code === '23514') {
    const rule = constraint ?? 'check';
    return {
      message: `The values break the rule ${rule}`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: table ? entityOfTable(table) : 'input', rule, message: 'breaks a rule of the record' }] },
    };
  }
  // A statement cancelled by statement_timeout, or refused because its request's deadline had passed.
  if (code === '57014' || code === DEADLINE_PASSED) {
    return { message: 'The request took too long and was stopped; nothing was saved', extensions: { code: ErrorCode.TIMEOUT } };
  }
  return null;
}

export interface FormatErrorOptions {
  log: Logger;
  /** The GraphQL type a table holds (`plan` → `Plan`), to say what still refers to a record. */
  entityOfTable?: (table: string) => string;
  /** True while the database is known to be down (the embedded one restarting): its errors then mean just that. */
  databaseDown?: () => boolean;
}

/**
 * Every error leaves the API with a stable `extensions.code`. Errors we did not anticipate are logged
 * in full and reach the client only as INTERNAL_SERVER_ERROR, so no SQL or stack trace leaks.
 */
export function createFormatError({ log, entityOfTable = (table) => table, databaseDown = () => false }: FormatErrorOptions) {
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
    // What the context function threw (the session lookup, say) arrives wrapped as "Context creation failed".
    const cause = original instanceof GraphQLError && original.originalError && !(original.originalError instanceof GraphQLError) ? original.originalError : original;
    if (isUnavailable(cause) || (cause instanceof DriverException && databaseDown())) {
      log.warn({ err: cause }, 'database unavailable');
      return {
        ...base,
        message: 'The database is not available just now; nothing was changed. Try again in a moment',
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (cause instanceof DriverException) {
      const answer = databaseAnswer(cause, entityOfTable);
      if (answer) return { ...base, ...answer };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError && typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return formatted;
    }
    log.error({ err: original }, 'unexpected error');
    return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
