import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';
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

  it("exports the active placements the commissioner holds, each named by its provider, with typed-in formulas made harmless", async () => {
    const { app, browser } = session;
    const [planted] = await app.sql<{ id: string }>(
      `update setting set name = '=HYPERLINK("http://example.invalid","x")'
        where id = (select pr.setting_id from placement p join provider pr on pr.id = p.provider_id join app_user_local_authority ula on ula.local_authority_id = p.local_authority_id
                      join app_user u on u.id = ula.user_id and u.email = 'commissioner@example.org'
                     where p.status = 'ACTIVE' order by p.id limit 1)
       returning id`,
    );
    const expected = await app.sql<{ case_reference: string; provider: string; status: string; planned_end: string }>(
      `select c.case_reference, s.name as provider, p.status, to_char(p.planned_end_date, 'YYYY-MM-DD') as planned_end
         from placement p join child c on c.id = p.child_id
         join provider pr on pr.id = p.provider_id join setting s on s.id = pr.setting_id
         join app_user_local_authority ula on ula.local_authority_id = p.local_authority_id
         join app_user u on u.id = ula.user_id and u.email = 'commissioner@example.org'
        where p.status = 'ACTIVE'`,
    );
    expect(planted).toBeDefined();

    const page = await browser.newPage();
    await signIn(page, app.url, 'commissioner@example.org');
    await page.goto(`${app.url}/Placement`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    const file = await readFile((await download.path())!, 'utf8');
    await page.close();

    expect(file.startsWith('\uFEFF')).toBe(true);
    const rows = parse(file, { bom: true, columns: true }) as Record<string, string>[];
    const exported = rows.map((r) => ({ case_reference: r['Case reference'], provider: r['Provider'], status: r['Status'], planned_end: r['Planned end date'] }));
    const toExpect = expected.map((e) => ({
      ...e,
      status: 'Active',
      // A cell that would run as a formula in a spreadsheet comes out as text.
      provider: e.provider.startsWith('=') ? `'${e.provider}` : e.provider,
    }));
    const byCase = (a: { case_reference?: string }, b: { case_reference?: string }) => a.case_reference!.localeCompare(b.case_reference!);
    expect(exported.sort(byCase)).toEqual(toExpect.sort(byCase));
    expect(exported.some((r) => r.provider!.startsWith("'=HYPERLINK"))).toBe(true);
  }, BROWSER_TEST_TIMEOUT);
});
