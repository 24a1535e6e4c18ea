import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!BROWSER_AVAILABLE)('a family answers a survey link, and the QA officer sees it in the figures', () => {
  const session = adminInBrowser();

  it('the link opens without signing in, shows nothing of the child, takes the answers once, and the figures count them', async () => {
    const { app, browser } = session;
    const cam = await localAuthorityId(app, '873');
    const [plan] = await app.sql<{ id: string; case_reference: string; date_of_birth: string }>(
      `select p.id, c.case_reference, to_char(c.date_of_birth, 'DD/MM/YYYY') as date_of_birth from plan p join child c on c.id = p.child_id
        where p.local_authority_id = $1 and p.status = 'FINAL' and (select count(*) from plan q where q.child_id = c.id) = 1 order by p.id limit 1`,
      [cam],
    );
    const [template] = await app.sql<{ id: string; name: string }>("select id, name from survey_template where local_authority_id = $1 and kind = 'POST_ASSESSMENT' order by number limit 1", [cam]);
    // The QA officer makes the invitation from the plan and reads the link, shown this once.
    const page = await browser.newPage();
    await signIn(page, app.url, 'qa@example.org');
    await page.goto(`${app.url}/SurveyInvitation/create`);
    await page.getByLabel('Plan (search by case reference)').fill(plan!.case_reference);
    // The choices narrow to the child's one plan once the search has answered.
    await expect.poll(() => page.getByRole('option').count()).toBe(1);
    await page.getByRole('option').click();
    await page.getByRole('combobox', { name: /^Survey/ }).click();
    await page.getByRole('option', { name: 'After the EHC needs assessment' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    const link = await page.getByTestId('survey-link').innerText();
    const token = link.split('/survey/')[1]!.trim();
    const [made] = await app.sql<{ plan_id: string; used_at: string | null }>('select plan_id, used_at from survey_invitation where token_hash = $1', [createHash('sha256').update(token).digest('hex')]);
    expect(made).toEqual({ plan_id: plan!.id, used_at: null });

    // The range the figures page shows by default: the year to today.
    const [from, to] = [isoDaysAgo(364), isoDaysAgo(0)];
    const responsesNow = async () =>
      Number(
        (
          await app.sql<{ n: string }>(
            `select count(*) as n from survey_response r join survey_template t on t.id = r.template_id
              cross join lateral jsonb_array_elements(r.answers) a
              where r.local_authority_id = $1 and r.responded_on between $2 and $3 and a->>'score' is not null
                and exists (select 1 from jsonb_array_elements(t.questions) q where q->>'key' = a->>'key' and (q->>'headline')::boolean)`,
            [cam, from, to],
          )
        )[0]!.n,
      );
    const before = await responsesNow();

    // The family: a fresh page that has never signed in.
    const family = await browser.newPage();
    await family.goto(`${app.url}/survey/${token}`);
    await family.getByRole('heading', { name: template!.name }).waitFor();
    const shown = await family.locator('main').innerText();
    expect(shown).not.toContain(plan!.case_reference);
    expect(shown).not.toContain(plan!.date_of_birth);
    await family.getByRole('radiogroup').first().getByLabel('Very satisfied').check();
    await family.getByLabel('What could we have done better?').fill('Nothing: thank you');
    await family.getByRole('button', { name: 'Send my answers' }).click();
    await family.getByRole('status').filter({ hasText: 'Thank you' }).waitFor();
    // Opened again, the link says it has been answered, and takes nothing more.
    await family.goto(`${app.url}/survey/${token}`);
    await family.getByText('already been answered').waitFor();
    await family.close();
    expect(await responsesNow()).toBe(before + 1);

    // The QA officer: the figures page counts the new response.
    await page.getByRole('menuitem', { name: 'Family satisfaction' }).click();
    await page.getByTestId('overall').filter({ hasText: `of ${before + 1} responses satisfied` }).waitFor();
    await page.getByRole('table', { name: 'By term' }).waitFor();
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
