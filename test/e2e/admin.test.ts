import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIST, BROWSER_AVAILABLE, openBrowser } from '../helpers/browser.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';

describe.skipIf(!BROWSER_AVAILABLE)('the admin in headless Chromium', () => {
  let app: TestApp;
  let browser: BrowserContext;
  let closeBrowser: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    app = await startApp({ adminDist: ADMIN_DIST });
    ({ context: browser, close: closeBrowser } = await openBrowser());
  });

  afterAll(async () => {
    await closeBrowser?.();
    await app?.close();
  });

  it('signs in as the QA officer, lists plans and opens one', async () => {
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
  });
});
