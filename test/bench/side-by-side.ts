/**
 * The API side by side with hand-written SQL (hand-written.ts) on the same database: each a process of
 * its own, the API in production mode, both answering the same caller's same requests with the same
 * bytes (checked before anything is timed), measured in interleaved rounds at 10 connections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../helpers/database.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';
import { PLAN_LIST, workloads } from './workloads.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CONNECTIONS = 10;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
/** Node flags for the API process alone, to profile it under this load: `--cpu-prof --cpu-prof-dir=/tmp/profiles`. */
const API_NODE_FLAGS = process.env.BENCH_API_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
/** Time only the workloads whose name holds this (any case). */
const WORKLOAD = process.env.BENCH_WORKLOAD?.toLowerCase();
/** The API's throughput against the hand-written query's, at least; and the 25-row lists' p95 at 10 connections, at most. */
export const TARGET_RATIO = 0.67;
export const TARGET_LIST_P95_MS = 50;

export interface SideBySideFigure {
  name: string;
  api: Run;
  handWritten: Run;
  ratio: number;
  apiStatements: number;
  handWrittenStatements: number;
  list25: boolean;
}

interface Run {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  /** CPU time the server process spent per request (user and system), which the machine's other load does not change much. */
  cpuMs: number;
}

/** CPU time a process has used so far, in milliseconds (Linux: /proc; elsewhere NaN). */
function cpuTime(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function started(child: ChildProcess, url: string): Promise<void> {
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`${url} exited with ${code} before it answered`);
  });
  const answering = (async () => {
    for (;;) {
      try {
        await fetch(url);
        return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await Promise.race([answering, exited]);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

interface Target {
  pid: number | undefined;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

async function load(target: Target, seconds: number): Promise<{ times: number[]; seconds: number; cpuMs: number }> {
  const times: number[] = [];
  let failed = 0;
  const cpuBefore = cpuTime(target.pid);
  const { url, method, headers, body } = target;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, method, headers, body, connections: CONNECTIONS, duration: seconds }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, status, _bytes, time) => {
      if (status === 200) times.push(time);
      else failed += 1;
    });
  });
  if (failed > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${target.url}: ${failed} answers not 200, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { times, seconds: result.duration, cpuMs: cpuTime(target.pid) - cpuBefore };
}

/** Both servers measured in turn, the order swapped every round, so that a change in the machine's load falls on both. */
async function measure(api: Target, handWritten: Target): Promise<{ api: Run; handWritten: Run }> {
  await load(api, 1);
  await load(handWritten, 1);
  const runs = { api: { times: [] as number[], seconds: 0, cpuMs: 0 }, handWritten: { times: [] as number[], seconds: 0, cpuMs: 0 } };
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? (['api', 'handWritten'] as const) : (['handWritten', 'api'] as const);
    for (const side of order) {
      const { times, seconds, cpuMs } = await load(side === 'api' ? api : handWritten, SECONDS);
      runs[side].times.push(...times);
      runs[side].seconds += seconds;
      runs[side].cpuMs += cpuMs;
    }
  }
  const figures = (side: keyof typeof runs): Run => {
    const sorted = runs[side].times.sort((a, b) => a - b);
    return {
      requestsPerSecond: sorted.length / runs[side].seconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      cpuMs: runs[side].cpuMs / sorted.length,
    };
  };
  return { api: figures('api'), handWritten: figures('handWritten') };
}

export async function sideBySide(databaseUrl: string): Promise<SideBySideFigure[]> {
  const apiPort = await freePort();
  const handWrittenPort = await freePort();
  const api = spawn(process.execPath, [...API_NODE_FLAGS, path.join(here, '../../api/dist/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      EXPOSE_SQL_COUNT: 'true',
    },
    // Production logs one JSON line per request; it is written, as it would be, and thrown away here.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const handWritten = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'hand-written.ts'), String(handWrittenPort), databaseUrl], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const handWrittenUrl = `http://127.0.0.1:${handWrittenPort}`;
    await started(api, `${apiUrl}/readyz`);
    await started(handWritten, `${handWrittenUrl}/`);
    const graphql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { body: await response.text(), statements: Number(response.headers.get('x-sql-statements')) };
    };
    const signIn = JSON.parse(
      (await graphql('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email: 'qa@example.org', password: DEMO_PASSWORD })).body,
    );
    const token: string = signIn.data.login.token;
    const firstPlan: string = JSON.parse((await graphql(PLAN_LIST, { perPage: 1 }, token)).body).data.allPlans[0].id;
    const figures: SideBySideFigure[] = [];
    for (const workload of workloads(firstPlan).filter((one) => !WORKLOAD || one.name.toLowerCase().includes(WORKLOAD))) {
      const apiTarget: Target = {
        pid: api.pid,
        url: `${apiUrl}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: workload.query, variables: workload.variables }),
      };
      const handWrittenTarget: Target = { pid: handWritten.pid, url: `${handWrittenUrl}${workload.handWritten}`, method: 'GET', headers: { authorization: `Bearer ${token}` } };
      const fromApi = await graphql(workload.query, workload.variables, token);
      const fromSql = await fetch(handWrittenTarget.url, { headers: handWrittenTarget.headers });
      const sqlBody = await fromSql.text();
      if (fromApi.body !== sqlBody) {
        throw new Error(`${workload.name}: the API and the hand-written query answer differently\nAPI: ${fromApi.body.slice(0, 2000)}\nSQL: ${sqlBody.slice(0, 2000)}`);
      }
      const measured = await measure(apiTarget, handWrittenTarget);
      figures.push({
        name: workload.name,
        ...measured,
        ratio: measured.api.requestsPerSecond / measured.handWritten.requestsPerSecond,
        apiStatements: fromApi.statements,
        handWrittenStatements: Number(fromSql.headers.get('x-sql-statements')),
        list25: workload.list25,
      });
    }
    return figures;
  } finally {
    await Promise.all([stop(api), stop(handWritten)]);
  }
}

export function printSideBySide(figures: SideBySideFigure[], loadBefore: number[], loadAfter: number[]): boolean {
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  console.log(`\nThe API against hand-written SQL (pg), same database, same bytes; ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s each side.`);
  console.log(`Load average (1, 5, 15 min) before: ${load(loadBefore)}, after: ${load(loadAfter)} on ${availableParallelism()} cores.\n`);
  console.log('| workload | API req/s | API p50 ms | API p95 ms | API CPU ms/req | SQL req/s | SQL p50 ms | SQL p95 ms | SQL CPU ms/req | API / SQL | API statements | SQL statements | |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  let met = true;
  for (const f of figures) {
    const ok = f.ratio >= TARGET_RATIO && (!f.list25 || f.api.p95 < TARGET_LIST_P95_MS);
    met &&= ok;
    console.log(
      `| ${f.name} | ${f.api.requestsPerSecond.toFixed(0)} | ${f.api.p50.toFixed(1)} | ${f.api.p95.toFixed(1)} | ${f.api.cpuMs.toFixed(2)} | ${f.handWritten.requestsPerSecond.toFixed(0)} | ${f.handWritten.p50.toFixed(1)} | ${f.handWritten.p95.toFixed(1)} | ${f.handWritten.cpuMs.toFixed(2)} | ${f.ratio.toFixed(2)} | ${f.apiStatements} | ${f.handWrittenStatements} | ${ok ? 'ok' : 'SHORT'} |`,
    );
  }
  console.log(`\nTargets: API / SQL at least ${TARGET_RATIO}; API p95 under ${TARGET_LIST_P95_MS} ms for the 25-row lists. Statements include the session lookup.`);
  return met;
}
