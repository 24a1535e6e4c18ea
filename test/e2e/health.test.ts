import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';
import { londonToday } from '../helpers/health.js';

const daysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!BROWSER_AVAILABLE)('the DCO workspace in headless Chromium', () => {
  const session = adminInBrowser();
  let teamName: string;

  beforeAll(async () => {
    const { app } = session;
    // Cambridgeshire's own health-advice rubric, published, and one piece of advice that arrived on time.
    const admin = await app.login('admin@example.org');
    const dco = await app.login('dco@example.org');
    const la = await localAuthorityId(app, '873');
    const rubric = await app.graphql('mutation ($la: UUID!) { createRubric(localAuthorityId: $la, name: "Health advice", purpose: HEALTH_ADVICE) { versions { id version } } }', { la }, admin);
    await app.graphql('mutation ($id: UUID!, $version: Int!) { publishRubricVersion(id: $id, version: $version) { id } }', rubric.data?.createRubric.versions[0], admin);
    const [team] = await app.sql<{ id: string; name: string }>("select id, name from team where local_authority_id = $1 and name like '%Speech and Language%'", [la]);
    const [plan] = await app.sql<{ id: string }>("select id from plan where local_authority_id = $1 and status = 'FINAL' order by id limit 1", [la]);
    teamName = team!.name.replace(/^Cambridgeshire\s+/, '').replace(/\s*\(synthetic\)$/, '');
    const today = londonToday();
    const created = await app.graphql(
      'mutation ($planId: UUID!, $teamId: UUID!, $requestedOn: LocalDate!, $receivedOn: LocalDate) { createAdviceRequest(planId: $planId, teamId: $teamId, requestedOn: $requestedOn, receivedOn: $receivedOn) { id } }',
      { planId: plan!.id, teamId: team!.id, requestedOn: daysBefore(today, 60), receivedOn: daysBefore(today, 30) },
      dco,
    );
    expect(created.errors).toBeUndefined();
  });

  // Several pages and two waits for the figures: more than the default time on a loaded machine.
  it('the DCO reviews a piece of advice and sees the service’s scorecard change', { timeout: BROWSER_TEST_TIMEOUT }, async () => {
    const { app, browser } = session;
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.fill('input[name=username]', 'dco@example.org');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');

    await page.getByRole('menuitem', { name: 'DCO workspace' }).click();
    const goodCell = page.locator(`[data-testid=scorecards] tr[data-team="${teamName}"] [data-figure=good]`);
    await expect.poll(async () => (await goodCell.count()) && (await goodCell.innerText()), { timeout: 20_000 }).toContain('(0 of 0)');
    await expect.poll(() => page.locator(`[data-testid=scorecards] tr[data-team="${teamName}"] [data-figure=onTime]`).innerText()).toContain('100% (1 of 1)');

    // The advice waits for review: open it and judge every criterion met.
    await page.getByText(teamName, { exact: false }).first().waitFor();
    await page.locator('table tbody tr').first().click();
    await page.waitForURL(/\/AdviceRequest\/[0-9a-f-]{36}\/show$/);
    const review = page.getByTestId('advice-review');
    await review.getByRole('radio', { name: 'Met', exact: true }).first().waitFor();
    const met = review.getByRole('radio', { name: 'Met', exact: true });
    for (let i = 0; i < (await met.count()); i++) await met.nth(i).check();
    await review.getByLabel('Feedback for the service').fill('Clear and specific; provision quantified.');
    await review.getByRole('button', { name: 'Save review' }).click();
    await page.getByText('Outstanding').first().waitFor();

    await page.getByRole('menuitem', { name: 'DCO workspace' }).click();
    await expect.poll(async () => (await goodCell.count()) && (await goodCell.innerText()), { timeout: 20_000 }).toContain('100% (1 of 1)');

    // The page shows what the API computes.
    const cards = (await app.graphql('{ healthScorecards { teamName adviceReviewed adviceGoodOrBetter } }', {}, await app.login('dco@example.org'))).data?.healthScorecards;
    expect(cards.find((c: { teamName: string }) => c.teamName.includes('Speech and Language'))).toMatchObject({ adviceReviewed: 1, adviceGoodOrBetter: 1 });
    await page.close();
  });

  it('exports the scorecards the DCO sees, one row per service and period, with the figures the API computes', { timeout: BROWSER_TEST_TIMEOUT }, async () => {
    const { app, browser } = session;
    const page = await browser.newPage();
    await signIn(page, app.url, 'dco@example.org');
    await page.getByRole('menuitem', { name: 'DCO workspace' }).click();
    await page.locator('[data-testid=scorecards] tbody tr').first().waitFor();
    const shown = await page.locator('[data-testid=scorecards] tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const rows = parse(await readFile((await download.path())!, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    await page.close();

    type Card = { teamName: string; period: string; partial: boolean; adviceRequested: number; adviceOnTimePercent: number | null; adviceReviewed: number };
    const cards: Card[] = (await app.graphql('{ healthScorecards { teamName period partial adviceRequested adviceOnTimePercent adviceReviewed } }', {}, await app.login('dco@example.org'))).data?.healthScorecards;
    expect(rows).toHaveLength(shown);
    expect(rows).toHaveLength(cards.length);
    const oneDecimal = (value: number | null) => (value === null ? '' : String(Math.round(value * 10) / 10));
    expect(rows.map((r) => [r['Health service'], r['Period'], r['Period partial'], r['Advice requested'], r['On time %'], r['Reviewed']])).toEqual(
      cards.map((c) => [c.teamName, c.period, c.partial ? 'yes' : 'no', String(c.adviceRequested), oneDecimal(c.adviceOnTimePercent), String(c.adviceReviewed)]),
    );
  });
});
