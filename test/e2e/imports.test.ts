import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { repositoryRoot } from '@send-qa/api';
import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';

const example = (name: string) => path.join(repositoryRoot(), 'seeds', 'imports', name);
const rowsOf = async (name: string) => parse(await readFile(example(name), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
const iso = (day: string) => (day.includes('/') ? day.split('/').reverse().join('-') : day);

/** Chooses what to import and the file, previews it, and returns the preview's counts as shown. */
async function preview(page: Page, kind: string, file: string): Promise<string> {
  await page.getByLabel('What to import').click();
  await page.getByRole('option', { name: kind, exact: true }).click();
  await page.getByLabel('File to import').setInputFiles(example(file));
  await page.getByText(file, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Preview' }).click();
  const counts = page.getByTestId('import-counts');
  await counts.waitFor();
  const text = await counts.innerText();
  if (process.env.DEBUG_IMPORTS) console.log('DEBUG', kind, text, (await page.getByTestId('import-rows').innerText()).slice(0, 1500));
  return text;
}

describe.skipIf(!BROWSER_AVAILABLE)('importing the example files in the admin', () => {
  const session = adminInBrowser();

  it('previews settings, children, plans and assessments, writes nothing until confirmed, and the plans and the 20-week figures move by what the files hold', async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    const settings = await rowsOf('settings-gias.csv');
    const children = await rowsOf('children.csv');
    const plans = await rowsOf('plans.csv');
    const assessments = await rowsOf('assessments.csv');
    const plansBefore = Number((await app.sql<{ n: string }>('select count(*) as n from plan'))[0]!.n);
    const span = { from: '2025-01-01', to: '2026-11-30' };
    const TWENTY_WEEKS = 'query ($o: TimelineFigureOptions) { timelinessFigures(options: $o) { finalPlans { done withinTimescale } } }';
    const la = (await app.sql<{ id: string }>("select id from local_authority where code = '873'"))[0]!.id;
    const twentyBefore = (await app.graphql(TWENTY_WEEKS, { o: { ...span, localAuthorityId: la } }, qa)).data!.timelinessFigures.finalPlans;

    // Settings are the commissioners' and admins' to import; the plans name them by URN.
    const page = await browser.newPage();
    await signIn(page, app.url, 'admin@example.org');
    await page.getByRole('menuitem', { name: 'Import data' }).click();
    expect(await preview(page, 'Settings (GIAS extract)', 'settings-gias.csv')).toContain(`${settings.length} to create`);
    await page.getByRole('button', { name: /^Confirm: import/ }).click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain(`${settings.length} created`);

    // The rest is a QA officer's: people, plans and their steps.
    await signIn(page, app.url, 'qa@example.org');
    await page.getByRole('menuitem', { name: 'Import data' }).click();
    expect(await page.getByRole('option').count()).toBe(0);
    expect(await preview(page, 'Children', 'children.csv')).toContain(`${children.length} to create`);
    // A preview writes nothing.
    expect(Number((await app.sql<{ n: string }>("select count(*) as n from child where case_reference like '%-I%'"))[0]!.n)).toBe(0);
    await page.getByRole('button', { name: /^Confirm: import/ }).click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain(`${children.length} created`);

    expect(await preview(page, 'Plans and their statutory dates', 'plans.csv')).toContain(`${plans.length} to create`);
    await page.getByRole('button', { name: /^Confirm: import/ }).click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain(`${plans.length} created`);
    expect(Number((await app.sql<{ n: string }>('select count(*) as n from plan'))[0]!.n)).toBe(plansBefore + plans.length);

    expect(await preview(page, 'Assessment requests and their steps', 'assessments.csv')).toContain(`${assessments.length} to create`);
    await page.getByRole('button', { name: /^Confirm: import/ }).click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain(`${assessments.length} created`);

    // Final plans issued in the window, and those within 20 weeks (140 days) of the request, counted from the file.
    const issued = assessments.filter((r) => r.LA === '873' && r.AssessmentOutcome === 'FINAL_PLAN' && iso(r.AssessmentOutcomeDate!) >= span.from && iso(r.AssessmentOutcomeDate!) <= span.to);
    const within = issued.filter((r) => (Date.parse(iso(r.AssessmentOutcomeDate!)) - Date.parse(iso(r.ReceivedDate!))) / 86_400_000 <= 140);
    expect((await app.graphql(TWENTY_WEEKS, { o: { ...span, localAuthorityId: la } }, qa)).data!.timelinessFigures.finalPlans).toEqual({
      done: twentyBefore.done + issued.length,
      withinTimescale: twentyBefore.withinTimescale + within.length,
    });

    // The same file again would change nothing, and says so.
    expect(await preview(page, 'Plans and their statutory dates', 'plans.csv')).toContain(`${plans.length} unchanged`);
    await page.getByText('Everything in this file is already recorded').waitFor();
    expect(await page.getByRole('button', { name: /^Confirm: import/ }).count()).toBe(0);

    // The import is listed with what it did; an admin sees each change it made in the history, named by it.
    await page.getByRole('menuitem', { name: 'Imports done' }).click();
    await page.locator('tbody tr', { hasText: 'plans.csv' }).first().click();
    await page.waitForURL(/\/ImportRun\/[0-9a-f-]{36}\/show$/);
    const run = page.url().split('/').at(-2)!;
    await page.getByText('qa@example.org').first().waitFor();
    await signIn(page, app.url, 'admin@example.org');
    await page.goto(`${app.url}/ImportRun/${run}/show`);
    const changes = page.getByTestId('import-changes').locator('tbody tr');
    await changes.first().waitFor();
    const n = (await app.sql<{ n: string }>('select count(*) as n from change_record where cause = $1', [`ImportRun:${run}`]))[0]!.n;
    expect(await changes.count()).toBe(Math.min(50, Number(n)));
    expect(Number(n)).toBeGreaterThanOrEqual(plans.length);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it('shows what a row would change as staff read it: fields by their names and codes by theirs', async () => {
    const { browser, app } = session;
    const [child] = await app.sql<{ case_reference: string; date_of_birth: string; sex: string }>(
      "select c.case_reference, to_char(c.date_of_birth, 'YYYY-MM-DD') as date_of_birth, c.sex from child c join local_authority la on la.id = c.local_authority_id where la.code = '873' and c.primary_need = 'ASD' order by c.case_reference limit 1",
    );
    const page = await browser.newPage();
    await signIn(page, app.url, 'qa@example.org');
    await page.getByRole('menuitem', { name: 'Import data' }).click();
    await page.getByLabel('What to import').click();
    await page.getByRole('option', { name: 'Children', exact: true }).click();
    const file = `CaseReference,LA,PersonBirthDate,Sex,SENtype\n${child!.case_reference},873,${child!.date_of_birth},${child!.sex},SEMH\n`;
    await page.getByLabel('File to import').setInputFiles({ name: 'need.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.getByText('need.csv', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    const row = page.locator('[data-testid=import-rows] tr[data-row="2"]');
    await row.waitFor();
    expect(await row.getAttribute('data-action')).toBe('UPDATE');
    expect(await row.innerText()).toContain('Primary need: ASD — Autism → SEMH — Social, emotional and mental health');
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it('names the row, the column and the rule of a bad row, and offers nothing to confirm', async () => {
    const { browser, app } = session;
    const page = await browser.newPage();
    await signIn(page, app.url, 'qa@example.org');
    await page.getByRole('menuitem', { name: 'Import data' }).click();
    await page.getByLabel('What to import').click();
    await page.getByRole('option', { name: 'Children', exact: true }).click();
    const bad = 'CaseReference,LA,PersonBirthDate,Sex,SENtype\nBAD-1,873,31/02/2015,F,ASD\n';
    await page.getByLabel('File to import').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByText('bad.csv', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    const row = page.locator('[data-testid=import-rows] tr[data-row="2"]');
    await row.waitFor();
    expect(await row.getAttribute('data-action')).toBe('ERROR');
    expect(await row.locator('[data-column=PersonBirthDate]').count()).toBe(1);
    await page.getByText('Nothing can be imported while any row breaks a rule').waitFor();
    expect(await page.getByRole('button', { name: /^Confirm: import/ }).count()).toBe(0);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
