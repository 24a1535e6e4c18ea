import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { repositoryRoot } from '@send-qa/api';
import { afterAll, beforeAll } from 'vitest';
import { startApp, type TestApp } from './app.js';
import { DEMO_PASSWORD } from './fixture.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Without the networking flags Chromium floods the closed network with refused connections. */
/** As a council's browser: English (UK), so dates in inputs read day first. */
export const CHROMIUM_ARGS = ['--lang=en-GB', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const ADMIN_DIST = path.join(repositoryRoot(), 'admin', 'dist');
/** Browser tests run where Debian's chromium and a built admin are present. */
export const BROWSER_AVAILABLE = existsSync(CHROMIUM) && existsSync(path.join(ADMIN_DIST, 'index.html'));

// In CI the browser tests must run: a missing browser or admin build is a failure there, not a skip.
if (process.env.CI === 'true' && !BROWSER_AVAILABLE) {
  throw new Error(`Browser test cannot run: need ${CHROMIUM} and a built admin in ${ADMIN_DIST} (pnpm build)`);
}

/** Headless Chromium on a new, empty profile, removed again by `close`. */
export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'send-qa-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  // A step may wait long on a loaded two-core CI machine running two suites at once; the test's own limit still bounds it.
  context.setDefaultTimeout(60_000);
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The limit for one browser test: several pages, each of which may wait up to a minute. */
export const BROWSER_TEST_TIMEOUT = 240_000;

export interface AdminSession {
  app: TestApp;
  browser: BrowserContext;
}

/**
 * For a browser suite: before its tests, the app serving the built admin and a fresh headless Chromium;
 * after them, both stopped. Read `app` and `browser` from the session inside hooks and tests.
 */
export function adminInBrowser(): AdminSession {
  const session = {} as AdminSession;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    session.app = await startApp({ adminDist: ADMIN_DIST });
    ({ context: session.browser, close: closeBrowser } = await openBrowser());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await session.app?.close();
  });
  return session;
}

/** Signs in through the admin's own form as a demo user, signing out first whoever this profile last held. */
export async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.evaluate('localStorage.clear()');
  await page.goto(`${url}/login`);
  await page.fill('input[name=username]', email);
  await page.fill('input[name=password]', DEMO_PASSWORD);
  await page.click('button[type=submit]');
  await page.getByRole('menuitem').first().waitFor();
}
