import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser } from '../helpers/browser.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';

describe.skipIf(!BROWSER_AVAILABLE)('importing a school return through the admin', () => {
  const session = adminInBrowser();

  it('shows the row-by-row report of a bad file, imports nothing, then imports the corrected file', { timeout: BROWSER_TEST_TIMEOUT }, async () => {
    const { app, browser } = session;
    const cam = await localAuthorityId(app, '873');
    const [school] = await app.sql<{ id: string; name: string }>("select id, name from setting where local_authority_id = $1 and type = 'MAINSTREAM' and phase = 'SECONDARY' order by name limit 1", [cam]);
    const pupils = await app.sql<{ case_reference: string }>(
      `select case_reference from child c where local_authority_id = $1 and not exists (select 1 from plan p where p.child_id = c.id)
          and date_of_birth between '2012-09-01' and '2014-08-31' order by case_reference limit 2`,
      [cam],
    );
    const header = 'case_reference,sen_status,start_date,agreed_end_date,hours_per_week,reason,parent_agreement_date,parent_agreed_by,return_plan';
    const row = (ref: string, hours: string) => `${ref},SEN_SUPPORT,2026-09-07,2026-09-21,${hours},MEDICAL,2026-09-04,mother,Mornings first then full days`;
    const file = (hours: string) => ({ name: 'return.csv', mimeType: 'text/csv', buffer: Buffer.from([header, row(pupils[0]!.case_reference, '10'), row(pupils[1]!.case_reference, hours)].join('\n')) });
    const atSchool = () => count(app, 'select count(*) as n from part_time_timetable where setting_id = $1', [school!.id]);
    const before = await atSchool();

    const page = await browser.newPage();
    await page.goto(app.url);
    await page.fill('input[name=username]', 'qa@example.org');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.getByRole('menuitem', { name: 'Part-time timetables' }).click();
    await page.getByRole('link', { name: 'School returns' }).click();
    await page.getByText('Import a return').waitFor();

    await page.getByRole('combobox', { name: /^School/ }).click();
    await page.getByRole('option', { name: school!.name }).click();
    await page.locator('input[type=file]').setInputFiles(file('-3'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.getByTestId('import-report');
    await report.getByText('Nothing imported').waitFor();
    expect(await report.getByRole('row').filter({ hasText: 'Invalid' }).innerText()).toContain('hours_per_week');
    expect(await report.getByRole('row').filter({ hasText: 'Invalid' }).innerText()).toMatch(/^3\b/);
    expect(await atSchool()).toBe(before);

    await page.locator('input[type=file]').setInputFiles(file('12'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await report.getByText('Return recorded: 2 timetables imported').waitFor();
    expect(await atSchool()).toBe(before + 2);
    await page.close();
  });
});
