/**
 * Turns what the API answers into messages council staff can act on.
 * react-admin shows `error.message` in its notifications.
 */
import { HttpError } from 'react-admin';

export interface FieldProblem {
  field: string;
  rule?: string;
  message: string;
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: { code?: string; fields?: FieldProblem[]; [key: string]: unknown };
}

export const CONFLICT_MESSAGE = 'This record was changed by someone else; reload';

/** Field names as staff know them. */
const FIELD_LABELS: Record<string, string> = {
  caseReference: 'Case reference',
  dateOfBirth: 'Date of birth',
  primaryNeed: 'Primary need',
  complexHealthNeeds: 'Complex health needs',
  lookedAfter: 'Looked after',
  localAuthorityId: 'Local authority',
  localAuthoritiesIds: 'Local authorities',
  childId: 'Child',
  child: 'Child',
  setting: 'Section I: named setting',
  team: 'Casework team',
  localAuthority: 'Local authority',
  localAuthorities: 'Local authorities',
  active: 'Active',
  version: 'Version',
  id: 'Id',
  passwordHash: 'Password',
  lastSignInAt: 'Last signed in',
  settingId: 'Section I: named setting',
  teamId: 'Casework team',
  requestDate: 'Date of request',
  issueDate: 'Issue date',
  lastAnnualReviewDate: 'Last annual review',
  urn: 'URN',
  ofstedRating: 'Ofsted rating',
  displayName: 'Name',
  email: 'Email',
  password: 'Password',
  roles: 'Roles',
  code: 'DfE code',
  name: 'Name',
  kind: 'Kind',
  type: 'Type',
  phase: 'Phase',
  status: 'Status',
  sex: 'Sex',
};

/** A field as staff read it: its label where one is set, else its name in words (meetingDate: "Meeting date"). */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return FIELD_LABELS[field] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  if (!error || typeof error !== 'object') return [];
  const e = error as {
    graphQLErrors?: GraphQLErrorLike[];
    errors?: GraphQLErrorLike[];
    body?: unknown;
    networkError?: { result?: { errors?: GraphQLErrorLike[] } };
  };
  if (Array.isArray(e.graphQLErrors) && e.graphQLErrors.length > 0) return e.graphQLErrors;
  if (Array.isArray(e.errors) && e.errors.length > 0) return e.errors;
  const fromNetwork = e.networkError?.result?.errors;
  if (Array.isArray(fromNetwork) && fromNetwork.length > 0) return fromNetwork;
  if (e.body && e.body !== error) return graphQLErrorsOf(e.body);
  return [];
}

function statusOf(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { status?: number; statusCode?: number; networkError?: { statusCode?: number } };
  return e.status ?? e.statusCode ?? e.networkError?.statusCode;
}

/** The first API error code (UNAUTHENTICATED, FORBIDDEN, …) found in an error, if any. */
export function errorCode(error: unknown): string | undefined {
  for (const g of graphQLErrorsOf(error)) {
    if (g.extensions?.code) return g.extensions.code;
  }
  return undefined;
}

export function readableMessage(error: unknown): string {
  const errors = graphQLErrorsOf(error);
  for (const g of errors) {
    const code = g.extensions?.code;
    switch (code) {
      case 'CONFLICT':
        return CONFLICT_MESSAGE;
      case 'BAD_USER_INPUT': {
        const fields = g.extensions?.fields;
        if (Array.isArray(fields) && fields.length > 0) {
          const lines = fields.map((f) => `${fieldLabel(f.field)}: ${f.message}`);
          return `Please check: ${lines.join('; ')}`;
        }
        return g.message ?? 'Some of the details are not valid.';
      }
      case 'FORBIDDEN':
        return `You do not have permission to do that. ${g.message ?? ''}`.trim();
      case 'NOT_FOUND':
        return g.message ?? 'That record no longer exists.';
      case 'UNAUTHENTICATED':
        return 'Your session has ended; please sign in again.';
      default:
        break;
    }
  }
  const status = statusOf(error);
  if (status === 401) return 'Your session has ended; please sign in again.';
  if (status === 403) return 'You do not have permission to do that.';
  if (errors.length > 0 && errors[0]?.message) return errors.map((g) => g.message).join('; ');
  if (status && status >= 500) return 'The server could not complete this request. Please try again shortly.';
  if (error instanceof Error && /Failed to fetch|NetworkError/i.test(error.message)) {
    return 'Cannot reach the SEND QA server. Check your connection and try again.';
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

/** A react-admin HttpError carrying the readable message, the status and the API's field errors. */
export function toHttpError(error: unknown): HttpError {
  const code = errorCode(error);
  let status = statusOf(error) ?? 200;
  if (code === 'UNAUTHENTICATED') status = 401;
  else if (code === 'FORBIDDEN') status = 403;
  else if (code === 'NOT_FOUND') status = 404;
  else if (code === 'CONFLICT') status = 409;
  else if (code === 'BAD_USER_INPUT') status = 400;
  // Field errors in the shape react-admin's forms put next to each input.
  const body: Record<string, unknown> = { code };
  // Why a CONFLICT that is not an edit clash happened (a survey link already used), for the page to word it.
  const reason = graphQLErrorsOf(error).find((g) => typeof g.extensions?.reason === 'string')?.extensions?.reason;
  if (reason) body.reason = reason;
  const fieldsError = graphQLErrorsOf(error).find((g) => g.extensions?.code === 'BAD_USER_INPUT');
  const fields = fieldsError?.extensions?.fields;
  if (Array.isArray(fields) && fields.length > 0) {
    const errors: Record<string, string> = {};
    for (const f of fields) {
      const name = f.field.endsWith('Id') ? `${f.field.slice(0, -2)}.id` : f.field;
      errors[name] = f.message;
    }
    body.errors = { ...errors, root: { serverError: readableMessage(error) } };
  }
  return new HttpError(readableMessage(error), status, body);
}
