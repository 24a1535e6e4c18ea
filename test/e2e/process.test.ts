import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '@send-qa/api';
import { freePort } from '../helpers/database.js';

const MAIN = path.join(repositoryRoot(), 'api', 'dist', 'src', 'main.js');
const built = existsSync(MAIN);
if (process.env.CI === 'true' && !built) throw new Error(`The built API is missing (${MAIN}): run pnpm build`);

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  url: string;
}

async function start(dataDir: string): Promise<Running> {
  const port = await freePort();
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...inherited,
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(port),
      DEMO: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) break;
    const ready = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) return { child, output: () => output, exited, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become ready:\n${output}`);
}

describe.skipIf(!built)('the server process', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'send-qa-process-'));
    await chmod(dir, 0o755);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts the embedded database, migrates, serves, and on SIGTERM finishes and stops everything cleanly', async () => {
    const dataDir = path.join(dir, 'pg');
    const first = await start(dataDir);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    expect(first.output()).toContain('migrations applied');
    // A sign-in spends a good hundred milliseconds in argon2: SIGTERM arrives while it is being served.
    const inFlight = fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "nobody@example.org", password: "not-a-password") { token } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 40));
    first.child.kill('SIGTERM');
    const answer = (await (await inFlight).json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('embedded PostgreSQL stopped');
    expect(first.output()).toContain('stopped cleanly');
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    // The data directory is kept: a second start finds the schema in place and applies nothing new.
    const second = await start(dataDir);
    expect(second.output()).not.toContain('initialising embedded PostgreSQL');
    expect(second.output()).not.toContain('migrations applied');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);
});
