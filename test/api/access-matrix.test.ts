import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repositoryRoot } from '@send-qa/api';
import { startApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { AUTHORITIES, committedAccess, type Access, everyResourceInBothAuthorities, peterboroughCallers, ROLES, userIn, type Authority, type Caller, type Role } from '../helpers/access.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/**
 * Every Query and Mutation, generated from the schema, called by every role and by nobody signed in,
 * once about records of the caller's own authority and once about another's: the outcome must be what
 * schema/access.json (and so the README's role table) says, and no answer may carry a record of the
 * other authority. The callers hold one role each, in Peterborough only.
 */

type Variant = 'own' | 'other';
type Records = Record<string, Record<Authority, string>>;

/**
 * How to call the operations that are not a resource's own X / allXs / _allXsMeta / createX / updateX /
 * deleteX, which are generated. A new operation fails this test until it is listed here.
 * `id`: the resource an `id` argument names, where the return type does not say.
 */
const CUSTOM: Record<string, { id?: string; args?: (variant: Variant, records: Records, la: string) => Record<string, unknown>; freshToken?: boolean }> = {
  _allDeadlinesMeta: {},
  adviceFigures: {},
  allDeadlines: {},
  annualHealthCheck: {},
  annualReviewBacklog: {},
  assessmentStepDurations: {},
  auditSamplePreview: { id: 'AuditCycle' },
  auditors: {},
  bragSummary: {},
  criterionFindings: {},
  deadlineCounts: {},
  familySatisfaction: {},
  gradeTrend: {},
  healthScorecards: {},
  healthServicesNeedingSupport: {},
  healthSignOffSummary: {},
  highlightReportContent: { id: 'HighlightReport' },
  highlightReportFile: { id: 'HighlightReport' },
  importKinds: {},
  importTemplate: {},
  importUploadLimit: {},
  improvementPlanBoard: {},
  kpiFigures: { id: 'Kpi', args: () => ({ from: '2025-09-01', to: '2026-03-01' }) },
  kpiRow: { id: 'Kpi' },
  kpiScorecard: {},
  me: {},
  moderationAgreement: {},
  myWork: {},
  myWorkCounts: {},
  overrideCounts: {},
  partTimeFigures: {},
  partTimeTrend: {},
  placementHighlights: {},
  possibleOwners: { args: () => ({ resource: 'FollowUpAction' }) },
  previewImport: { args: () => ({ file: { filename: 'access.csv', text: 'URN\n' } }) },
  schoolReturnRegister: {},
  sectionGradeCounts: {},
  // Open without signing in: a token that opens nothing is refused alike for everyone.
  surveyByToken: { args: () => ({ token: 'A'.repeat(43) }) },
  // Public too, and about no one: each authority's published themes, by its code.
  youSaidWeDid: { args: (variant) => ({ localAuthorityCode: variant === 'own' ? '874' : '873' }) },
  agreeAuditGrade: {},
  assignAudit: {},
  assignCycleAudits: {},
  createSurveyTemplateVersion: {},
  confirmImport: { args: () => ({ file: { filename: 'access.csv', text: 'URN\n' }, fileHash: '0'.repeat(64), previewDigest: '0'.repeat(64) }) },
  changePassword: { args: () => ({ currentPassword: 'not the password', newPassword: 'another password 1' }) },
  drawAuditSample: {},
  finaliseAudit: {},
  importPartTimeReturn: { args: () => ({ csv: 'case_reference\n' }) },
  login: { args: () => ({ email: 'nobody@example.org', password: 'wrong' }) },
  // Ends the session it is called with, so each caller signs in again for it.
  logout: { freshToken: true },
  publishHighlightReport: {},
  publishRubricVersion: {},
  recalculateKpi: { id: 'Kpi', args: () => ({ from: '2026-01-01', to: '2026-02-01' }) },
  recordModeratorGrade: {},
  requestModeration: {},
  returnAudit: {},
  reviewAdviceRequest: {},
  reviewHealthAdvice: {},
  saveAuditSection: {},
  setSchoolWeek: {},
  signOffHealthSections: {},
  submitAudit: {},
  submitSurvey: { args: () => ({ token: 'A'.repeat(43) }) },
  teamWork: {},
  teamWorkCounts: {},
  timelinessFigures: {},
  timelinessTrend: {},
};

/** Arguments naming a record by a name that is not the resource's own. */
const ID_ARGUMENTS: Record<string, string> = {
  auditorId: 'User',
  auditorIds: 'User',
  moderatorId: 'User',
  ownerUserId: 'User',
  userId: 'User',
  visitId: 'MonitoringVisit',
  commissionedOutcomeId: 'CommissionedOutcome',
  actionId: 'ImprovementAction',
  cycleId: 'AuditCycle',
  timetableId: 'PartTimeTimetable',
  localAuthoritiesIds: 'LocalAuthority',
  includePlanIds: 'Plan',
  kpiIds: 'Kpi',
  templateId: 'SurveyTemplate',
  'createImprovementAction.outcomeId': 'ImprovementOutcome',
};

const ROLE_REFUSAL = 'This needs one of these roles';
const SIGN_IN = 'Sign in to continue';
const AUTHORITY_REFUSAL = 'That local authority is not one of yours';

let app: TestApp;
let schema: GraphQLSchema;
let access: Access;
let callers: Record<Role, Caller>;
let records: Records;
let authorities: Record<Authority, string>;
let cambridgeshireOnly: Set<string>;

beforeAll(async () => {
  app = await startApp();
  schema = buildSchema(await readFile(path.join(repositoryRoot(), 'schema', 'schema.graphql'), 'utf8'));
  access = await committedAccess();
  await everyResourceInBothAuthorities(app);
  callers = await peterboroughCallers(app);
  authorities = { '873': await localAuthorityId(app, '873'), '874': await localAuthorityId(app, '874') };
  // Users named by the calls, so that updating or removing one never touches a caller.
  const spare = { '873': await userIn(app, 'spare.873@access.test', ['AUDITOR'], '873'), '874': await userIn(app, 'spare.874@access.test', ['AUDITOR'], '874') };
  records = {};
  const metadata = app.db.orm.getMetadata();
  for (const name of Object.keys(access.resources)) {
    records[name] = {} as Record<Authority, string>;
    for (const code of AUTHORITIES) {
      if (name === 'User') records[name][code] = spare[code].id;
      else if (name === 'LocalAuthority') records[name][code] = authorities[code];
      else {
        const table = metadata.find(name)!.tableName;
        const [row] = await app.sql<{ id: string }>(`select id from ${table} where local_authority_id = $1 order by id limit 1`, [authorities[code]]);
        if (!row) throw new Error(`no ${name} in ${code}`);
        records[name][code] = row.id;
      }
    }
  }
  // The Peterborough auditor is given the Peterborough audit, so that scoring it is theirs to do.
  await app.sql("update audit set auditor_id = $1, status = 'ASSIGNED' where id = $2", [callers.AUDITOR.id, records.Audit!['874']]);
  // Every record Cambridgeshire holds, but its settings, which are public reference data.
  const tables = await app.sql<{ table_name: string }>(
    `select c.table_name from information_schema.columns c join information_schema.columns i on i.table_name = c.table_name and i.table_schema = c.table_schema and i.column_name = 'id'
      where c.column_name = 'local_authority_id' and c.table_schema = 'public' and c.table_name <> 'setting'`,
  );
  cambridgeshireOnly = new Set([authorities['873'], spare['873'].id]);
  for (const { table_name } of tables) {
    for (const row of await app.sql<{ id: string }>(`select id::text as id from ${table_name} where local_authority_id = $1`, [authorities['873']])) cambridgeshireOnly.add(row.id);
  }
}, 240_000);
afterAll(async () => {
  await app?.close();
});

/** The resource of a generated operation, or the custom entry. */
function resourceOfOperation(kind: 'query' | 'mutation', name: string): string | undefined {
  const returned = access.operations[kind][name]?.resource;
  const list = /^_all(\w+)Meta$/.exec(name);
  if (list) return Object.entries(access.operations.query).find(([op]) => op === `all${list[1]}`)?.[1].resource ?? undefined;
  return returned ?? undefined;
}

function isGenerated(kind: 'query' | 'mutation', name: string): boolean {
  const resource = resourceOfOperation(kind, name);
  if (!resource) return false;
  if (kind === 'query') return name === resource || /^all\w+$/.test(name) || /^_all\w+Meta$/.test(name);
  return [`create${resource}`, `update${resource}`, `delete${resource}`].includes(name);
}

function scalarValue(type: GraphQLNamedType, name: string): unknown {
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return '2026-03-02';
    case 'DateTime':
      return '2026-03-02T00:00:00.000Z';
    case 'JSONObject':
      return {};
    default:
      return name === 'email' ? 'nobody@example.org' : 'Access check';
  }
}

function idFor(operation: string, argument: string, resource: string | undefined, variant: Variant): string {
  const code: Authority = variant === 'own' ? '874' : '873';
  const named = ID_ARGUMENTS[`${operation}.${argument}`] ?? ID_ARGUMENTS[argument] ?? (argument === 'id' ? resource : argument.replace(/Ids?$/, '').replace(/^./, (c) => c.toUpperCase()));
  const found = named ? records[named]?.[code] : undefined;
  if (!found) throw new Error(`${operation}(${argument}): which resource does it name?`);
  return found;
}

/** A value for every required argument and input field; lists and filters get the record asked about. */
function valueOf(operation: string, name: string, type: GraphQLInputType, resource: string | undefined, variant: Variant): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [valueOf(operation, name, nullable.ofType as GraphQLInputType, resource, variant)];
  const named = getNamedType(type);
  if (named.name === 'UUID') return name === 'localAuthorityId' ? authorities[variant === 'own' ? '874' : '873'] : idFor(operation, name, resource, variant);
  if (isInputObjectType(named)) {
    const fields = named.getFields();
    const value: Record<string, unknown> = {};
    for (const field of Object.values(fields)) {
      if (isNonNullType(field.type)) value[field.name] = valueOf(operation, field.name, field.type, resource, variant);
    }
    // Options name the authority asked about; filters, the record.
    if ('localAuthorityId' in fields && name === 'options') value.localAuthorityId = authorities[variant === 'own' ? '874' : '873'];
    if ('ids' in fields && name === 'filter' && resource) value.ids = [idFor(operation, 'id', resource, variant)];
    return value;
  }
  return scalarValue(named, name);
}

