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
import { startApp, type TestApp } from '../helpers/app.js';
import { committedAccess, everyResourceInBothAuthorities, type Access } from '../helpers/access.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/**
 * The board member (aggregate-only) calls every query access.json lets them call, generated from the
 * schema with every field selected as deep as it goes, for each authority and each value of every
 * required choice (a report as PDF and as CSV, say): no answer holds a child's case reference or the id
 * of any record they may not read (a child, plan, audit, advice request, timetable...), read from the
 * fixture's own tables. A query opened to them later is walked with no change here, unless it names a
 * record by id, which it must say below.
 */

const BOARD = 'BOARD_MEMBER';
/** The record an `id` argument names, per query; a new board query taking an id fails until it is here. */
const ID_OF: Record<string, string> = {
  kpiRow: 'Kpi',
  kpiFigures: 'Kpi',
  highlightReportContent: 'HighlightReport',
  highlightReportFile: 'HighlightReport',
};
/** Records a figure may name although a board member cannot open them, and why. */
const NAMED_BY_FIGURES: Record<string, string> = {
  AuditCycle: 'figures per cycle name their cycle; the cycle itself (with the plans it names) stays closed',
};
const DEPTH = 6;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

let app: TestApp;
let access: Access;
let schema: GraphQLSchema;
let token: string;
let authorities: string[];
/** Ids of every record the board member may not read, and every case reference. */
const forbiddenIds = new Set<string>();
let caseReferences: string[];
/** Per resource the board member may read: a few of its records' ids, for the `id` arguments. */
const readable: Record<string, string[]> = {};
/** Text arguments that must be real to be answered at all, by query and argument: filled in below. */
const TEXT_ARGS: Record<string, string[]> = { 'youSaidWeDid.localAuthorityCode': ['873', '874'] };

beforeAll(async () => {
  app = await startApp();
  access = await committedAccess();
  schema = buildSchema(await readFile(path.join(repositoryRoot(), 'schema', 'schema.graphql'), 'utf8'));
  await everyResourceInBothAuthorities(app);
  // A published report in each authority, the only kind board members read.
  const qa = await app.login('qa@example.org');
  for (const report of await app.sql<{ id: string; version: number }>('select id, version from highlight_report')) {
    const published = await app.graphql('mutation ($id: UUID!, $v: Int!) { publishHighlightReport(id: $id, version: $v) { id status } }', { id: report.id, v: report.version }, qa);
    expect(published.errors).toBeUndefined();
  }
  // A family's survey link, as a QA officer sends one: the page it opens must name no child either.
  const [plan] = await app.sql<{ id: string }>("select p.id from plan p join local_authority la on la.id = p.local_authority_id where la.code = '873' and p.status = 'FINAL' order by p.id limit 1");
  const invited = await app.graphql('mutation ($planId: UUID!) { createSurveyInvitation(planId: $planId, kind: POST_ANNUAL_REVIEW) { token } }', { planId: plan!.id }, qa);
  expect(invited.errors).toBeUndefined();
  TEXT_ARGS['surveyByToken.token'] = [invited.data!.createSurveyInvitation.token];
  token = await app.login('board@example.org');
  authorities = [await localAuthorityId(app, '873'), await localAuthorityId(app, '874')];
  const metadata = app.db.orm.getMetadata();
  for (const [name, resource] of Object.entries(access.resources)) {
    const table = metadata.find(name)!.tableName;
    const ids = (await app.sql<{ id: string }>(`select id::text as id from ${table}`)).map((r) => r.id);
    if (resource.read.includes(BOARD as never)) readable[name] = ids.sort().slice(0, 4);
    else if (!NAMED_BY_FIGURES[name]) for (const id of ids) forbiddenIds.add(id);
  }
  caseReferences = (await app.sql<{ ref: string }>('select case_reference as ref from child')).map((r) => r.ref);
}, 240_000);
afterAll(async () => {
  await app?.close();
});

