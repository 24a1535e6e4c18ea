import { GraphQLError } from 'graphql';

/** The stable codes clients rely on, in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  /** Too many attempts (sign-ins) from this address or for this account, or too many at once: try again later. */
  THROTTLED: 'THROTTLED',
  /** The request ran past its deadline and was stopped; nothing it did was saved. */
  TIMEOUT: 'TIMEOUT',
  /** The database cannot be reached just now; the request changed nothing. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The HTTP request itself was wrong: not JSON, too large, or a path with nothing behind it. */
  BAD_REQUEST: 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One broken rule on one field: `{ field: 'issueDate', rule: 'notBeforeRequestDate', message }`. */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in to continue') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'Your role does not allow this') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`, { extensions: { code: ErrorCode.NOT_FOUND, entity, id } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code: ErrorCode.CONFLICT } });
  }
}

export class ThrottledError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { extensions: { code: ErrorCode.THROTTLED, retryAfterSeconds } });
  }
}

/** Set as `code` as well, which survives the ORM wrapping the error as a database one. */
export const DEADLINE_PASSED = 'DEADLINE_PASSED';

export class RequestTimeoutError extends GraphQLError {
  readonly code = DEADLINE_PASSED;
  constructor() {
    super('The request took too long and was stopped; nothing it changed was saved', { extensions: { code: ErrorCode.TIMEOUT } });
  }
}

export class UserInputError extends GraphQLError {
  readonly fields: FieldError[];
  constructor(fields: FieldError[]) {
    super(fields.map((f) => `${f.field}: ${f.message} (${f.rule})`).join('; '), {
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
    });
    this.fields = fields;
  }
}

/** Collects broken rules so that one answer names all of them, not just the first. */
export class FieldErrors {
  private readonly errors: FieldError[] = [];

  add(field: string, rule: string, message: string): this {
    this.errors.push({ field, rule, message });
    return this;
  }

  check(ok: boolean, field: string, rule: string, message: string): this {
    return ok ? this : this.add(field, rule, message);
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new UserInputError(this.errors);
  }

  /** The rules broken so far, for an answer that explains rather than refuses (a preview). */
  list(): readonly FieldError[] {
    return [...this.errors];
  }
}
