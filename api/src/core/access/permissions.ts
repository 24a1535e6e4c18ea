import { getNamedType, isInputObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { CASE_ROLES, EVERY_ROLE, type Role } from '../auth/roles.js';
import { isOpenWithoutSignIn } from '../auth/require-sign-in.plugin.js';
import { listRoles, registeredResources, resourceNamed } from './resources.js';
import { describedRules } from './rules.js';

const ALL_ROLES = EVERY_ROLE;

/** Roles as the UI checks them: always the explicit list, never "empty means anyone signed in" (every case role). */
const explicit = (roles: readonly Role[]): Role[] => (roles.length === 0 ? [...CASE_ROLES] : ALL_ROLES.filter((role) => roles.includes(role)));

export interface OperationAccess {
  /** Roles that may call it (signed in); every role when any signed-in user may. */
  roles: Role[];
  /** Open without signing in (`login`, and what a family answers a survey link with). */
  anonymous: boolean;
  /** The resource whose records it answers with, if any. */
  resource: string | null;
}

export interface ResourceAccess {
  /** Who may read its records, however reached: directly, through a relation, in the history. */
  read: Role[];
  /** Who may look them up directly (`X(id)`, `allXs`, `_allXsMeta`). */
  list: Role[];
  /** Who may call `createX`, `updateX`, `deleteX`; null where the API has no such operation. */
  create: Role[] | null;
  update: Role[] | null;
  delete: Role[] | null;
  /**
   * `owned`: within the caller's local authorities; `shared`: anyone reads, the owning authority changes;
   * `self`: the caller's own authorities; `per-caller`: a narrower rule (an auditor's own audits).
   */
  scope: 'owned' | 'shared' | 'self' | 'per-caller';
  sortFields: string[];
  defaultSort: { field: string; order: string };
  filterFields: string[];
  /** Fields some readers see empty, and who. */
  hiddenFields: { fields: string[]; hiddenFrom: string }[];
}

export interface AccessFile {
  $comment: string;
  roles: Role[];
  resources: Record<string, ResourceAccess>;
  operations: { query: Record<string, OperationAccess>; mutation: Record<string, OperationAccess> };
  rules: Record<string, { description: string; roles: Record<string, Role[]> }>;
}

/** The roles each Query and Mutation field's `@Authorized` asks for, from type-graphql's own metadata. */
function authorizedRoles(): Map<string, Role[]> {
  const storage = getMetadataStorage();
  const roles = new Map<string, Role[]>();
  for (const [kind, handlers] of [['Query', storage.queries], ['Mutation', storage.mutations]] as const) {
    for (const handler of handlers) {
      const field = storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName);
      const resolver = storage.authorizedResolver.find((a) => a.target === handler.target);
      const found = field ?? resolver;
      if (found) roles.set(`${kind}.${handler.schemaName}`, found.roles as Role[]);
    }
  }
  return roles;
}

/**
 * The permissions file, `schema/access.json`: who may do what, derived from the resource definitions
 * and the `@Authorized` metadata the API enforces, so the admin shows exactly what the API allows.
 */
export function describeAccess(schema: GraphQLSchema): AccessFile {
  const authorized = authorizedRoles();
  const operations = (kind: 'Query' | 'Mutation') => {
    const type = kind === 'Query' ? schema.getQueryType() : schema.getMutationType();
    const result: Record<string, OperationAccess> = {};
    for (const field of Object.values(type?.getFields() ?? {}).sort((a, b) => a.name.localeCompare(b.name))) {
      const anonymous = isOpenWithoutSignIn(field);
      const roles = authorized.get(`${kind}.${field.name}`);
      if (!roles && !anonymous) throw new Error(`${kind}.${field.name} has no @Authorized: say who may call it`);
      // Without @Authorized it is open without signing in, so to every role, the aggregate-only ones too.
      const callers = roles ? explicit(roles) : [...ALL_ROLES];
      result[field.name] = { roles: callers, anonymous, resource: resourceNamed(getNamedType(field.type).name)?.name ?? null };
    }
    return result;
  };
  const query = operations('Query');
  const mutation = operations('Mutation');

  const resources: Record<string, ResourceAccess> = {};
  for (const definition of registeredResources()) {
    const filter = schema.getType(definition.filter.name);
    const tenancy = definition.tenancy;
    resources[definition.name] = {
      read: explicit(definition.readRoles),
      list: explicit(listRoles(definition)),
      create: mutation[`create${definition.name}`]?.roles ?? null,
      update: mutation[`update${definition.name}`]?.roles ?? null,
      delete: mutation[`delete${definition.name}`]?.roles ?? null,
      scope: typeof tenancy === 'function' ? 'per-caller' : tenancy,
      sortFields: Object.keys(definition.sortFields),
      defaultSort: { field: definition.defaultSort.field, order: definition.defaultSort.order },
      filterFields: isInputObjectType(filter) ? Object.keys(filter.getFields()) : [],
      hiddenFields: (definition.redactions ?? []).map((redaction) => ({ fields: redaction.fields, hiddenFrom: redaction.rule })),
    };
  }

  return {
    $comment:
      'Emitted by `pnpm schema` from the API itself (resource definitions and @Authorized); a test fails when it is stale. Role lists are explicit. Within a role, the local authorities a user holds still limit every record.',
    roles: [...ALL_ROLES],
    resources,
    operations: { query, mutation },
    rules: Object.fromEntries(describedRules().map(([name, rule]) => [name, { description: rule.description, roles: Object.fromEntries(Object.entries(rule.roles).map(([key, roles]) => [key, explicit(roles)])) }])),
  };
}

