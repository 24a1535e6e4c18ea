import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { alive, built, createUser, graphql, newInstance, postmasterPid, start, stopAll, waitFor, type Instance, type Running } from '../helpers/process.js';

/**
 * Several server processes on one PostgreSQL, as behind a load balancer: separate servers given one
 * DATABASE_URL, and WEB_CONCURRENCY workers of one server. A session made on one is good on every
 * other, and failed sign-ins count across all of them.
 */
const PASSWORD = 'operator-password';
const EMAIL = 'operator@example.org';
const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
/** Failed sign-ins for one email before it is locked (SIGN_IN_LIMITS.perEmail). */
const PER_EMAIL = 10;

const signIn = (server: Running, password = PASSWORD) => graphql(server.url, LOGIN, { e: EMAIL, p: password });
const me = async (server: Running, token: string) => (await graphql(server.url, '{ me { email } }', {}, token)).data?.me?.email ?? null;

/** The server processes a primary started (node:cluster workers), by the command line they run. */
function workerPids(primary: number): number[] {
  const children = readFileSync(`/proc/${primary}/task/${primary}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  return children.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.js');
    } catch {
      return false;
    }
  });
}

/** The workers the primary has seen listening, from its log. */
function listening(server: Running): number[] {
  return logLines(server)
    .filter((line) => line.msg === 'server process listening')
    .map((line) => line.worker as number);
}

function logLines(server: Running): Record<string, unknown>[] {
  return server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe.skipIf(!built)('scale-out', () => {
  let dir: string;
  let instances: Instance[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'send-qa-scale-'));
    await chmod(dir, 0o755);
    instances = [await newInstance(dir, 'shared'), await newInstance(dir, 'second'), await newInstance(dir, 'workers')];
    createUser(instances[0]!, EMAIL, PASSWORD);
    createUser(instances[2]!, EMAIL, PASSWORD);
    // Three databases initialised and migrated one after another: on two loaded cores that has taken over two minutes.
  }, 300_000);
  afterEach(stopAll);
  afterAll(async () => {
    for (const instance of instances) {
      const pid = postmasterPid(instance.dataDir);
      if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shares sessions and the sign-in throttle between two servers on one database', async () => {
    const first = await start(instances[0]!);
    // The second server on the first one's PostgreSQL, as a second machine would be on a shared database.
    const second = await start(instances[1]!, { DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${instances[0]!.pgPort}/send_qa` });

    const token = (await signIn(first)).data!.login.token as string;
    expect(await me(second, token)).toBe(EMAIL);
    await graphql(second.url, 'mutation { logout }', {}, token);
    expect(await me(first, token)).toBeNull();

    // Half the allowed failures on each server: neither alone has reached the limit, together they have.
    for (let i = 0; i < PER_EMAIL; i += 1) {
      const failed = await signIn(i % 2 === 0 ? first : second, 'not-the-password');
      expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const server of [first, second]) {
      const locked = await signIn(server);
      expect(locked.data?.login ?? null).toBeNull();
      expect(locked.errors?.[0]?.extensions?.code).toBe('THROTTLED');
    }

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  }, 180_000);

  it('runs WEB_CONCURRENCY workers on one port that answer alike, replaces one that dies, and stops them all on SIGTERM', async () => {
    const server = await start(instances[2]!, { WEB_CONCURRENCY: '2' });
    const primary = server.child.pid!;
    await waitFor(() => listening(server).length === 2, 90_000, 'both workers listening');
    const workers = workerPids(primary);
    expect([...workers].sort()).toEqual([...listening(server)].sort());

    // Many sign-ins and reads at once: both workers answer some (each logs its own pid), every answer right.
    const token = (await signIn(server)).data!.login.token as string;
    const answers = await Promise.all(Array.from({ length: 40 }, () => me(server, token)));
    expect(answers.every((email) => email === EMAIL)).toBe(true);
    const answeredBy = new Set(logLines(server).filter((line) => line.msg === 'request completed').map((line) => line.pid));
    expect([...answeredBy].sort()).toEqual([...workers].sort());

    // A worker that dies is replaced, and the service answers throughout. A client's kept-alive
    // connection to the killed worker is reset with it, as behind any load balancer; once the primary
    // has seen the exit, new connections reach the worker that is left.
    process.kill(workers[0]!, 'SIGKILL');
    await waitFor(() => logLines(server).some((line) => line.msg === 'a server process exited: starting another'), 30_000, 'the primary to see the exit');
    expect(await me(server, token)).toBe(EMAIL);
    await waitFor(() => listening(server).some((pid) => !workers.includes(pid)), 90_000, 'a replacement worker listening');
    expect(workerPids(primary)).toHaveLength(2);
    expect(await me(server, token)).toBe(EMAIL);

    const remaining = workerPids(primary);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(remaining.filter(alive)).toEqual([]);
    expect(postmasterPid(instances[2]!.dataDir)).toBeNull();
  }, 180_000);
});
