/**
 * The floor the API is measured against: the same answers, written by hand with `pg`, as a plain
 * node:http server. It does what any server answering these requests must do, and nothing more: it
 * finds the caller from the bearer token (the API's own session statement) and reads exactly the data
 * with the caller's access rules written into the SQL (their authorities, the audit rule for their
 * roles, blind moderation, which users they may see), building the JSON in PostgreSQL. The body is
 * the API's, byte for byte (the benchmark checks it).
 *
 * Run as its own process: `tsx hand-written.ts <port> <databaseUrl>`; test/api/side-by-side.test.ts
 * checks its answers are the API's, byte for byte.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

/** Roles that see every audit of their authorities (the API's `SEE_ALL_AUDITS`). */
const SEE_ALL_AUDITS = ['ADMIN', 'QA_OFFICER', 'DCO', 'VIEWER'];

const SESSION = `select u.id, u.roles,
       coalesce(array_agg(ula.local_authority_id) filter (where ula.local_authority_id is not null), '{}') as local_authority_ids
  from session s
  join app_user u on u.id = s.user_id and u.active
  left join app_user_local_authority ula on ula.user_id = u.id
 where s.token_hash = $1 and s.expires_at > now()
 group by u.id`;

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** $1 the caller's authorities, $2 the page size. */
const PLANS = `with page as (
  select p.* from plan p where p.local_authority_id = any($1)
   order by p.request_date desc, p.id asc limit $2)
select json_build_object(
  'allPlans', coalesce((select json_agg(json_build_object(
      'id', p.id, 'version', p.version, 'status', p.status, 'requestDate', p.request_date, 'issueDate', p.issue_date,
      'lastAnnualReviewDate', p.last_annual_review_date,
      'child', json_build_object('id', c.id, 'caseReference', c.case_reference, 'primaryNeed', c.primary_need),
      'setting', case when s.id is null then null else json_build_object('id', s.id, 'name', s.name) end,
      'team', case when t.id is null then null else json_build_object('id', t.id, 'name', t.name) end,
      'localAuthority', json_build_object('id', la.id, 'code', la.code, 'name', la.name)) order by p.request_date desc, p.id asc)
    from page p
    join child c on c.id = p.child_id and c.local_authority_id = any($1)
    left join setting s on s.id = p.setting_id
    left join team t on t.id = p.team_id and t.local_authority_id = any($1)
    join local_authority la on la.id = p.local_authority_id and la.id = any($1)), '[]'),
  '_allPlansMeta', json_build_object('count', (select count(*) from plan where local_authority_id = any($1)))) as data`;

/** $1 the caller's authorities, $2 the plan's id. */
const PLAN = `select json_build_object('Plan', (select json_build_object(
    'id', p.id, 'version', p.version, 'status', p.status, 'requestDate', p.request_date, 'issueDate', p.issue_date,
    'child', json_build_object('id', c.id, 'caseReference', c.case_reference, 'dateOfBirth', c.date_of_birth, 'primaryNeed', c.primary_need),
    'setting', case when s.id is null then null else json_build_object('id', s.id, 'name', s.name, 'phase', s.phase) end,
    'team', case when t.id is null then null else json_build_object('id', t.id, 'name', t.name) end,
    'localAuthority', json_build_object('id', la.id, 'code', la.code, 'name', la.name))
  from plan p
  join child c on c.id = p.child_id and c.local_authority_id = any($1)
  left join setting s on s.id = p.setting_id
  left join team t on t.id = p.team_id and t.local_authority_id = any($1)
  join local_authority la on la.id = p.local_authority_id and la.id = any($1)
  where p.id = $2 and p.local_authority_id = any($1))) as data`;

/** Users the caller may see: themself, and those who share one of their authorities. */
const VISIBLE_USER = `(u.id = $2 or exists (select 1 from app_user_local_authority l where l.user_id = u.id and l.local_authority_id = any($1)))`;

/** $1 the caller's authorities, $2 the caller, $3 whether they see every audit there, $4 the page size. */
const AUDITS = `with page as (
  select a.*, c.case_reference,
         -- Blind moderation: the moderator does not see the first grade until they have given theirs.
         (a.status = 'SUBMITTED' and a.moderator_id = $2 and a.moderator_grade is null) as blind
    from audit a join plan p on p.id = a.plan_id join child c on c.id = p.child_id
   where a.local_authority_id = any($1) and ($3 or a.auditor_id = $2 or a.moderator_id = $2)
   order by c.case_reference asc, a.id asc limit $4)
select json_build_object(
  'allAudits', coalesce((select json_agg(json_build_object(
      'id', a.id, 'status', a.status, 'lens', a.lens,
      'overallGrade', case when a.blind then null else a.overall_grade end,
      'agreedGrade', a.agreed_grade,
      'submittedAt', to_char(a.submitted_at at time zone 'UTC', ${ISO}),
      'cycle', (select json_build_object('id', y.id, 'name', y.name) from audit_cycle y where y.id = a.cycle_id and y.local_authority_id = any($1)),
      'plan', (select json_build_object('id', p.id, 'child',
                 (select json_build_object('id', c.id, 'caseReference', c.case_reference) from child c where c.id = p.child_id and c.local_authority_id = any($1)))
               from plan p where p.id = a.plan_id and p.local_authority_id = any($1)),
      'auditor', (select json_build_object('id', u.id, 'displayName', u.display_name) from app_user u where u.id = a.auditor_id and ${VISIBLE_USER}),
      'moderator', (select json_build_object('id', u.id, 'displayName', u.display_name) from app_user u where u.id = a.moderator_id and ${VISIBLE_USER})
    ) order by a.case_reference asc, a.id asc) from page a), '[]'),
  '_allAuditsMeta', json_build_object('count', (select count(*) from audit a
     where a.local_authority_id = any($1) and ($3 or a.auditor_id = $2 or a.moderator_id = $2)))) as data`;

interface Caller {
  id: string;
  roles: string[];
  local_authority_ids: string[];
}

/** The statements each path runs, for the caller and the request's query string. */
const ROUTES: Record<string, (caller: Caller, params: URLSearchParams) => [string, unknown[]]> = {
  '/plans': (caller, params) => [PLANS, [caller.local_authority_ids, Number(params.get('perPage'))]],
  '/plan': (caller, params) => [PLAN, [caller.local_authority_ids, params.get('id')]],
  '/audits': (caller, params) => [
    AUDITS,
    [caller.local_authority_ids, caller.id, caller.roles.some((role) => SEE_ALL_AUDITS.includes(role)), Number(params.get('perPage'))],
  ],
};

/** The hand-written server on a pool of its own; the caller listens and closes. */
export function handWrittenServer(pool: pg.Pool): http.Server {
  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const route = ROUTES[url.pathname];
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!route || !token) {
        res.writeHead(404).end();
        return;
      }
      const hash = createHash('sha256').update(token).digest('hex');
      const caller = (await pool.query<Caller>(SESSION, [hash])).rows[0];
      if (!caller) {
        res.writeHead(401).end();
        return;
      }
      const [text, values] = route(caller, url.searchParams);
      const { rows } = await pool.query<{ data: unknown }>(text, values);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-sql-statements': '2' });
      res.end(`${JSON.stringify({ data: rows[0]!.data })}\n`);
    } catch (error) {
      console.error(error);
      res.writeHead(500).end();
    }
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [port, databaseUrl] = process.argv.slice(2);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = handWrittenServer(pool);
  server.listen(Number(port), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => void pool.end());
  });
}
