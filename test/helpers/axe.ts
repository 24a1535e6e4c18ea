/// <reference lib="dom" />
/**
 * Accessibility in the browser walk: axe-core's rules (WCAG 2.2 A and AA, and axe's best practices) on each
 * distinct screen, in the walk's 1440 px window and again on a phone 390 px wide, where the auditor's screens and
 * the dashboard must also fit without sideways scrolling. Any serious or critical violation is a fault.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { navigate, watchFaults } from './walk.js';

/**
 * Evaluated in the page rather than added as a <script>: the admin's Content Security Policy allows only its own
 * scripts, and DevTools evaluation is not subject to it.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A common phone's viewport in CSS pixels. */
export const PHONE = { width: 390, height: 844 };

/** The screens an auditor works on away from a desk, and the dashboard: each must fit a phone's width. */
const PHONE_SCREENS = [/^\/$/, /^\/my-audits$/, /^\/Audit\/[^/]+\/score$/, /^\/moderation$/];

const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** Screens already checked in this test file: one check per screen, not per record or per role that opens it. */
const checked = new Set<string>();

/**
 * Each context's phone: a second tab of the same signed-in session, loaded at the phone's size as a phone would load
 * it (a window narrowed after loading keeps its desktop menu open, as a drawer over the page).
 */
const phones = new WeakMap<BrowserContext, Promise<{ page: Page; watch: ReturnType<typeof watchFaults> }>>();

function phoneFor(context: BrowserContext, url: string) {
  let phone = phones.get(context);
  if (!phone) {
    phone = (async () => {
      const page = await context.newPage();
      await page.setViewportSize(PHONE);
      const watch = watchFaults(page);
      await page.goto(url);
      return { page, watch };
    })();
    phones.set(context, phone);
  }
  return phone;
}

/**
 * The accessibility faults of the screen `page` shows, the first time `screen` (e.g. "Plan show") is met in this
 * test file; nothing after. On the phone, also its console and GraphQL errors. Colour contrast is not checked again
 * there: colours do not change with the width, and it is axe's slowest rule.
 */
export async function accessibilityFaults(page: Page, screen: string): Promise<string[]> {
  if (checked.has(screen)) return [];
  checked.add(screen);
  const url = new URL(page.url());
  const at = `${url.pathname}${url.search}`;
  const faults = await axeFaults(page, 'at 1440 px');

  const phone = await phoneFor(page.context(), page.url());
  // Chromium runs a background tab's animation frames about once a second, and Playwright waits on them before
  // each click: whichever tab is in use comes to the front.
  await phone.page.bringToFront();
  try {
    const phoneAt = new URL(phone.page.url());
    if (`${phoneAt.pathname}${phoneAt.search}` !== at) await navigate(phone.page, at);
    await phone.watch.settled();
    faults.push(...(await axeFaults(phone.page, `at ${PHONE.width} px`, { 'color-contrast': { enabled: false } })));
    if (PHONE_SCREENS.some((path) => path.test(url.pathname))) faults.push(...(await sidewaysScrolling(phone.page)));
    faults.push(...phone.watch.take().map((fault) => `${fault} (at ${PHONE.width} px)`));
  } finally {
    await page.bringToFront();
  }
  return faults;
}

/** Whether the page, on a phone, is wider than the phone's screen (scrolls sideways). */
export async function sidewaysScrolling(page: Page): Promise<string[]> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  return width > PHONE.width ? [`${width} px wide on a ${PHONE.width} px phone, which must not scroll sideways`] : [];
}

/** axe's serious and critical violations on the page as it stands, one fault per rule: its id, what to do, and where. */
export async function axeFaults(page: Page, where: string, rules: Record<string, { enabled: boolean }> = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(
    (rules) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'], rules }),
    rules,
  )) as AxeResults;
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' '));
      const shown = targets.slice(0, 3).join(', ') + (targets.length > 3 ? ` and ${targets.length - 3} more` : '');
      return `axe ${violation.id} (${violation.impact}) ${where}: ${violation.help}: ${shown}`;
    });
}