export function printAccess(schema: GraphQLSchema): string {
  return `${JSON.stringify(describeAccess(schema), null, 2)}\n`;
}

const roleList = (roles: Role[] | null): string => {
  if (roles === null) return '—';
  if (roles.length === ALL_ROLES.length) return 'everyone';
  if (roles.length === CASE_ROLES.length && CASE_ROLES.every((role) => roles.includes(role))) return 'everyone but board members';
  return roles.length === 0 ? 'nobody' : roles.join(', ');
};

const SCOPE_WORDS: Record<ResourceAccess['scope'], string> = {
  owned: 'their authorities',
  shared: 'read anywhere, changed by its own authority',
  self: 'their own authorities',
  'per-caller': 'their authorities, narrowed per caller',
};

/**
 * The README's role tables, printed from the same description as access.json (`pnpm schema` writes them
 * between the README's markers, and a test fails when they are stale), so the README states exactly
 * what the API enforces.
 */
export function printRoleTables(schema: GraphQLSchema): string {
  const access = describeAccess(schema);
  const own = new Set(
    registeredResources().flatMap((d) => [d.name, `all${d.plural}`, `_all${d.plural}Meta`, `create${d.name}`, `update${d.name}`, `delete${d.name}`]),
  );
  const lines = [
    '| record | read | create | change | remove | where |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.entries(access.resources).map(
      ([name, r]) =>
        `| \`${name}\` | ${roleList(r.read)}${r.list.length < r.read.length ? ` where a record names one; listed by ${roleList(r.list)}` : ''} | ${roleList(r.create)} | ${roleList(r.update)} | ${roleList(r.delete)} | ${SCOPE_WORDS[r.scope]} |`,
    ),
    '',
    'Fields some readers see empty:',
    '',
    ...Object.entries(access.resources).flatMap(([name, r]) => r.hiddenFields.map((h) => `- \`${name}\`: ${h.fields.map((f) => `\`${f}\``).join(', ')}, from ${h.hiddenFrom}`)),
    '',
    'Scoring an audit is for its auditor alone, and moderating it for its named moderator alone, whatever their role.',
    '',
    '| operation | who |',
    '| --- | --- |',
    ...(['query', 'mutation'] as const).flatMap((kind) =>
      Object.entries(access.operations[kind])
        .filter(([name]) => !own.has(name))
        .map(([name, op]) => `| \`${name}\` | ${op.anonymous ? 'anyone, signed in or not' : roleList(op.roles)} |`),
    ),
    '',
    ...Object.entries(access.rules).flatMap(([name, rule]) => [
      `${rule.description} (\`${name}\`):`,
      '',
      ...Object.entries(rule.roles).map(([key, roles]) => `- \`${key}\`: ${roleList(roles)}`),
      '',
    ]),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

export const ROLE_TABLES_START = '<!-- role tables: written by `pnpm schema` from the API; do not edit by hand -->';
export const ROLE_TABLES_END = '<!-- end of role tables -->';

/** The README with its role tables replaced by the current ones. */
export function withRoleTables(readme: string, schema: GraphQLSchema): string {
  const start = readme.indexOf(ROLE_TABLES_START);
  const end = readme.indexOf(ROLE_TABLES_END);
  if (start < 0 || end < start) throw new Error('README.md lacks the role tables markers');
  return `${readme.slice(0, start + ROLE_TABLES_START.length)}\n\n${printRoleTables(schema)}\n${readme.slice(end)}`;
}
