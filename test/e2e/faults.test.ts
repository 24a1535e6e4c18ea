import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { alive, built, createUser, graphql, newInstance, postmasterPid, start, stopAll, waitFor, type Instance, type Running } from '../helpers/process.js';

/**
 * Faults on the real process with its embedded PostgreSQL: the database killed under load, SIGTERM
 * under load and past the drain deadline, a PostgreSQL orphaned by a killed server, a data directory in
 * use, a database that will not come back. Each recovers by itself or stops loudly, and loses nothing.
 */
const PASSWORD = 'operator-password';
const EMAIL = 'operator@example.org';
const CREATE_TEAM = 'mutation ($la: UUID!, $name: String!) { createTeam(localAuthorityId: $la, kind: SOCIAL_CARE, name: $name) { id name } }';

async function signIn(running: Running): Promise<{ token: string; la: string }> {
  const login = await graphql(running.url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token user { localAuthorities { id } } } }', { e: EMAIL, p: PASSWORD });
  if (!login.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(login.errors)}\n${running.output()}`);
  return { token: login.data.login.token, la: login.data.login.user.localAuthorities[0].id };
}

/** Creates teams from `workers` clients at once until stopped; every name the API acknowledged, and the codes of refusals. */
function load(running: Running, token: string, la: string, prefix: string, workers = 4) {
  const acknowledged = new Set<string>();
  const refused = new Map<string, number>();
  let stopped = false;
  let n = 0;
  const worker = async () => {
    while (!stopped) {
      const name = `${prefix} ${n++}`;
      const result = await graphql(running.url, CREATE_TEAM, { la, name }, token).catch(() => ({ data: null, errors: [{ message: 'no answer', extensions: { code: 'NO_ANSWER' } }] }));
      if (result.data?.createTeam?.name === name) acknowledged.add(name);
      else {
        const code = result.errors?.[0]?.extensions?.code ?? 'NONE';
        refused.set(code, (refused.get(code) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const running_ = Promise.all(Array.from({ length: workers }, worker));
  return {
    acknowledged,
    refused,
    async stop() {
      stopped = true;
      await running_;
    },
  };
}

async function teamNames(running: Running, token: string): Promise<Set<string>> {
  const names = new Set<string>();
  for (let page = 0; ; page += 1) {
    const result = await graphql(running.url, 'query ($page: Int) { allTeams(page: $page, perPage: 1000) { name } }', { page }, token);
    const rows = (result.data?.allTeams ?? []) as { name: string }[];
    for (const row of rows) names.add(row.name);
    if (rows.length < 1000) return names;
  }
}

describe.skipIf(!built)('faults', () => {
  let dir: string;
  let instance: Instance;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'send-qa-faults-'));
    await chmod(dir, 0o755);
    instance = await newInstance(dir, 'pg');
    createUser(instance, EMAIL, PASSWORD);
  }, 120_000);
  afterEach(stopAll);
  afterAll(async () => {
    // Nothing of these tests may outlive them.
    const pid = instance && postmasterPid(instance.dataDir);
    if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('restarts the embedded PostgreSQL killed with SIGKILL under load, and loses no acknowledged row', async () => {
    const server = await start(instance);
    const { token, la } = await signIn(server);
    const writes = load(server, token, la, 'Killed');
    await waitFor(() => writes.acknowledged.size >= 20, 30_000, 'writes before the kill');
    const killed = postmasterPid(instance.dataDir)!;
    process.kill(killed, 'SIGKILL');
    const acknowledgedBefore = writes.acknowledged.size;
    // The service comes back by itself, and writes succeed again.
    await waitFor(() => server.output().includes('embedded PostgreSQL restarted'), 60_000, 'the restart');
    await waitFor(() => writes.acknowledged.size >= acknowledgedBefore + 20, 30_000, 'writes after the restart');
    await writes.stop();
    expect(postmasterPid(instance.dataDir)).not.toBe(killed);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    const stored = await teamNames(server, token);
    const lost = [...writes.acknowledged].filter((name) => !stored.has(name));
    console.log(`database killed under load: ${writes.acknowledged.size} writes acknowledged, refusals ${JSON.stringify(Object.fromEntries(writes.refused))}, ${stored.size} teams stored, ${lost.length} lost`);
    const unexpected = server.output().split('\n').filter((line) => line.includes('"unexpected error"'));
    if (unexpected.length > 0) console.log(unexpected.slice(0, 3).map((line) => line.slice(0, 1500)).join('\n'));
    expect(lost).toEqual([]);
    // While it was down, writes were refused with a code saying so, never an internal error.
    expect([...writes.refused.keys()].filter((code) => !['SERVICE_UNAVAILABLE', 'TIMEOUT'].includes(code))).toEqual([]);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(postmasterPid(instance.dataDir)).toBeNull();
  }, 180_000);

  it('stops everything on SIGTERM under load, and starts again with every acknowledged row', async () => {
    const server = await start(instance);
    const { token, la } = await signIn(server);
    const writes = load(server, token, la, 'Terminated', 6);
    await waitFor(() => writes.acknowledged.size >= 20, 30_000, 'writes under load');
    server.child.kill('SIGTERM');
    const code = await server.exited;
    await writes.stop();
    expect([0, 1]).toContain(code);
    expect(server.output()).toContain('embedded PostgreSQL stopped');
    expect(postmasterPid(instance.dataDir)).toBeNull();

    const again = await start(instance);
    const stored = await teamNames(again, (await signIn(again)).token);
    expect([...writes.acknowledged].filter((name) => !stored.has(name))).toEqual([]);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 180_000);

  it('stops the embedded PostgreSQL even when requests outlast the drain deadline, and says so with a non-zero exit', async () => {
    const server = await start(instance, { SHUTDOWN_TIMEOUT_MS: '500' });
    const { token, la } = await signIn(server);
    const made = await graphql(server.url, CREATE_TEAM, { la, name: 'Held' }, token);
    const team = made.data!.createTeam as { id: string };
    // A lock held from outside keeps an update of that team waiting past the deadline.
    const holder = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${server.pgPort}/send_qa` });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('begin');
    await holder.query('select * from team where id = $1 for update', [team.id]);
    const stuck = graphql(server.url, 'mutation ($id: UUID!) { updateTeam(id: $id, version: 1, name: "Never") { id } }', { id: team.id }, token).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pid = postmasterPid(instance.dataDir)!;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    await stuck;
    await holder.end().catch(() => undefined);
    expect(server.output()).toContain('requests still in flight at the shutdown deadline');
    expect(server.output()).toContain('embedded PostgreSQL stopped');
    expect(alive(pid)).toBe(false);
    expect(postmasterPid(instance.dataDir)).toBeNull();
  }, 120_000);

  it('finds a PostgreSQL orphaned by a killed server and stops it cleanly before starting its own', async () => {
    const server = await start(instance);
    const orphan = postmasterPid(instance.dataDir)!;
    server.child.kill('SIGKILL');
    await server.exited;
    expect(alive(orphan)).toBe(true);

    const next = await start(instance);
    expect(next.output()).toContain('left running by a server that is gone');
    expect(alive(orphan)).toBe(false);
    expect(postmasterPid(instance.dataDir)).not.toBe(orphan);
    await signIn(next);
    next.child.kill('SIGTERM');
    expect(await next.exited).toBe(0);
  }, 120_000);

  it('refuses, with a clear message and a non-zero exit, a data directory another running server uses', async () => {
    const server = await start(instance);
    try {
      const second = await start(instance, {}, { untilExit: true });
      expect(await second.exited).not.toBe(0);
      expect(second.output()).toMatch(/belongs to another SEND QA server that is still running \(PID \d+\)/);
      expect(second.output()).not.toMatch(/^undefined$/m);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 120_000);

  it('answers JSON errors in production mode too', async () => {
    const server = await start(instance, { BODY_LIMIT_MB: '1' });
    try {
      const post = (body: string) => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      for (const [response, status] of [[await post('{"query": '), 400], [await post(JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024) })), 413]] as const) {
        expect(response.status).toBe(status);
        const text = await response.text();
        expect(text).not.toMatch(/<html|<pre>|\.js:\d+/i);
        expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 120_000);

  it('fails /healthz while the database cannot be restarted, then exits non-zero so that a supervisor acts', async () => {
    const server = await start(instance, { EMBEDDED_PG_RESTARTS: '3' });
    const pid = postmasterPid(instance.dataDir)!;
    // Something else takes the database's port the moment it dies: every restart fails.
    process.kill(pid, 'SIGKILL');
    await waitFor(() => !alive(pid), 10_000, 'the kill');
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(server.pgPort, '127.0.0.1', resolve));
    try {
      await waitFor(() => fetch(`${server.url}/healthz`).then((r) => r.status === 503, () => false), 20_000, '/healthz to fail');
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain('the database is gone for good');
    } finally {
      squatter.close();
    }
    expect(existsSync(path.join(instance.dataDir, 'PG_VERSION'))).toBe(true);
  }, 120_000);
});
