import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '@send-qa/api';
import { startApp, type TestApp } from '../helpers/app.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ADMIN_DIST = path.join(repositoryRoot(), 'admin', 'dist');
const available = existsSync(CHROMIUM) && existsSync(path.join(ADMIN_DIST, 'index.html'));

// In CI the browser test must run: a missing browser or admin build is a failure there, not a skip.
if (process.env.CI === 'true' && !available) {
  throw new Error(`Browser test cannot run: need ${CHROMIUM} and a built admin in ${ADMIN_DIST} (pnpm build)`);
}

describe.skipIf(!available)('the admin in headless Chromium', () => {
  let app: TestApp;
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    app = await startApp({ adminDist: ADMIN_DIST });
    profile = await mkdtemp(path.join(tmpdir(), 'send-qa-chromium-'));
    // A new, empty profile every run.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
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