/** Every field, as deep as DEPTH, but those needing arguments. */
function selection(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type) || depth >= DEPTH) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const inner = getNamedType(field.type);
    parts.push(isLeafType(inner) ? field.name : `${field.name} ${selection(inner, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** The ways to fill a required argument: every value of a choice, one value of anything else. */
function choices(query: string, name: string, type: GraphQLInputType): unknown[] {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return choices(query, name, nullable.ofType as GraphQLInputType).map((v) => [v]);
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues().map((v) => v.value);
  if (isInputObjectType(named)) return [{}];
  switch (named.name) {
    case 'Boolean':
      return [true, false];
    case 'Int':
      return [10];
    case 'Float':
      return [0.5];
    case 'LocalDate':
      return [name === 'to' ? '2026-08-31' : '2024-09-01'];
    case 'UUID': {
      // A resource's own `X(id)` names one of its records.
      const resource = ID_OF[query] ?? (access.operations.query[query]!.resource === query ? query : undefined);
      if (!resource) throw new Error(`${query}(${name}): which record does it name? Say so in ID_OF`);
      return readable[resource]!;
    }
    default:
      return TEXT_ARGS[`${query}.${name}`] ?? ['board'];
  }
}

/** Every combination of the required arguments' choices, each also asked per authority where the query takes one. */
function calls(field: GraphQLField<unknown, unknown>): Record<string, unknown>[] {
  let combos: Record<string, unknown>[] = [{}];
  for (const arg of field.args.filter((a) => isNonNullType(a.type) && a.name !== 'localAuthorityId')) {
    combos = combos.flatMap((combo) => choices(field.name, arg.name, arg.type).map((value) => ({ ...combo, [arg.name]: value })));
  }
  const direct = field.args.find((a) => a.name === 'localAuthorityId');
  const options = field.args.find((a) => a.name === 'options' && isInputObjectType(getNamedType(a.type)) && 'localAuthorityId' in (getNamedType(a.type) as { getFields(): object }).getFields());
  const perAuthority = authorities.flatMap((la) =>
    combos.map((combo) => (direct ? { ...combo, localAuthorityId: la } : options ? { ...combo, options: { localAuthorityId: la } } : null)).filter((c) => c !== null),
  );
  // A required localAuthorityId is always one of the authorities, never left to its default.
  return direct && isNonNullType(direct.type) ? perAuthority : [...combos, ...perAuthority];
}

it("answers every query a board member may call without any record about a child: no case reference, and no id of a record they may not read", async () => {
  const queries = Object.entries(access.operations.query).filter(([, op]) => op.roles.includes(BOARD as never)).map(([name]) => name);
  expect(queries.length).toBeGreaterThan(20);
  const problems: string[] = [];
  let answered = 0;
  for (const name of queries) {
    const field = schema.getQueryType()!.getFields()[name]!;
    const declared = field.args;
    const text = `query (${declared.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')}) { ${name}(${declared.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection(getNamedType(field.type))} }`.replace('query () ', 'query ').replace(`${name}()`, name);
    for (const variables of calls(field)) {
      const response = await app.graphql(text, variables, token);
      const where = `${name}(${JSON.stringify(variables)})`;
      if (response.errors) {
        problems.push(`${where}: ${JSON.stringify(response.errors)}`);
        continue;
      }
      answered += 1;
      let body = JSON.stringify(response.data);
      // A file's text is read too: a report's CSV or PDF could name what its figures do not.
      for (const match of body.matchAll(/"base64":"([^"]*)"/g)) body += Buffer.from(match[1]!, 'base64').toString('latin1');
      const ids = (body.match(UUID) ?? []).filter((id) => forbiddenIds.has(id));
      if (ids.length > 0) problems.push(`${where}: ids of records the board member may not read: ${ids.slice(0, 3).join(', ')}`);
      const references = caseReferences.filter((ref) => body.includes(ref));
      if (references.length > 0) problems.push(`${where}: case references ${references.slice(0, 3).join(', ')}`);
    }
  }
  console.log(`board member: ${queries.length} queries, ${answered} answers walked; ${forbiddenIds.size} ids and ${caseReferences.length} case references looked for`);
  expect(problems).toEqual([]);
  // Every query answered at least once: a refusal would prove nothing.
  expect(answered).toBeGreaterThanOrEqual(queries.length);
}, 300_000);

it('reads published highlight reports only, keeps to the small-number threshold, and lists no record about a child', async () => {
  const qa = await app.login('qa@example.org');
  const la = authorities[1]!;
  const draft = await app.graphql('mutation ($la: UUID!) { createHighlightReport(localAuthorityId: $la, audience: EXECUTIVE_BOARD, date: "2026-01-15") { id } }', { la }, qa);
  expect(draft.errors).toBeUndefined();
  const draftId = (draft.data!.createHighlightReport as { id: string }).id;
  const listed = await app.graphql<{ allHighlightReports: { id: string; status: string }[] }>('{ allHighlightReports(perPage: 1000) { id status } }', {}, token);
  expect(listed.errors).toBeUndefined();
  const published = await app.sql<{ id: string }>("select id from highlight_report where status = 'PUBLISHED' order by id");
  expect(listed.data!.allHighlightReports.map((r) => r.id).sort()).toEqual(published.map((r) => r.id));
  const content = await app.graphql('query ($id: UUID!) { highlightReportContent(id: $id) { period } }', { id: draftId }, token);
  expect(content.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  // No figure goes below the small-number threshold for them.
  const lowered = await app.graphql('{ gradeTrend(options: { minimumCount: 1 }) { period } }', {}, token);
  expect(lowered.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'options.minimumCount', rule: 'atLeast' }] });
  const asUsual = await app.graphql('{ gradeTrend(options: { minimumCount: 10 }) { period } }', {}, token);
  expect(asUsual.errors).toBeUndefined();
  // The resources about children are refused outright, by role.
  for (const list of ['allChildren', 'allPlans', 'allAudits', 'allAdviceRequests', 'allPlacements', 'allPartTimeTimetables', 'allAssessmentRequests', 'allAnnualReviews', 'allChangeRecords', 'allDeadlines']) {
    const refused = await app.graphql(`{ ${list} { id } }`, {}, token);
    expect([list, refused.errors?.[0]?.extensions?.code]).toEqual([list, 'FORBIDDEN']);
  }
});
