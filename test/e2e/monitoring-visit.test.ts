import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIST, BROWSER_AVAILABLE, openBrowser } from '../helpers/browser.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';

describe.skipIf(!BROWSER_AVAILABLE)('monitoring visits in the admin, in headless Chromium', () => {
  let app: TestApp;
  let browser: BrowserContext;
  let closeBrowser: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    app = await startApp({ adminDist: ADMIN_DIST });
    ({ context: browser, close: closeBrowser } = await openBrowser());
  });

  afterAll(async () => {
    await closeBrowser?.();
    await app?.close();
  });

  it('records a monitoring visit with a red area through the visit form', async () => {
    const [placement] = await app.sql<{ id: string; contract_reference: string }>(
      `select p.id, p.contract_reference from placement p join local_authority la on la.id = p.local_authority_id
        where la.code = '873' and p.status = 'ACTIVE' order by p.contract_reference limit 1`,
    );
    const visitsBefore = await app.sql<{ id: string }>('select id from monitoring_visit where placement_id = $1', [placement!.id]);
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.fill('input[name=username]', 'commissioner@example.org');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.getByRole('menuitem', { name: 'Placements' }).waitFor();

    // The form opens for a placement, as from the placement's page.
    await page.goto(`${app.url}/MonitoringVisit/create?source=${encodeURIComponent(JSON.stringify({ placement: { id: placement!.id } }))}`);
    await page.getByLabel('Placement (contract reference)').waitFor();
    await page.getByLabel('Visit date').fill('2026-06-15');
    await page.getByLabel('Officer').fill('Browser officer');
    // Walk through the areas in the form's order: attendance is red, the rest green.
    for (const area of ['safeguarding', 'provisionDelivered', 'outcomesProgress', 'attendance', 'voiceAndWellbeing', 'valueForMoney']) {
      await page.locator(`input[name="${area}"][value="${area === 'attendance' ? 'RED' : 'GREEN'}"]`).check();
    }
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/MonitoringVisit\/[0-9a-f-]{36}\/show$/);

    const visits = await app.sql<any>(
      `select to_char(visit_date, 'YYYY-MM-DD') as visit_date, officer, safeguarding, attendance, overall_rag from monitoring_visit where placement_id = $1 and officer = 'Browser officer'`,
      [placement!.id],
    );
    expect(visits).toEqual([{ visit_date: '2026-06-15', officer: 'Browser officer', safeguarding: 'GREEN', attendance: 'RED', overall_rag: 'RED' }]);
    expect((await app.sql('select id from monitoring_visit where placement_id = $1', [placement!.id])).length).toBe(visitsBefore.length + 1);
    await page.close();
  }, 120_000);
});
