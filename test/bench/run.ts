/**
 * Benchmarks at demo scale (two authorities, about 10,500 plans): the list queries the admin sends,
 * the commissioner's placement figures, the statutory timeline's live lists and figures, the KPI scorecard, sign-in,
 * and the number of SQL statements each issues; then the API side by side with hand-written SQL (side-by-side.ts);
 * then the national-scale trend; then 10,000 children and plans imported (dry run and write timed apart).
 * Prints its figures and the targets beside them.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { startApp } from '../helpers/app.js';
import { onServer, prepareTemplate, startCluster } from '../helpers/database.js';
import { ALL_PLANS } from '../helpers/queries.js';
import { importBenchmark, printImportFigures } from './imports.js';
import { addNationalAudits } from './national-audits.js';
import { printSideBySide, sideBySide } from './side-by-side.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 50);
const NATIONAL_AUDITS = Number(process.env.BENCH_NATIONAL_AUDITS ?? 500_000);
/** Measure only the operations whose name holds this (any case), to time one change without the other five minutes. */
const ONLY = process.env.BENCH_ONLY?.toLowerCase();
const wanted = (name: string) => !ONLY || name.toLowerCase().includes(ONLY);
const SIDE_BY_SIDE = 'side by side: the API against hand-written SQL';
/** BENCH_ONLY picks these by this name. */
const IMPORTS = 'imports: 10,000 children and plans';
/** What the framework dashboard asks. */
const SCORECARD = 'query ($asOf: LocalDate) { kpiScorecard(asOf: $asOf) { kpiId code name owner unit target current { period value rag needsExceptionNote } trend { value } milestones { actual rag } } }';
const TREND = 'query ($options: GradeTrendOptions) { gradeTrend(options: $options) { period group audited goodOrOutstanding percent low high tooFewToReport } }';

