/**
 * Every screen for every role: the resources the admin itself registers, each list, a record's page and, where
 * the API lets the role write, its create and edit forms, plus the menu's own pages, each checked for console
 * errors, GraphQL errors, the crash boundary, write controls the API would refuse and lists wider than the window,
 * and each distinct screen once for accessibility (helpers/axe.ts: axe at 1440 px and on a 390 px phone).
 * One server; one browser with a context per role, a few at a time.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessibilityFaults } from '../helpers/axe.js';
import { ADMIN_DIST, BROWSER_AVAILABLE, CHROMIUM, CHROMIUM_ARGS, signIn } from '../helpers/browser.js';
import {
  WINDOW_WIDTH,
  allows,
  listQuery,
  navigate,
  readAccess,
  resourceDefinitions,
  visibleFaults,
  watchFaults,
  type Access,
  type PageReport,
} from '../helpers/walk.js';

/** One demo user per role (README, "Demo users"), each across both authorities. */
const ALL_ROLES = ['ADMIN', 'QA_OFFICER', 'AUDITOR', 'DCO', 'COMMISSIONER', 'VIEWER'] as const;
/**
 * WALK_ROLES and WALK_RESOURCES (comma-separated) narrow the walk while working on a few screens; CI sets
 * neither and walks everything.
 */
const only = (name: string) => process.env[name]?.split(',').map((s) => s.trim()).filter(Boolean);
const ROLES = ALL_ROLES.filter((role) => only('WALK_ROLES')?.includes(role) ?? true);
const RESOURCES = only('WALK_RESOURCES');
const EMAIL: Record<(typeof ALL_ROLES)[number], string> = {
  ADMIN: 'admin@example.org',
  QA_OFFICER: 'qa@example.org',
  AUDITOR: 'auditor@example.org',
  DCO: 'dco@example.org',
  COMMISSIONER: 'commissioner@example.org',
  VIEWER: 'viewer@example.org',
};
/**
 * Lists still wider than the window (issue 20), reported but not yet failing the walk: the monitoring visits
 * (one column per visit area), placements and part-time timetables. Remove a line when its list fits.
 */
const KNOWN_WIDE = new Set(['/MonitoringVisit', '/Placement', '/PartTimeTimetable']);

/** A record's pages beyond react-admin's own (show, edit), as App.tsx routes them: visited with its show page. */
const RECORD_PAGES: Record<string, string[]> = { Audit: ['score'] };

/** Contexts walked at once: two cores serve the API, PostgreSQL and the browser. */
const PARALLEL = 3;

/** The menu's links that are pages of their own rather than a resource's list (dashboards, My audits). */
async function menuPages(page: Page, resources: Set<string>): Promise<string[]> {
  const hrefs = await page.locator('[role=menuitem][href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs)].filter((href) => href.startsWith('/') && !resources.has(href.slice(1).split('/')[0]!));
}

async function walkRole(browser: Browser, app: TestApp, access: Access, role: (typeof ALL_ROLES)[number]): Promise<PageReport[]> {
  const context = await browser.newContext({ viewport: { width: WINDOW_WIDTH, height: 900 } });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const watch = watchFaults(page);
  const reports: PageReport[] = [];
  try {
    await signIn(page, app.url, EMAIL[role]);
    const token = await app.login(EMAIL[role]);
    const definitions = await resourceDefinitions(page);
    const visit = async (url: string, resource: string, kind: 'list' | 'show' | 'edit' | 'create' | 'page') => {
      watch.take();
      await navigate(page, url);
      await watch.settled();
      const faults = [...(await accessibilityFaults(page, resource ? `${resource} ${kind}` : url)), ...watch.take(), ...(await visibleFaults(page, access, role, resource, kind))];
      reports.push({ url: `${role} ${url}`, faults });
    };

    for (const { name, hasList, hasShow, hasEdit, hasCreate } of definitions) {
      if (RESOURCES && !RESOURCES.includes(name)) continue;
      if (hasList && allows(access, role, name, 'list')) await visit(`/${name}`, name, 'list');
      const query = listQuery(access, name);
      let id: string | undefined;
      if (query && allows(access, role, name, 'list')) {
        const result = await app.graphql<Record<string, { id: string }[]>>(`{ ${query}(perPage: 1) { id } }`, {}, token);
        id = result.data?.[query]?.[0]?.id;
      }
      if (hasShow && id && allows(access, role, name, 'read')) await visit(`/${name}/${id}/show`, name, 'show');
      for (const sub of RECORD_PAGES[name] ?? []) if (id && allows(access, role, name, 'read')) await visit(`/${name}/${id}/${sub}`, name, 'page');
      if (hasEdit && id && allows(access, role, name, 'update')) await visit(`/${name}/${id}`, name, 'edit');
      if (hasCreate && allows(access, role, name, 'create')) await visit(`/${name}/create`, name, 'create');
    }
    if (!RESOURCES) for (const href of await menuPages(page, new Set(definitions.map((d) => d.name)))) await visit(href, '', 'page');
  } finally {
    await context.close();
  }
  return reports;
}

describe.skipIf(!BROWSER_AVAILABLE)('the walk through every screen for every role', () => {
  let app: TestApp;
  let browser: Browser;
  const access = readAccess();

  beforeAll(async () => {
    app = await startApp({ adminDist: ADMIN_DIST });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('finds no fault on any page', async () => {
    const queue = [...ROLES];
    const reports: PageReport[] = [];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let role = queue.shift(); role; role = queue.shift()) reports.push(...(await walkRole(browser, app, access, role)));
      }),
    );
    const perRole = ROLES.map((role) => `${role} ${reports.filter((r) => r.url.startsWith(`${role} `)).length}`);
    console.log(`walked ${reports.length} pages: ${perRole.join(', ')}`);
    for (const report of reports) {
      const path = report.url.split(' ')[1]!;
      if (!KNOWN_WIDE.has(path)) continue;
      for (const fault of report.faults.filter((f) => f.endsWith(`px wide in a ${WINDOW_WIDTH} px window`))) console.log(`known, still to fix: ${report.url} ${fault}`);
      report.faults = report.faults.filter((f) => !f.endsWith(`px wide in a ${WINDOW_WIDTH} px window`));
    }
    const faulty = reports.filter((r) => r.faults.length > 0).map((r) => `${r.url}\n    ${r.faults.join('\n    ')}`);
    expect(faulty, faulty.join('\n')).toEqual([]);
    // Every role sees at least its lists and a record: a walk that visits nothing proves nothing.
    if (!RESOURCES) for (const role of ROLES) expect(reports.filter((r) => r.url.startsWith(`${role} `)).length).toBeGreaterThan(20);
  }, 600_000);
});
