import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';
import { assignedCycle, type Versioned } from '../helpers/audits.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/** Setting up a cycle and submitting an audit, as the QA officer and the auditor do them in the admin. */
describe.skipIf(!BROWSER_AVAILABLE)('setting up a cycle and submitting its audits in headless Chromium', () => {
  const session = adminInBrowser();

  it('the QA officer sees where the sample will come from, draws it, and shares its audits out round robin in one dialog', async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    const la = await localAuthorityId(app, '874');
    const [rubric] = await app.sql<{ id: string }>("select id from rubric_version where local_authority_id = $1 and status = 'PUBLISHED'", [la]);
    const named = (await app.sql<{ id: string }>("select id from plan where local_authority_id = $1 and status = 'FINAL' order by id limit 2", [la])).map((r) => r.id);
    const created = await app.graphql(
      `mutation ($la: UUID!, $rv: UUID!, $named: [UUID!]) { createAuditCycle(localAuthorityId: $la, name: "Shared out", kind: EHCP_AUDIT, term: SPRING, academicYear: 2026,
        opensOn: "2027-01-04", closesOn: "2027-03-26", rubricVersionId: $rv, sampleSize: 7, seed: 21, includePlanIds: $named, reauditBelowGood: false) { id } }`,
      { la, rv: rubric!.id, named },
      qa,
    );
    const cycleId = created.data?.createAuditCycle.id as string;
    const people = await app.sql<{ id: string; display_name: string }>(
      "select id, display_name from app_user where email in ('auditor@example.org', 'qa@example.org') order by email",
    );

    const page = await browser.newPage();
    await signIn(page, app.url, 'qa@example.org');
    await page.goto(`${app.url}/AuditCycle/${cycleId}/show`);
    const preview = page.getByTestId('sample-preview');
    await expect.poll(() => preview.getByRole('heading').textContent()).toBe('Before you draw: the sample would take 7 plans');
    expect(await preview.getByTestId('preview-named').textContent()).toBe('2 plans named on the cycle');
    expect(await preview.getByTestId('preview-reaudit').textContent()).toMatch(/^0 plans put forward for re-audit/);
    expect(await preview.getByTestId('preview-random').textContent()).toMatch(/^5 plans drawn at random/);

    await page.getByRole('button', { name: 'Draw sample' }).click();
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(7);
    await preview.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Assign audits…' }).click();
    const dialog = page.getByRole('dialog', { name: "Assign this cycle's audits" });
    await expect.poll(() => dialog.getByText('7 audits wait for an auditor.').count()).toBe(1);
    // Ticked in this order: the auditor first, so round robin starts with them.
    const order = [people[0]!, people[1]!];
    for (const person of order) await dialog.getByRole('checkbox', { name: person.display_name, exact: true }).check();
    await dialog.getByRole('radio', { name: /^Round robin/ }).check();
    await dialog.getByRole('button', { name: 'Assign 7 audits' }).click();
    const result = dialog.getByTestId('assignment-result');
    await result.waitFor();

    const audits = await app.sql<{ auditor_id: string | null; status: string }>(
      `select a.auditor_id, a.status from audit a join plan p on p.id = a.plan_id join child c on c.id = p.child_id where a.cycle_id = $1 order by c.case_reference, a.id`,
      [cycleId],
    );
    expect(audits.map((a) => a.auditor_id)).toEqual(audits.map((_, i) => order[i % 2]!.id));
    expect(audits.every((a) => a.status === 'ASSIGNED')).toBe(true);
    expect(await result.locator('li').allTextContents()).toEqual([`${order[0]!.display_name}: 4 audits`, `${order[1]!.display_name}: 3 audits`]);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('table tbody tr', { hasText: 'Assigned' }).count()).toBe(7);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it("the administrator finds each audit's assignment in the history, filtered by its record type in words, and follows it to the audit", async () => {
    const { app, browser } = session;
    const [assigned] = await app.sql<{ entity_id: string }>(
      "select entity_id from change_record where entity_name = 'Audit' and action = 'UPDATE' and changes ? 'auditor' order by at desc limit 1",
    );
    expect(assigned).toBeDefined();
    const page = await browser.newPage();
    await signIn(page, app.url, 'admin@example.org');
    await page.goto(`${app.url}/ChangeRecord`);
    await page.getByRole('combobox', { name: 'Record type' }).click();
    for (const type of ['Audit', 'Audit cycle', 'Follow-up action', 'KPI value', 'Rubric version']) {
      await page.getByRole('option', { name: type, exact: true }).waitFor();
    }
    await page.getByRole('option', { name: 'Audit', exact: true }).click();
    await expect.poll(async () => [...new Set(await page.locator('table tbody tr td:nth-child(4)').allTextContents())]).toEqual(['Audit']);
    const row = page.locator('table tbody tr', { hasText: assigned!.entity_id }).first();
    await row.getByRole('link', { name: `Audit ${assigned!.entity_id}` }).click();
    await page.waitForURL(new RegExp(`/Audit/${assigned!.entity_id}/show$`));
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it('the auditor is warned of unjudged criteria and empty evidence before submitting, and cannot submit what the rubric requires', async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    const [audit] = await assignedCycle(app, qa, '873', { term: 'SPRING', academicYear: 2026, opensOn: '2027-01-11', size: 1, seed: 22, reaudit: false });
    const criteria = await app.sql<{ code: string; statement: string }>(
      `select s->>'code' as code, c->>'statement' as statement from audit a join rubric_version rv on rv.id = a.rubric_version_id,
         jsonb_array_elements(rv.sections) with ordinality as t(s, n), jsonb_array_elements(s->'criteria') with ordinality as k(c, m) where a.id = $1 order by n, m`,
      [audit!.id],
    );
    const codes = [...new Set(criteria.map((c) => c.code))];

    const page = await browser.newPage();
    await signIn(page, app.url, 'auditor@example.org');
    await page.goto(`${app.url}/Audit/${audit!.id}/score`);
    // Every section graded Good, no criterion judged, no evidence written.
    for (const code of codes) {
      await expect.poll(() => page.locator('#section-heading').textContent()).toContain(`Section ${code}:`);
      await page.getByRole('radio', { name: '3 Good' }).check();
      await page.getByRole('button', { name: code === codes.at(-1) ? 'Save and review' : 'Save and next' }).click();
    }
    await page.locator('#summary-heading').waitFor();
    await page.getByRole('button', { name: 'Submit audit' }).click();

    const warning = page.getByRole('dialog', { name: 'Submit with gaps?' });
    await warning.waitFor();
    expect(await warning.getByTestId('unjudged-criteria').locator('li').allTextContents()).toEqual(criteria.map((c) => `Section ${c.code}: ${c.statement}`));
    expect(await warning.getByTestId('unevidenced-sections').textContent()).toBe(codes.join(', '));
    await warning.getByRole('button', { name: 'Back to the audit' }).click();
    await warning.waitFor({ state: 'detached' });
    expect((await app.sql<{ status: string }>('select status from audit where id = $1', [audit!.id]))[0]!.status).toBe('IN_PROGRESS');

    await page.getByRole('button', { name: 'Submit audit' }).click();
    await warning.getByRole('button', { name: 'Submit anyway' }).click();
    await page.waitForURL(/\/my-audits$/);
    expect((await app.sql<{ status: string }>('select status from audit where id = $1', [audit!.id]))[0]!.status).toBe('SUBMITTED');

    // A rubric that requires judgements: the same gaps stop the submission, and the dialog offers none.
    const la = await localAuthorityId(app, '873');
    const draft = (await app.graphql('mutation ($la: UUID!) { createRubric(localAuthorityId: $la, name: "Strict rubric") { versions { id version } } }', { la }, qa)).data
      ?.createRubric.versions[0] as Versioned;
    const strict = (
      await app.graphql('mutation ($id: UUID!, $version: Int!) { updateRubricVersion(id: $id, version: $version, requireJudgements: true) { id version } }', { ...draft }, qa)
    ).data?.updateRubricVersion as Versioned;
    await app.graphql('mutation ($id: UUID!, $version: Int!) { publishRubricVersion(id: $id, version: $version) { id } }', { ...strict }, qa);
    const cycle = (
      await app.graphql(
        `mutation ($la: UUID!, $rv: UUID!) { createAuditCycle(localAuthorityId: $la, name: "Strict", kind: EHCP_AUDIT, term: SUMMER, academicYear: 2026,
          opensOn: "2027-04-19", closesOn: "2027-07-16", rubricVersionId: $rv, sampleSize: 1, seed: 23, reauditBelowGood: false) { id version } }`,
        { la, rv: strict.id },
        qa,
      )
    ).data?.createAuditCycle as Versioned;
    await app.graphql('mutation ($id: UUID!, $version: Int!) { drawAuditSample(id: $id, version: $version) { id } }', { ...cycle }, qa);
    const [strictAudit] = await app.sql<Versioned>('select id, version from audit where cycle_id = $1', [cycle.id]);
    const [auditor] = await app.sql<{ id: string }>("select id from app_user where email = 'auditor@example.org'");
    await app.graphql('mutation ($id: UUID!, $version: Int!, $a: UUID!) { assignAudit(id: $id, version: $version, auditorId: $a) { id } }', { ...strictAudit, a: auditor!.id }, qa);

    await page.goto(`${app.url}/Audit/${strictAudit!.id}/score`);
    await page.getByRole('button', { name: 'Summary' }).click();
    await page.locator('#summary-heading').waitFor();
    await page.getByRole('button', { name: 'Submit audit' }).click();
    const blocked = page.getByRole('dialog', { name: 'This audit cannot be submitted yet' });
    await blocked.waitFor();
    expect(await blocked.getByText('This rubric requires every criterion judged.').count()).toBe(1);
    expect(await blocked.getByRole('button', { name: 'Submit anyway' }).count()).toBe(0);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
