import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '@send-qa/api';
import { freePort } from './database.js';

/** The built server and command line, run as an operator would: their own processes, an embedded PostgreSQL. */
export const MAIN = path.join(repositoryRoot(), 'api', 'dist', 'src', 'main.js');
const USER_CREATE = path.join(repositoryRoot(), 'api', 'dist', 'src', 'cli', 'user-create.js');
export const built = existsSync(MAIN);
if (process.env.CI === 'true' && !built) throw new Error(`The built API is missing (${MAIN}): run pnpm build`);

export interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  url: string;
  pgPort: number;
}

const children = new Set<ChildProcess>();

/** Ends every server a test started that is still running: called after each test, so none outlives a failure. */
export async function stopAll(): Promise<void> {
  await Promise.all(
    [...children].map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }),
  );
  children.clear();
}

export interface Instance {
  dataDir: string;
  pgPort: number;
}

function environment(instance: Instance, env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _external, ...inherited } = process.env;
  return { ...inherited, DATA_DIR: instance.dataDir, EMBEDDED_PG_PORT: String(instance.pgPort), DEMO: 'false', NODE_ENV: 'production', LOG_LEVEL: 'info', ...env };
}

/** Starts the server; resolves once /readyz answers, or with the process that exited instead when `untilExit`. */
export async function start(instance: Instance, env: Record<string, string> = {}, options: { untilExit?: boolean } = {}): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], { env: environment(instance, { PORT: String(port), ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const running = { child, output: () => output, exited, url: `http://127.0.0.1:${port}`, pgPort: instance.pgPort };
  if (options.untilExit) {
    await exited;
    return running;
  }
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) break;
    const ready = await fetch(`${running.url}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) return running;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become ready:\n${output}`);
}

/** `user:create`, as the README has the first admin made, before the server runs. */
export function createUser(instance: Instance, email: string, password: string, authority = '873:Cambridgeshire'): void {
  const result = spawnSync(process.execPath, [USER_CREATE, '--email', email, '--name', 'Operator', '--role', 'ADMIN', '--local-authority', authority], {
    env: environment(instance, { PASSWORD: password }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`user:create failed:\n${result.stdout}${result.stderr}`);
}

export async function newInstance(dir: string, name: string): Promise<Instance> {
  return { dataDir: path.join(dir, name), pgPort: await freePort() };
}

/** The PostgreSQL server process (postmaster) running on the data directory, as its lock file names it. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

export async function waitFor(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
