import cluster, { type Worker } from 'node:cluster';
import type { Logger } from './core/logger.js';

/** What serves requests, as shutdown sees it: one HTTP server in this process, or the workers behind it. */
export interface Serving {
  /** Stops taking requests and lets those in flight finish; false when something could not finish cleanly. */
  stop(): Promise<boolean>;
  /** Past the drain deadline: ends whatever is still running. */
  kill(): void;
}

/**
 * WEB_CONCURRENCY server processes on one port (node:cluster), started by the primary, which owns the
 * database (migrations, the embedded PostgreSQL and its restarts) and hands its URL to each worker.
 * The workers keep nothing another would need (sessions and the sign-in throttle are in PostgreSQL),
 * so any of them may answer any request. One that dies is replaced; one that dies before it listens
 * means the service cannot start, and `ready` rejects.
 */
export function startWorkers(count: number, databaseUrl: string, log: Logger): { ready: Promise<void>; serving: Serving } {
  let stopping = false;
  const listening = new WeakSet<Worker>();
  let failStart: (error: Error) => void = () => undefined;
  let started = 0;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failStart = reject;
  });
  const fork = () => {
    const worker = cluster.fork({ DATABASE_URL: databaseUrl });
    worker.once('listening', () => {
      log.info({ worker: worker.process.pid }, 'server process listening');
      listening.add(worker);
      started += 1;
      if (started === count) markReady();
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (!listening.has(worker)) {
      failStart(new Error(`a server process exited before it listened (code ${code}, signal ${signal})`));
      return;
    }
    log.error({ worker: worker.process.pid, code, signal }, 'a server process exited: starting another');
    fork();
  });
  for (let i = 0; i < count; i += 1) fork();

  const running = () => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead());
  return {
    ready,
    serving: {
      async stop() {
        stopping = true;
        const exits = running().map(
          (worker) =>
            new Promise<boolean>((resolve) => {
              // One still starting has no requests yet, and ends at the signal.
              const starting = !listening.has(worker);
              worker.once('exit', (code, signal) => resolve(code === 0 || (starting && signal === 'SIGTERM')));
              // Each worker drains its own requests and closes its pool on SIGTERM, as a single server does.
              worker.process.kill('SIGTERM');
            }),
        );
        return (await Promise.all(exits)).every(Boolean);
      },
      kill() {
        stopping = true;
        for (const worker of running()) worker.process.kill('SIGKILL');
      },
    },
  };
}
