import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser } from '../helpers/browser.js';
import { assignedCycle, finalise } from '../helpers/audits.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';

/** The term the test cycle belongs to, as gradeTrend names it. */
const PERIOD = '2025/26 Summer';

// Read in the page as expressions (the test project has no DOM types).
const ACTIVE_ID = 'document.activeElement && document.activeElement.id';
const ACTIVE_TYPE = 'document.activeElement && document.activeElement.type';
const ACTIVE_TEXT = 'document.activeElement && document.activeElement.textContent';

describe.skipIf(!BROWSER_AVAILABLE)('scoring an audit with the keyboard in headless Chromium', () => {
  const session = adminInBrowser();

  /** The number of final audits the dashboard shows for the term (0 when it shows no row for it). */
  async function shownCount(page: Page): Promise<number> {
    // The auditor lands on My work; the dashboard's figures are a menu entry away.
    await page.goto(`${session.app.url}/dashboard`);
    const table = page.locator('table[aria-label="Grade trend figures"]');
    await table.or(page.getByText('No final audits yet.').first()).first().waitFor();
    const cell = page.locator(`tr[data-period="${PERIOD}"][data-group=""] [data-testid=audited]`);
    return (await cell.count()) === 0 ? 0 : Number(await cell.textContent());
  }

  it('the auditor scores every section with the keyboard alone, submits, and once final the dashboard counts it', async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    const [audit] = await assignedCycle(app, qa, '873', { term: 'SUMMER', academicYear: 2025, opensOn: '2026-04-20', size: 1, seed: 4242, reaudit: false });
    const [child] = await app.sql<{ case_reference: string }>(
      'select c.case_reference from audit a join plan p on p.id = a.plan_id join child c on c.id = p.child_id where a.id = $1',
      [audit!.id],
    );
    const sections = await app.sql<{ code: string }>(
      `select s->>'code' as code from audit a join rubric_version rv on rv.id = a.rubric_version_id,
         jsonb_array_elements(rv.sections) with ordinality as t(s, n) where a.id = $1 order by n`,
      [audit!.id],
    );
    expect(sections.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    await page.goto(app.url);
    await page.fill('input[name=username]', 'auditor@example.org');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.getByRole('menuitem', { name: 'My audits' }).waitFor();
    const before = await shownCount(page);

    await page.getByRole('menuitem', { name: 'My audits' }).click();
    await page.getByRole('cell', { name: child!.case_reference }).click();
    await page.waitForURL(new RegExp(`/Audit/${audit!.id}/score$`));

    for (const [i, { code }] of sections.entries()) {
      const heading = page.locator('#section-heading');
      await expect.poll(() => heading.textContent()).toContain(`Section ${code}:`);
      // Each section opens with focus on its heading; Tab leads into the first criterion.
      await expect.poll(() => page.evaluate(ACTIVE_ID)).toBe('section-heading');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(ACTIVE_TYPE)).toBe('radio');
      await page.keyboard.press('Space'); // the first criterion: met
      await page.keyboard.press('3'); // section grade: good
      expect(await page.locator('input[name=section-grade][value="3"]').isChecked()).toBe(true);
      await page.keyboard.press('n'); // save and go on
      if (i === sections.length - 1) await page.locator('#summary-heading').waitFor();
    }

    await expect.poll(() => page.evaluate(ACTIVE_ID)).toBe('summary-heading');
    await expect.poll(() => page.getByTestId('suggested-grade').textContent()).toContain('3 Good');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Clear voice of the child throughout.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Quantify the provision in section F.');
    await page.keyboard.press('Tab'); // the overall grade, on the suggested one
    await page.keyboard.press('Tab'); // Submit audit
    expect(await page.evaluate(ACTIVE_TEXT)).toBe('Submit audit');
    await page.keyboard.press('Enter');
    // Only the first criterion of each section is judged and no evidence written: the auditor is asked first, with focus on going ahead.
    await page.getByRole('dialog', { name: 'Submit with gaps?' }).waitFor();
    await expect.poll(() => page.evaluate(ACTIVE_TEXT)).toBe('Submit anyway');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/my-audits$/);

    const [submitted] = await app.sql<{ id: string; version: number; status: string; overall_grade: number; strengths: string }>(
      'select id, version, status, overall_grade, strengths from audit where id = $1',
      [audit!.id],
    );
    expect(submitted).toMatchObject({ status: 'SUBMITTED', overall_grade: 3, strengths: 'Clear voice of the child throughout.' });
    const graded = await app.sql<{ n: number }>(
      `select count(*)::int as n from audit a, jsonb_array_elements(a.sections) s where a.id = $1 and (s->>'grade')::int = 3`,
      [audit!.id],
    );
    expect(graded[0]!.n).toBe(sections.length);

    expect((await finalise(app, qa, { id: submitted!.id, version: submitted!.version })).status).toBe('FINAL');
    expect(await shownCount(page)).toBe(before + 1);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it('the QA officer draws a cycle\'s sample, reviews rubrics and follow-up actions', async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    const [la] = await app.sql<{ id: string }>("select id from local_authority where code = '874'");
    const [rubric] = await app.sql<{ id: string }>("select id from rubric_version where local_authority_id = $1 and status = 'PUBLISHED'", [la!.id]);
    const created = await app.graphql(
      `mutation ($la: UUID!, $rv: UUID!) { createAuditCycle(localAuthorityId: $la, name: "Browser cycle", kind: EHCP_AUDIT, term: AUTUMN, academicYear: 2026,
        opensOn: "2026-09-07", closesOn: "2026-12-18", rubricVersionId: $rv, sampleSize: 4, seed: 11, reauditBelowGood: false) { id } }`,
      { la: la!.id, rv: rubric!.id },
      qa,
    );
    const cycleId = created.data?.createAuditCycle.id as string;

    const page = await browser.newPage();
    await page.goto(app.url);
    // The browser profile is shared with the auditor's test: sign them out first.
    await page.evaluate('localStorage.clear()');
    await page.goto(app.url);
    await page.fill('input[name=username]', 'qa@example.org');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.getByRole('menuitem', { name: 'My audits' }).waitFor();

    await page.goto(`${app.url}/AuditCycle/${cycleId}/show`);
    await page.getByRole('button', { name: 'Draw sample' }).click();
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const [sampled] = await app.sql<{ n: number }>('select count(*)::int as n from audit where cycle_id = $1', [cycleId]);
    expect(sampled!.n).toBe(4);

    // Wait for each page before clicking its rows: the previous page's table lingers until then.
    await page.getByRole('menuitem', { name: /rubrics/i }).click();
    await page.waitForURL(/\/Rubric(\?.*)?$/);
    await page.locator('table tbody tr', { hasText: 'EHCP quality audit' }).first().click();
    await page.waitForURL(/\/Rubric\/[0-9a-f-]{36}\/show$/);
    await page.getByText('Versions').first().waitFor();
    await page.locator('table tbody tr').first().click();
    await page.waitForURL(/\/RubricVersion\/[0-9a-f-]{36}\/show$/);
    await page.getByText('Sections and criteria').waitFor();
    expect(await page.getByText('What good looks like').count()).toBeGreaterThan(0);

    await page.getByRole('menuitem', { name: /follow-up actions/i }).click();
    await page.getByText('Overdue only').waitFor();
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
