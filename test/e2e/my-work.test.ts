/**
 * My work in the browser (issue 19): the auditor lands on it, its rows are the API's list in order with the
 * due dates in UK words, the app bar's badge counts what is overdue and due soon, a row opens its record, and
 * a QA officer's Team work counts each colleague's work as the API does. Each screen is checked for
 * accessibility, console and GraphQL errors and enum codes on screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityFaults } from '../helpers/axe.js';
import { assignedCycle } from '../helpers/audits.js';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';
import { enumCodes, readAccess, visibleFaults, watchFaults } from '../helpers/walk.js';

const ukDay = (page: Page, iso: string) =>
  page.evaluate((day) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), iso);

describe.skipIf(!BROWSER_AVAILABLE)('My work', () => {
  const session = adminInBrowser();
  const access = readAccess();
  const codes = enumCodes();

  it('is where the auditor lands: the API’s list soonest due first, counted in the app bar, each row opening its record', async () => {
    const { app, browser } = session;
    await assignedCycle(app, await app.login('qa@example.org'), '873', { term: 'SPRING', academicYear: 2026, opensOn: '2027-01-11', size: 2, seed: 91, reaudit: false });
    const token = await app.login('auditor@example.org');
    const { myWork, myWorkCounts } = (
      await app.graphql('{ myWork(perPage: 25) { total items { title dueOn recordId } } myWorkCounts { overdue dueSoon total } }', {}, token)
    ).data!;
    expect(myWork.total).toBeGreaterThanOrEqual(2);

    const page = await browser.newPage();
    const watch = watchFaults(page);
    await signIn(page, app.url, 'auditor@example.org');
    await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
    const rows = page.getByRole('table', { name: 'Work, soonest due first' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Math.min(myWork.total, 25));
    for (let i = 0; i < Math.min(await rows.count(), 5); i++) {
      const cells = rows.nth(i).locator('td');
      expect((await cells.nth(0).textContent())?.trim()).toBe(await ukDay(page, myWork.items[i].dueOn));
      expect((await cells.nth(3).textContent())?.trim()).toBe(myWork.items[i].title);
    }
    const badge = page.getByTestId('work-badge');
    expect(await badge.getAttribute('aria-label')).toBe(`My work: ${myWorkCounts.overdue} overdue, ${myWorkCounts.dueSoon} due in the next two weeks`);
    await watch.settled();
    expect([...(await accessibilityFaults(page, 'My work')), ...watch.take(), ...(await visibleFaults(page, access, codes, 'AUDITOR', '', 'page'))]).toEqual([]);

    await rows.first().getByRole('link').click();
    await page.waitForURL(`**/Audit/${myWork.items[0].recordId}/score`);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it("gives QA officers Team work, counting each colleague's work as the API does; commissioners have My work but no Team work", async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    const rows = (await app.graphql('{ teamWorkCounts { user { displayName } overdue dueSoon total } }', {}, qa)).data!.teamWorkCounts as {
      user: { displayName: string };
      overdue: number;
      dueSoon: number;
      total: number;
    }[];
    expect(rows.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    const watch = watchFaults(page);
    await signIn(page, app.url, 'qa@example.org');
    await page.getByRole('menuitem', { name: 'Team work' }).click();
    const table = page.getByRole('table', { name: 'Work waiting on each colleague' });
    await table.locator('tbody tr').first().waitFor();
    const shown = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).slice(0, 4).map((td) => td.textContent?.trim() ?? '')));
    expect(shown).toEqual(rows.map((r) => [r.user.displayName, String(r.overdue), String(r.dueSoon), String(r.total)]));
    await page.getByRole('table', { name: 'Work, soonest due first' }).locator('tbody tr').first().waitFor();
    await watch.settled();
    expect([...(await accessibilityFaults(page, 'Team work')), ...watch.take(), ...(await visibleFaults(page, access, codes, 'QA_OFFICER', '', 'page'))]).toEqual([]);

    await signIn(page, app.url, 'commissioner@example.org');
    await page.getByRole('menuitem', { name: 'My work' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Team work' }).count()).toBe(0);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
