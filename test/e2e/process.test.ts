import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, newInstance, start } from '../helpers/process.js';

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
    const instance = await newInstance(dir, 'pg');
    const first = await start(instance);
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
    expect(existsSync(path.join(instance.dataDir, 'postmaster.pid'))).toBe(false);

    // The data directory is kept: a second start finds the schema in place and applies nothing new.
    const second = await start(instance);
    expect(second.output()).not.toContain('initialising embedded PostgreSQL');
    expect(second.output()).not.toContain('migrations applied');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);
});
