import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';
import { londonToday } from '../helpers/health.js';

interface Deadline {
  id: string;
  caseReference: string;
  sourceId: string;
  sourceType: string;
  kind: string;
  label: string;
  dueOn: string;
}

const OVERDUE_DECISIONS = `query ($q: String) {
  allDeadlines(filter: { status: OVERDUE, kind: DECISION_TO_ASSESS, q: $q }, perPage: 100, sortField: "dueOn", sortOrder: ASC) { id caseReference sourceId sourceType kind label dueOn }
  _allDeadlinesMeta(filter: { status: OVERDUE, kind: DECISION_TO_ASSESS, q: $q }) { count }
}`;

describe.skipIf(!BROWSER_AVAILABLE)('the statutory timeline in the admin', () => {
  const session = adminInBrowser();

  it('a QA officer finds an overdue decision on the deadlines list, records it on the assessment, and it leaves the list', async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    const all = (await app.graphql<{ allDeadlines: Deadline[]; _allDeadlinesMeta: { count: number } }>(OVERDUE_DECISIONS, {}, qa)).data!;
    const deadline = all.allDeadlines.find((d) => d.sourceType === 'AssessmentRequest');
    expect(deadline, 'the fixture has an overdue decision whether to assess').toBeDefined();
    // Every request with no decision, and no later step either, 6 weeks (42 days) after it arrived is overdue.
    const [{ count }] = (
      await app.sql<{ count: string }>(
        `select count(*) from assessment_request a
           join app_user_local_authority ula on ula.local_authority_id = a.local_authority_id
           join app_user u on u.id = ula.user_id and u.email = 'qa@example.org'
          where a.kind = 'REQUEST' and a.decision_on is null and a.draft_on is null and a.outcome_on is null and a.withdrawn_on is null
            and a.received_on + 42 < $1::date`,
        [londonToday()],
      )
    ).map((r) => ({ count: Number(r.count) })) as [{ count: number }];
    expect(all._allDeadlinesMeta.count).toBe(count);

    const page = await browser.newPage();
    await signIn(page, app.url, 'qa@example.org');
    await page.getByRole('menuitem', { name: 'Deadlines' }).click();
    await page.getByPlaceholder('Case reference starts with').fill(deadline!.caseReference);
    const row = page.locator('tbody tr', { hasText: 'Decision whether to assess' }).filter({ hasText: deadline!.caseReference });
    await row.first().waitFor();
    await row.first().click();
    await page.waitForURL(new RegExp(`/AssessmentRequest/${deadline!.sourceId}/show$`));
    const step = page.locator('[data-testid=timeline-steps] tr[data-step=DECISION_TO_ASSESS]');
    await expect.poll(() => step.innerText()).toContain('Overdue');

    const today = londonToday();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Decision', { exact: true }).click();
    await page.getByRole('option', { name: 'Assess', exact: true }).click();
    await page.fill('input[name=decisionOn]', today);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`/AssessmentRequest/${deadline!.sourceId}/show$`));
    // Done after its due date: late, and no longer overdue.
    await expect.poll(() => step.innerText()).toContain('Late');

    const [saved] = await app.sql<{ decision: string; decision_on: string }>(
      `select decision, to_char(decision_on, 'YYYY-MM-DD') as decision_on from assessment_request where id = $1`,
      [deadline!.sourceId],
    );
    expect(saved).toEqual({ decision: 'ASSESS', decision_on: today });
    const after = (await app.graphql<{ allDeadlines: Deadline[]; _allDeadlinesMeta: { count: number } }>(OVERDUE_DECISIONS, {}, qa)).data!;
    expect(after._allDeadlinesMeta.count).toBe(count - 1);
    expect(after.allDeadlines.map((d) => d.id)).not.toContain(deadline!.id);

    // The list for this case, once its answer is in: the case's other deadlines, and not this one. The list keeps
    // its filter, so coming back may itself ask for this case (and typing the same text again asks nothing): the
    // answer is awaited from before the click.
    const answered = page.waitForResponse((r) => (r.request().postData() ?? '').includes('allDeadlines') && (r.request().postData() ?? '').includes(deadline!.caseReference));
    await page.getByRole('menuitem', { name: 'Deadlines' }).click();
    await page.getByPlaceholder('Case reference starts with').fill(deadline!.caseReference);
    await answered;
    const remaining = (await app.graphql<{ allDeadlines: Deadline[] }>('query ($q: String) { allDeadlines(filter: { q: $q }) { id label } }', { q: deadline!.caseReference }, qa)).data!.allDeadlines;
    await expect.poll(() => page.locator('tbody tr').count()).toBe(remaining.length);
    expect(await page.locator('tbody tr', { hasText: 'Decision whether to assess' }).count()).toBe(0);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it("a plan's page shows its timeline: each step with its deadline and status, as the API gives them", async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    const [plan] = await app.sql<{ id: string }>(
      `select p.id from plan p join assessment_request a on a.plan_id = p.id join annual_review r on r.plan_id = p.id
        where p.status = 'FINAL' order by p.id limit 1`,
    );
    const { timeline } = (await app.graphql<{ Plan: { timeline: { kind: string; status: string; dueOn: string | null }[] } }>(
      'query ($id: UUID!) { Plan(id: $id) { timeline { kind status dueOn } } }',
      { id: plan!.id },
      qa,
    )).data!.Plan;
    expect(timeline.length).toBeGreaterThan(2);

    const page = await browser.newPage();
    await signIn(page, app.url, 'qa@example.org');
    await page.goto(`${app.url}/Plan/${plan!.id}/show`);
    const rows = page.locator('[data-testid=timeline-steps] tbody tr');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-step')))).toEqual(timeline.map((s) => s.kind));
    const labels: Record<string, string> = { ON_TIME: 'On time', LATE: 'Late', DUE_SOON: 'Due soon', OVERDUE: 'Overdue', NOT_YET_DUE: 'Not yet due', RECORDED: 'Recorded', NOT_RECORDED: 'Not recorded' };
    for (const [i, step] of timeline.entries()) expect(await rows.nth(i).innerText()).toContain(labels[step.status]);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);

  it('the figures page shows the timeliness the API counts, with the cases behind each percentage', async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    // The page opens on the first of the user's authorities by name.
    const [first] = await app.sql<{ id: string }>(
      `select l.id from local_authority l join app_user_local_authority ula on ula.local_authority_id = l.id join app_user u on u.id = ula.user_id and u.email = 'qa@example.org' order by l.name limit 1`,
    );
    type Figure = { done: number; withinTimescale: number; percent: number | null };
    const figures = (await app.graphql<{ timelinessFigures: Record<string, Figure> & { reviewsOverdue: number } }>(
      `query ($id: UUID) { timelinessFigures(options: { localAuthorityId: $id }) { reviewsOverdue
         finalPlans { done withinTimescale percent } finalPlansExcludingExceptions { done withinTimescale percent } decisionsToAssess { done withinTimescale percent }
         reviewDecisions { done withinTimescale percent } amendedPlans { done withinTimescale percent } } }`,
      { id: first!.id },
      qa,
    )).data!.timelinessFigures;

    const page = await browser.newPage();
    await signIn(page, app.url, 'qa@example.org');
    await page.getByRole('menuitem', { name: 'Timeline figures' }).click();
    const table = page.getByTestId('timeliness').first();
    await table.waitFor();
    for (const key of ['finalPlans', 'finalPlansExcludingExceptions', 'decisionsToAssess', 'reviewDecisions', 'amendedPlans']) {
      const cells = await table.locator(`tr[data-figure=${key}] td`).allInnerTexts();
      const figure = figures[key]!;
      const shown = figure.percent === null ? '—' : `${figure.percent.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
      expect(cells.slice(1, 4)).toEqual([String(figure.withinTimescale), String(figure.done), shown]);
    }
    expect(await table.locator('tr[data-figure=reviewsOverdue]').innerText()).toContain(`${figures.reviewsOverdue} plans`);
    expect(figures.finalPlans!.done).toBeGreaterThan(0);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
