import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';

/**
 * The admin offers what the API allows and nothing else, because it reads the API's own rules
 * (schema/access.json): the DCO, who runs health deep dives, may create a cycle of that kind only.
 * (The browser walk checks every page for every role, a viewer's included, for controls the API would refuse.)
 */
describe.skipIf(!BROWSER_AVAILABLE)('the admin offers what the API allows', () => {
  const session = adminInBrowser();

  it('the DCO may create a health deep-dive cycle, and a QA officer an EHCP audit cycle, each only of their kind', async () => {
    const { app, browser } = session;
    for (const [email, kind, other] of [
      ['dco@example.org', 'Health deep dive', 'Termly EHCP audit'],
      ['qa@example.org', 'Termly EHCP audit', 'Health deep dive'],
    ] as const) {
      const page = await browser.newPage();
      await signIn(page, app.url, email);
      await page.goto(`${app.url}/AuditCycle`);
      const create = page.getByRole('link', { name: 'Create' });
      await create.waitFor();
      await create.click();
      await page.getByText('New audit cycle').first().waitFor();
      const kindSelect = page.getByRole('combobox', { name: /^Kind\b/ });
      await expect.poll(() => kindSelect.textContent()).toContain(kind);
      await kindSelect.click();
      const offered = await page.getByRole('option').allTextContents();
      expect(offered).toContain(kind);
      expect(offered).not.toContain(other);
      await page.close();
    }
  }, BROWSER_TEST_TIMEOUT);
});