/** Every leaf of the answer, and the id of every record in it, one level down. */
function selection(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth === 0 && isObjectType(inner)) parts.push(`${field.name} { __typename${'id' in inner.getFields() ? ' id' : ''} }`);
  }
  return `{ ${parts.join(' ')} }`;
}

function operationText(kind: 'query' | 'mutation', name: string): { text: string; field: GraphQLField<unknown, unknown> } {
  const field = (kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[name]!;
  const declared = field.args.filter((arg) => isNonNullType(arg.type) || ['filter', 'options'].includes(arg.name));
  const variables = declared.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = declared.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    field,
    text: `${kind}${variables ? ` (${variables})` : ''} { ${name}${args ? `(${args})` : ''} ${selection(getNamedType(field.type))} }`,
  };
}

interface Outcome {
  operation: string;
  caller: Role | 'anonymous';
  variant: Variant;
  problem: string | null;
}

function leaksIn(response: GraphQLResponse): string[] {
  return (JSON.stringify(response.data ?? null).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []).filter((id) => cambridgeshireOnly.has(id));
}

it(
  'answers every operation, for every role and for nobody signed in, about their own authority and another, exactly as access.json says, and leaks nothing of the other authority',
  async () => {
    const kinds = ['query', 'mutation'] as const;
    const all = kinds.flatMap((kind) => Object.keys(access.operations[kind]).map((name) => ({ kind, name })));
    const custom = all.filter(({ kind, name }) => !isGenerated(kind, name)).map(({ name }) => name);
    // A new operation needs its line in CUSTOM (or to be a resource's own), and no line may outlive its operation.
    expect(custom.sort()).toEqual(Object.keys(CUSTOM).sort());

    // Reads first, then changes, removals last (they take records away from what follows).
    const order = (op: { kind: string; name: string }) => (op.kind === 'query' ? 0 : op.name.startsWith('delete') ? 2 : 1);
    const outcomes: Outcome[] = [];
    const internal: string[] = [];
    for (const op of [...all].sort((a, b) => order(a) - order(b))) {
      const { text, field } = operationText(op.kind, op.name);
      const expected = access.operations[op.kind][op.name]!;
      const hint = CUSTOM[op.name] ?? {};
      const resource = hint.id ?? resourceOfOperation(op.kind, op.name);
      for (const variant of ['own', 'other'] as const) {
        const la = authorities[variant === 'own' ? '874' : '873'];
        const variables: Record<string, unknown> = {};
        for (const arg of field.args) {
          if (isNonNullType(arg.type) || ['filter', 'options'].includes(arg.name)) variables[arg.name] = valueOf(op.name, arg.name, arg.type, resource, variant);
        }
        Object.assign(variables, hint.args?.(variant, records, la));
        const asksAuthority = field.args.some((arg) => arg.name === 'localAuthorityId' && isNonNullType(arg.type)) || 'localAuthorityId' in ((variables.options as object) ?? {});
        const who: (Role | 'anonymous')[] = ['anonymous', ...ROLES];
        const results = await Promise.all(
          who.map(async (caller) => {
            const token = caller === 'anonymous' ? null : hint.freshToken ? await app.login(callers[caller].email) : callers[caller].token;
            return [caller, await app.graphql(text, variables, token)] as const;
          }),
        );
        for (const [caller, response] of results) {
          const errors = response.errors ?? [];
          const has = (code: string, message?: string) => errors.some((e) => e.extensions?.code === code && (!message || e.message.startsWith(message)));
          let problem: string | null = null;
          if (caller === 'anonymous') {
            if (expected.anonymous === has('UNAUTHENTICATED', SIGN_IN)) problem = expected.anonymous ? 'refused anonymous' : 'answered anonymous';
          } else if (!expected.roles.includes(caller)) {
            // About another authority, that refusal may come first; either way the answer is FORBIDDEN.
            const refused = has('FORBIDDEN', ROLE_REFUSAL) || (variant === 'other' && asksAuthority && has('FORBIDDEN', AUTHORITY_REFUSAL));
            if (!refused) problem = `not refused by role: ${JSON.stringify(errors)}`;
          } else if (has('FORBIDDEN', ROLE_REFUSAL) || has('UNAUTHENTICATED', SIGN_IN)) {
            problem = `refused a role access.json allows: ${JSON.stringify(errors)}`;
          } else if (variant === 'other' && asksAuthority && !has('FORBIDDEN', AUTHORITY_REFUSAL)) {
            problem = `another authority not refused: ${JSON.stringify(errors)}`;
          } else if (variant === 'own' && has('FORBIDDEN', AUTHORITY_REFUSAL)) {
            problem = 'own authority refused';
          }
          const leaked = leaksIn(response);
          if (leaked.length > 0) problem = `leaked ${leaked.length} Cambridgeshire record(s): ${leaked.slice(0, 3).join(', ')}`;
          if (has('INTERNAL_SERVER_ERROR')) internal.push(`${op.name} as ${caller} (${variant})`);
          outcomes.push({ operation: `${op.kind}.${op.name}`, caller, variant, problem });
        }
      }
    }
    const operations = new Set(outcomes.map((o) => o.operation)).size;
    const leaks = outcomes.filter((o) => o.problem?.startsWith('leaked')).length;
    console.log(`access matrix: ${operations} operations × ${ROLES.length} roles and anonymous × 2 authorities = ${outcomes.length} calls; leaks: ${leaks}`);
    expect(outcomes.filter((o) => o.problem).map((o) => `${o.operation} as ${o.caller} (${o.variant}): ${o.problem}`)).toEqual([]);
    expect(internal).toEqual([]);
    expect(operations).toBe(all.length);
    expect(leaks).toBe(0);
  },
  600_000,
);
