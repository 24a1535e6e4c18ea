/**
 * Each role's day first (issue 20): the menu grouped by capability and ordered for the role, My audits opening
 * on the work still to do, the DCO and the commissioner landing on their own pages, and the dashboards saying
 * which local authority they show, following the one picked in the app bar.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assignedCycle, finalise, scoreAndSubmit } from '../helpers/audits.js';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';

/** The menu's groups as shown: each heading's words and its items' names, in order. */
async function menu(page: Page): Promise<{ heading: string; items: string[] }[]> {
  const groups = page.locator('nav[aria-label="Main menu"] [data-menu-group]');
  await groups.first().waitFor();
  const shown = [];
  for (const group of await groups.all()) {
    shown.push({
      heading: ((await group.getByRole('heading').textContent()) ?? '').trim(),
      items: (await group.getByRole('menuitem').allTextContents()).map((t) => t.trim()),
    });
  }
  return shown;
}

/** A date as the admin writes it (3 Dec 2026), formatted by the page's own browser. */
const ukDay = (page: Page, iso: string) =>
  page.evaluate((day) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), iso);

describe.skipIf(!BROWSER_AVAILABLE)("each role's day first", () => {
  const session = adminInBrowser();

  it("the auditor's menu opens on EHCP audits with My audits, which lists the work still to do, soonest due first", async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    // Two more audits for the auditor, due on different days, besides whatever the demo gives them.
    await assignedCycle(app, qa, '873', { term: 'SUMMER', academicYear: 2026, opensOn: '2027-06-30', size: 1, seed: 71, reaudit: false });
    await assignedCycle(app, qa, '874', { term: 'SPRING', academicYear: 2026, opensOn: '2027-02-01', size: 1, seed: 72, reaudit: false });
    const toDo = await app.sql<{ case_reference: string; closes_on: string }>(
      `select ch.case_reference, to_char(c.closes_on, 'YYYY-MM-DD') as closes_on
         from audit a join audit_cycle c on c.id = a.cycle_id join plan p on p.id = a.plan_id join child ch on ch.id = p.child_id
         join app_user u on u.id = a.auditor_id
        where u.email = 'auditor@example.org' and a.status in ('ASSIGNED', 'IN_PROGRESS', 'RETURNED')
        order by c.closes_on`,
    );
    expect(toDo.length).toBeGreaterThanOrEqual(2);

    const page = await browser.newPage();
    await signIn(page, app.url, 'auditor@example.org');
    const [first] = await menu(page);
    expect(first).toMatchObject({ heading: 'EHCP audits' });
    expect(first!.items[0]).toBe('My audits');

    await page.getByRole('menuitem', { name: 'My audits' }).click();
    const rows = page.getByTestId('audits-to-do').locator('table tbody tr');
    await rows.first().waitFor();
    const headers = (await page.getByTestId('audits-to-do').locator('table thead th').allTextContents()).map((t) => t.trim());
    const cell = (row: number, header: string) => rows.nth(row).locator('td').nth(headers.indexOf(header));
    // Case references and due dates come through their references, after the rows.
    const text = async (row: number, header: string) => {
      await expect.poll(async () => ((await cell(row, header).textContent()) ?? '').trim()).not.toBe('');
      return ((await cell(row, header).textContent()) ?? '').trim();
    };
    expect(headers).toContain('Due');
    // The soonest due first, every row still to do, and none of the auditor's finished audits among them.
    expect(await rows.count()).toBe(Math.min(toDo.length, 25));
    expect(await text(0, 'Due')).toBe(await ukDay(page, toDo[0]!.closes_on));
    const soonest = toDo.filter((a) => a.closes_on === toDo[0]!.closes_on).map((a) => a.case_reference);
    expect(soonest).toContain(await text(0, 'Case reference'));
    for (let i = 0; i < (await rows.count()); i++) expect(['Assigned', 'In progress', 'Returned']).toContain(await text(i, 'Status'));
    const dues = await Promise.all(toDo.slice(0, 25).map((a) => ukDay(page, a.closes_on)));
    const shownDues = await Promise.all(Array.from({ length: await rows.count() }, (_, i) => text(i, 'Due')));
    expect(shownDues).toEqual(dues);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it('the DCO lands on the DCO workspace, the commissioner on the placements dashboard and the board member on the QA framework, each menu led by their own work', async () => {
    const { app, browser } = session;
    const page = await browser.newPage();

    await signIn(page, app.url, 'dco@example.org');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByTestId('sign-off-summary').first().waitFor();
    const [health] = await menu(page);
    expect(health).toMatchObject({ heading: 'Health' });
    expect(health!.items[0]).toBe('DCO workspace');

    await signIn(page, app.url, 'commissioner@example.org');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { name: 'Independent and out-of-area placements' }).waitFor();
    const [placements] = await menu(page);
    expect(placements).toMatchObject({ heading: 'Placements' });
    expect(placements!.items[0]).toBe("Commissioner's dashboard");

    await signIn(page, app.url, 'viewer@example.org');
    const [dashboards] = await menu(page);
    expect(dashboards!.heading).toBe('Dashboards');
    expect(dashboards!.items).toContain('QA framework');

    // The board member lands on the QA framework, and no menu group offers a record about a child.
    await signIn(page, app.url, 'board@example.org');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByText('QA framework', { exact: true }).and(page.locator('h5')).waitFor();
    const groups = await menu(page);
    expect(groups[0]).toMatchObject({ heading: 'QA framework' });
    expect(groups[0]!.items).toEqual(expect.arrayContaining(['QA framework', 'Improvement plan board']));
    expect(groups.map((g) => g.heading)).not.toContain('Records');
    expect(groups.flatMap((g) => g.items)).toContain('Criterion findings');
    for (const item of ['Audits', 'Plans', 'Children', 'My audits', 'DCO workspace', "Commissioner's dashboard"]) expect(groups.flatMap((g) => g.items)).not.toContain(item);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it("the DCO workspace's summary follows the authority picked in the app bar, by name, and shows both side by side, remembered", async () => {
    const { app, browser } = session;
    const dco = await app.login('dco@example.org');
    const authorities = (await app.sql<{ id: string; name: string; code: string }>('select id, name, code from local_authority order by name')).filter(Boolean);
    expect(authorities.length).toBe(2);
    const summary = async (id: string) => {
      const { healthSignOffSummary: s } = (await app.graphql('query ($id: UUID) { healthSignOffSummary(localAuthorityId: $id) { awaiting changesRequested agreed } }', { id }, dco)).data!;
      return `Sign-offs: ${s.awaiting} awaiting, ${s.changesRequested} with changes requested, ${s.agreed} agreed`;
    };

    const page = await browser.newPage();
    await signIn(page, app.url, 'dco@example.org');
    const section = (code: string) => page.locator(`section[data-authority="${code}"]`);
    // The first authority by name until another is picked.
    await section(authorities[0]!.code).getByTestId('sign-off-summary').waitFor();
    expect(await page.locator('section[data-authority]').count()).toBe(1);
    expect(await section(authorities[0]!.code).getByTestId('sign-off-summary').textContent()).toContain(await summary(authorities[0]!.id));
    expect(await section(authorities[0]!.code).getByRole('heading', { name: authorities[0]!.name }).count()).toBe(1);

    const picker = page.getByRole('combobox', { name: 'Local authority' });
    await picker.click();
    await page.getByRole('option', { name: authorities[1]!.name }).click();
    await section(authorities[1]!.code).getByTestId('sign-off-summary').waitFor();
    expect(await section(authorities[1]!.code).getByTestId('sign-off-summary').textContent()).toContain(await summary(authorities[1]!.id));
    expect(await page.locator('section[data-authority]').count()).toBe(1);

    await picker.click();
    await page.getByRole('option', { name: 'Both side by side' }).click();
    await page.reload();
    for (const la of authorities) {
      await section(la.code).getByTestId('sign-off-summary').waitFor();
      expect(await section(la.code).getByTestId('sign-off-summary').textContent()).toContain(await summary(la.id));
    }
    expect(await page.locator('section[data-authority]').count()).toBe(2);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it("the auditor's grade trend names its authority and warns of the terms the API flags as partial or resting on few audits", async () => {
    const { app, browser } = session;
    const auditor = await app.login('auditor@example.org');
    const qa = await app.login('qa@example.org');
    const [first] = await app.sql<{ id: string; name: string; code: '873' | '874' }>('select id, name, code from local_authority order by name limit 1');
    // Ten final audits this autumn: enough to report, too few to read without care, in a term that may not be over.
    const audits = await assignedCycle(app, qa, first!.code, { term: 'AUTUMN', academicYear: 2026, opensOn: '2026-09-07', size: 10, seed: 73, reaudit: false });
    for (const [i, audit] of audits.entries()) expect(await finalise(app, qa, await scoreAndSubmit(app, auditor, audit, 1 + (i % 4)))).toEqual({ status: 'FINAL' });
    const points = (
      await app.graphql('query ($id: UUID) { gradeTrend(options: { localAuthorityId: $id }) { period group tooFewToReport fewAudits partial } }', { id: first!.id }, auditor)
    ).data!.gradeTrend as { period: string; group: string | null; tooFewToReport: boolean; fewAudits: boolean; partial: boolean }[];

    const page = await browser.newPage();
    await signIn(page, app.url, 'auditor@example.org');
    // The auditor lands on My work; the dashboard is a menu entry of its own.
    await page.goto(`${app.url}/dashboard`);
    const card = page.locator('section[data-authority]').filter({ hasText: 'EHCP audits: % good or outstanding per term' });
    await card.getByText(first!.name).first().waitFor();
    expect(points.find((p) => p.period === '2026/27 Autumn')).toMatchObject({ tooFewToReport: false, fewAudits: true });
    await card.getByRole('table', { name: 'Grade trend figures' }).waitFor();
    for (const p of points) {
      const note = ((await card.locator(`tr[data-period="${p.period}"][data-group=""] [data-testid=note]`).textContent()) ?? '').toLowerCase();
      expect(note.includes('too few to report')).toBe(p.tooFewToReport);
      expect(note.includes('few audits')).toBe(p.fewAudits && !p.tooFewToReport);
      expect(note.includes('partial')).toBe(p.partial);
    }
    // The warning above the chart names the flagged term.
    expect(await card.getByTestId('trend-cautions').textContent()).toContain('2026/27 Autumn');
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
