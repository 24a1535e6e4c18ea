import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser } from '../helpers/browser.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';

describe.skipIf(!BROWSER_AVAILABLE)('the admin in headless Chromium', () => {
  const session = adminInBrowser();

  it('signs in as the QA officer, lists plans and opens one', async () => {
    const { app, browser } = session;
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.fill('input[name=username]', 'qa@example.org');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');

    await page.getByRole('menuitem', { name: 'Plans' }).click();
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);

    await rows.first().click();
    await page.getByText('Case reference').first().waitFor();
    expect(page.url()).toMatch(/\/Plan\/[0-9a-f-]{36}\/show$/);
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
