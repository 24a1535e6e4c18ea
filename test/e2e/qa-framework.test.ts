import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser } from '../helpers/browser.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';

describe.skipIf(!BROWSER_AVAILABLE)('the QA framework in the admin', () => {
  const session = adminInBrowser();

  it('shows the KPI tiles and the plan board with its key, then publishes a highlight report', async () => {
    const { app, browser } = session;
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.fill('input[name=username]', 'qa.peterborough@example.org');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');

    await page.getByRole('menuitem', { name: 'QA framework' }).click();
    await page.getByTestId('kpi-tile').first().waitFor();
    const kpis = await app.sql<{ n: string }>("select count(*) as n from kpi k join local_authority l on l.id = k.local_authority_id where l.code = '874'");
    expect(await page.getByTestId('kpi-tile').count()).toBe(Number(kpis[0]!.n));
    // Figures as on 10 November: each tile's period is under way, and says how far (a month is a third gone).
    await page.getByLabel('Figures as on').fill('2026-11-10');
    await expect.poll(() => page.getByTestId('kpi-partial').count()).toBe(Number(kpis[0]!.n));
    await expect.poll(() => page.getByTestId('kpi-partial').allTextContents()).toContain('partial: 33% of the period gone: the figure may still change');

    // In the financial year's quarters on request, named in words: 10 November is in its third quarter (October–December).
    await page.getByTestId('periods-chosen').locator('input').check();
    await expect.poll(() => page.getByTestId('kpi-tile').allTextContents()).toContainEqual(expect.stringContaining('Financial year 2026/27 Q3 · target'));
    await page.getByTestId('periods-chosen').locator('input').uncheck();

    await page.getByRole('menuitem', { name: 'Improvement plan board' }).click();
    await page.getByTestId('workstream').first().waitFor();
    expect(await page.getByTestId('workstream').count()).toBe(5);
    await page.getByLabel('BRAG key').first().waitFor();

    await page.goto(`${app.url}/HighlightReport/create`);
    await page.getByLabel('Any day of the month or quarter reported on').fill('2026-08-14');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('report-content').waitFor();
    await page.getByRole('table', { name: 'KPI table' }).waitFor();
    await page.getByRole('link', { name: 'Edit' }).waitFor();
    // The report's own table marks each red KPI still awaiting its owner's note (read before the dialog hides the page).
    const awaiting = await page.getByRole('table', { name: 'KPI table' }).getByText('Awaiting the owner’s note').count();
    await page.getByRole('button', { name: 'Publish…' }).click();
    // Publishing asks first, and names what the board would read without: here, every commentary.
    const dialog = page.getByRole('dialog', { name: /^Publish/ });
    await expect.poll(() => dialog.getByTestId('missing-commentary').textContent()).toBe(
      'No commentary yet: Summary, Commentary on the KPIs, Commentary on the improvement plan, Risks and issues.',
    );
    // The dialog counts the same red KPIs awaiting their owner's note.
    if (awaiting > 0) await expect.poll(() => dialog.getByTestId('missing-owner-notes').textContent()).toContain(`${awaiting} red KPI`);
    else expect(await dialog.getByTestId('missing-owner-notes').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await app.sql<{ status: string }>('select status from highlight_report'))[0]!.status).toBe('DRAFT');

    await page.getByRole('button', { name: 'Publish…' }).click();
    await dialog.getByRole('button', { name: 'Publish anyway' }).click();
    await page.getByText('Published: the figures are frozen as they stand').waitFor();

    const reports = await app.sql<{ status: string; period: string; frozen: boolean }>(
      'select status, period, snapshot is not null as frozen from highlight_report',
    );
    expect(reports).toEqual([{ status: 'PUBLISHED', period: 'Aug 2026', frozen: true }]);
    await page.getByRole('button', { name: 'Publish' }).waitFor({ state: 'detached' });
    // A published report is frozen: no Edit is offered, and its edit page says why instead of showing a form.
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await page.goto(page.url().replace(/\/show$/, ''));
    await page.getByText('This report is published').waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
