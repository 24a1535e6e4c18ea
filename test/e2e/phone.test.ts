/**
 * The auditor's day on a phone: My audits with work in it, the scoring screen of an assigned audit, the moderation
 * queue and the dashboard, each fitting a 390 px screen with no serious or critical axe violation. (The walk checks
 * every screen on a phone too, but its demo data holds no audits, so it cannot open a scoring screen.)
 */
import { describe, expect, it } from 'vitest';
import { PHONE, axeFaults, sidewaysScrolling } from '../helpers/axe.js';
import { assignedCycle } from '../helpers/audits.js';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';
import { navigate, watchFaults } from '../helpers/walk.js';

describe.skipIf(!BROWSER_AVAILABLE)("the auditor's screens on a phone", () => {
  const session = adminInBrowser();

  it('fit 390 px and pass axe, from My audits to scoring an audit', async () => {
    const { app, browser } = session;
    const qa = await app.login('qa@example.org');
    const [audit] = await assignedCycle(app, qa, '873', { term: 'SUMMER', academicYear: 2025, opensOn: '2026-04-20', size: 1, seed: 4242, reaudit: false });
    const [child] = await app.sql<{ case_reference: string }>(
      'select c.case_reference from audit a join plan p on p.id = a.plan_id join child c on c.id = p.child_id where a.id = $1',
      [audit!.id],
    );
    // Signed in on a desktop-sized tab, whose session the phone-sized tab shares.
    const desk = await browser.newPage();
    await signIn(desk, app.url, 'auditor@example.org');
    const phone = await browser.newPage();
    await phone.setViewportSize(PHONE);
    const watch = watchFaults(phone);
    const faultsOf = async (screen: string) => {
      await watch.settled();
      return [...(await axeFaults(phone, `on ${screen}`)), ...(await sidewaysScrolling(phone)), ...watch.take()];
    };

    await phone.goto(`${app.url}/my-audits`);
    await phone.getByText(child!.case_reference).first().waitFor();
    expect(await faultsOf('My audits')).toEqual([]);

    await phone.getByText(child!.case_reference).first().click();
    await phone.waitForURL(new RegExp(`/Audit/${audit!.id}/score$`));
    await phone.locator('#section-heading').waitFor();
    expect(await faultsOf('the scoring screen')).toEqual([]);

    await navigate(phone, '/moderation');
    expect(await faultsOf('the moderation queue')).toEqual([]);

    await navigate(phone, '/');
    expect(await faultsOf('the dashboard')).toEqual([]);
    await phone.close();
    await desk.close();
  }, BROWSER_TEST_TIMEOUT);
});
