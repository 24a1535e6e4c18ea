import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser } from '../helpers/browser.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';

const AREAS = ['safeguarding', 'provisionDelivered', 'outcomesProgress', 'attendance', 'childVoice', 'valueForMoney'];

describe.skipIf(!BROWSER_AVAILABLE)('recording a monitoring visit in the admin', () => {
  const session = adminInBrowser();

  it('walks through the areas, rates safeguarding red, reviews an outcome, and the placement shows it', async () => {
    const { app, browser } = session;
    const [placement] = await app.sql<{ id: string; case_reference: string; outcome: string }>(
      `select p.id, c.case_reference, o.description as outcome from placement p join child c on c.id = p.child_id
         join commissioned_outcome o on o.placement_id = p.id
        where p.status = 'ACTIVE' order by c.case_reference, o.plan_reference limit 1`,
    );
    const visitDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

    const page = await browser.newPage();
    await page.goto(app.url);
    await page.fill('input[name=username]', 'commissioner@example.org');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.getByRole('menuitem', { name: "Commissioner's dashboard" }).click();
    await page.getByText('Active placements').first().waitFor();

    await page.goto(`${app.url}/Placement/${placement!.id}/show`);
    await page.getByRole('link', { name: 'Record a visit' }).click();
    await page.getByRole('heading', { name: /Safeguarding/ }).waitFor();

    await page.fill('input[name=visitDate]', visitDate);
    await page.fill('input[name=officer]', 'E2E Officer');
    for (const area of AREAS) await page.locator(`input[name="${area}"][value="${area === 'safeguarding' ? 'RED' : 'GREEN'}"]`).check();
    await page.locator('input[name="overall"][value="AMBER"]').check();
    await page.fill('textarea[name=findings]', 'Restraint log incomplete');

    // One outcome review: add a row, choose the outcome and the progress, give the evidence.
    const reviews = page.locator('.ra-input-outcomeReviews');
    await reviews.getByRole('button', { name: /add/i }).click();
    await reviews.getByLabel('Outcome').click();
    await page.getByRole('option', { name: new RegExp(placement!.outcome.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
    await reviews.getByLabel('Progress').click();
    await page.getByRole('option', { name: 'On track', exact: true }).click();
    await reviews.getByLabel('Evidence').fill('Attendance 94% this term');

    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/MonitoringVisit\/[0-9a-f-]{36}\/show$/);
    const visitId = page.url().split('/').at(-2)!;

    const [saved] = await app.sql<{ status: string; safeguarding: string; overall: string; officer: string; reviews: string }>(
      `select v.status, v.safeguarding, v.overall, v.officer, (select count(*) from outcome_review r where r.visit_id = v.id and r.progress = 'ON_TRACK') as reviews
         from monitoring_visit v where v.id = $1`,
      [visitId],
    );
    expect(saved).toEqual({ status: 'COMPLETED', safeguarding: 'RED', overall: 'AMBER', officer: 'E2E Officer', reviews: '1' });
    const [after] = await app.sql<{ last: string; red: boolean }>(`select to_char(last_visit_on, 'YYYY-MM-DD') as last, last_visit_red as red from placement where id = $1`, [placement!.id]);
    expect(after).toEqual({ last: visitDate, red: true });

    await page.goto(`${app.url}/Placement/${placement!.id}/show`);
    await page.getByText('Red at last visit').first().waitFor();
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