interface Figure {
  name: string;
  p50: number;
  p95: number;
  statements: number;
  targetP95: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(name: string, targetP95: number, run: () => Promise<{ headers: Headers; errors?: unknown }>): Promise<Figure | null> {
  if (!wanted(name)) return null;
  await run(); // warm-up: connection pool, query plans
  const times: number[] = [];
  let statements = 0;
  for (let i = 0; i < ITERATIONS; i += 1) {
    const started = performance.now();
    const result = await run();
    times.push(performance.now() - started);
    if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    statements = Number(result.headers.get('x-sql-statements') ?? 0);
  }
  times.sort((a, b) => a - b);
  return { name, p50: percentile(times, 50), p95: percentile(times, 95), statements, targetP95 };
}

const cluster = await startCluster();
const template = await prepareTemplate(cluster.serverUrl, `send_qa_bench_${process.pid}`, { scale: 'demo', seed: 20240801, asOf: '2026-09-01' });
const app = await startApp({ database: { serverUrl: cluster.serverUrl, template } });
try {
  const qa = await app.login('qa@example.org');
  const commissioner = await app.login('commissioner@example.org');
  const plans = await app.sql<{ n: string }>('select count(*) as n from plan');
  const placements = await app.sql<{ n: string }>("select count(*) as n from placement where status = 'ACTIVE'");
  const figures = [
    await measure('allPlans, 25 rows, default sort, with relations', 150, () => app.graphql(ALL_PLANS, { perPage: 25 }, qa)),
    await measure('allPlans, 100 rows, sorted by case reference', 250, () =>
      app.graphql(ALL_PLANS, { perPage: 100, sortField: 'caseReference' }, qa),
    ),
    await measure('allPlans, last page of 100', 250, async () => app.graphql(ALL_PLANS, { page: 104, perPage: 100 }, qa)),
    await measure('allPlans filtered: ASD, final, search "CAM-0001"', 150, () =>
      app.graphql(ALL_PLANS, { perPage: 25, filter: { primaryNeed: 'ASD', status: 'FINAL', q: 'CAM-0001' } }, qa),
    ),
    await measure('allChildren, 100 rows', 150, () =>
      app.graphql('{ allChildren(perPage: 100) { id caseReference primaryNeed localAuthority { name } } _allChildrenMeta { count } }', {}, qa),
    ),
    await measure(`placementHighlights, both authorities (${placements[0]!.n} placements)`, 150, () =>
      app.graphql(`{ placementHighlights { placements annualCost byPrimaryNeed { key count annualCost } byDistanceBand { key count } visitsOverdue redAtLastVisit urgentReviews countOverTime { date count target } } }`, {}, commissioner),
    ),
    await measure('allPlacements, 25 rows with provider, flags and outcomes', 150, () =>
      app.graphql(
        `{ allPlacements(perPage: 25, sortField: "nextVisitDue") { id caseReference providerName annualCost nextVisitDue visitOverdue visitDueSoon urgentReview lastVisitRed distanceBand
             provider { id ofstedOutOfDate } outcomes { id latestProgress } } _allPlacementsMeta { count } }`,
        {},
        commissioner,
      ),
    ),
    await measure("allDeadlines, 25 rows due soon or overdue today, both authorities", 500, () =>
      app.graphql(`{ allDeadlines(perPage: 25) { id kind dueOn status caseReference teamName caseworker } _allDeadlinesMeta { count } }`, {}, qa),
    ),
    await measure('deadlineCounts by team, overdue reviews only', 300, () =>
      app.graphql(`{ deadlineCounts(groupBy: TEAM, filter: { process: ANNUAL_REVIEW, status: OVERDUE }) { key label dueSoon overdue } }`, {}, qa),
    ),
    await measure('annualReviewBacklog, 12 month ends, both authorities', 1500, () => app.graphql('{ annualReviewBacklog { date overdue plans } }', {}, qa)),
    await measure('timelinessFigures, the last year, both authorities', 300, () =>
      app.graphql('{ timelinessFigures { finalPlans { percent } finalPlansExcludingExceptions { percent } decisionsToAssess { percent } reviewDecisions { percent } amendedPlans { percent } reviewsOverdue } }', {}, qa),
    ),
    await measure('allAssessmentRequests, 25 rows with their steps', 200, () =>
      app.graphql(`{ allAssessmentRequests(perPage: 25) { id child { caseReference } team { name } steps { kind dueOn completedOn status recordedBy } } }`, {}, qa),
    ),
    await measure("allPlans, 25 rows with each plan's whole timeline", 300, () =>
      app.graphql(`{ allPlans(perPage: 25) { id timeline { kind dueOn completedOn status } } }`, {}, qa),
    ),
    await measure('kpiScorecard, both authorities, every KPI with its trend and milestones', 300, () => app.graphql(SCORECARD, { asOf: '2026-09-01' }, qa)),
    await measure('login (argon2id verify)', 400, () =>
      app.graphql('mutation { login(email: "viewer@example.org", password: "demo-password") { token } }'),
    ),
  ];
  // Before the national audits, so that both servers read the demo data the figures are about.
  const loadBefore = loadavg();
  const sideBySideFigures = wanted(SIDE_BY_SIDE) ? await sideBySide(app.databaseUrl) : null;
  const loadAfter = loadavg();
  /** Each national-scale trend with its options, given the id of one authority. */
  const nationalFigures: [name: string, options: (oneAuthority: string) => Record<string, unknown> | undefined][] = [
    ['gradeTrend by term, all final audits', () => undefined],
    ['gradeTrend by term, breakdown by primary need, all', () => ({ breakdown: 'PRIMARY_NEED' })],
    ['gradeTrend by academic year, breakdown by phase, all', () => ({ frequency: 'YEARLY', breakdown: 'PHASE' })],
    // Teams belong to one authority: a national breakdown by team is 3,000 points that no chart can show.
    ['gradeTrend by term, breakdown by team, one authority', (localAuthorityId) => ({ localAuthorityId, breakdown: 'TEAM' })],
    ['gradeTrend by term, one authority', (localAuthorityId) => ({ localAuthorityId })],
  ];
  let nationalScale = '';
  if (nationalFigures.some(([name]) => wanted(name))) {
    const started = performance.now();
    const national = await addNationalAudits(app.databaseUrl, NATIONAL_AUDITS);
    nationalScale = `; ${national.audits} final audits in ${national.authorities + 2} authorities (loaded in ${((performance.now() - started) / 1000).toFixed(0)} s)`;
    const everywhere = await app.login('national@example.org');
    const [oneAuthority] = await app.sql<{ id: string }>(`select id from local_authority where code = '150'`);
    for (const [name, options] of nationalFigures) {
      const asked = options(oneAuthority!.id);
      figures.push(await measure(name, 100, () => app.graphql(TREND, asked ? { options: asked } : {}, everywhere)));
    }
  }
  // Last: it adds 10,000 children and plans, which nothing measured before should read.
  const importFigures = wanted(IMPORTS) ? await importBenchmark(app, qa) : null;
  const measured = figures.filter((f): f is Figure => f !== null);
  console.log(`\nSEND QA benchmarks: ${plans[0]!.n} plans${nationalScale}; ${ITERATIONS} iterations each, node ${process.version}\n`);
  console.log('| operation | p50 ms | p95 ms | target p95 ms | SQL statements | |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const f of measured) {
    console.log(`| ${f.name} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.targetP95} | ${f.statements} | ${f.p95 <= f.targetP95 ? 'ok' : 'SLOW'} |`);
  }
  const sideBySideMet = sideBySideFigures ? printSideBySide(sideBySideFigures, loadBefore, loadAfter) : true;
  const importsMet = importFigures ? printImportFigures(importFigures) : true;
  if (measured.some((f) => f.p95 > f.targetP95) || !sideBySideMet || !importsMet) process.exitCode = 1;
} finally {
  await app.close();
  await onServer(cluster.serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await cluster.stop();
}
