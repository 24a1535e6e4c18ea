import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';

/**
 * The admin offers what the API allows and nothing else, because it reads the API's own rules
 * (schema/access.json): the DCO, who runs health deep dives, may create a cycle of that kind only;
 * a viewer, who changes nothing, is shown no control that would change anything on any page.
 */
const WRITE_CONTROL = /^(create|new|add|edit|delete|remove|save|import|publish|draw|assign|agree|request|record|submit|finalise|return|send|next version|upload|start|score|moderate|choose csv)\b/i;
/** react-admin's read-only controls whose names begin like a write verb. */
const READ_CONTROLS = new Set(['add filter']);

/** Every control on the page a user could press, by its accessible name (buttons, and links styled as buttons). */
async function controls(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // The sidebar's entries are navigation, judged by where they lead, not by their words.
  return page.locator('main button, main a[role=button], main a.MuiButton-root, main input[type=file]').evaluateAll((nodes) =>
    nodes
      .filter((node) => (node as { offsetParent: unknown }).offsetParent !== null || node.tagName === 'INPUT')
      .map((node) => (node.getAttribute('aria-label') ?? node.textContent ?? '').trim() || (node.tagName === 'INPUT' ? 'upload' : '')),
  );
}

/** One page of each kind: a record's id stands for every record. */
const route = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');
const MAX_PAGES = 120;

const writeControls = (names: string[]) => names.filter((name) => WRITE_CONTROL.test(name) && !READ_CONTROLS.has(name.toLowerCase()));

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

  it('a viewer is shown no write control on any page the admin leads to', async () => {
    const { app, browser } = session;
    const page = await browser.newPage();
    await signIn(page, app.url, 'viewer@example.org');
    // Every page the viewer can reach from the menu, by links and by opening a listed record, one of each kind.
    const pending = await page
      .getByRole('menuitem')
      .evaluateAll((items) => items.map((item) => item.getAttribute('href')).filter((href): href is string => !!href));
    expect(pending.length).toBeGreaterThan(10);
    const visited = new Map<string, string[]>();
    const enqueue = (path: string) => {
      if (!visited.has(route(path)) && !pending.some((queued) => route(queued) === route(path))) pending.push(path);
    };
    while (pending.length > 0 && visited.size < MAX_PAGES) {
      const path = pending.shift()!;
      await page.goto(new URL(path, app.url).toString());
      await page.waitForLoadState('networkidle');
      const landed = new URL(page.url()).pathname;
      visited.set(route(path), landed.endsWith('/access-denied') ? ['leads to access denied'] : writeControls(await controls(page)));
      for (const href of await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) enqueue(new URL(href, app.url).pathname);
      // A row opens its record by script, not by a link.
      const firstRow = page.locator('main table tbody tr.RaDataTable-clickableRow').first();
      if ((await firstRow.count()) > 0) {
        const list = page.url();
        await firstRow.click();
        await page.waitForURL((url) => url.toString() !== list);
        await page.waitForLoadState('networkidle');
        const opened = new URL(page.url()).pathname;
        if (opened.endsWith('/access-denied')) visited.set(`${route(path)}, its first row`, ['leads to access denied']);
        else enqueue(opened);
      }
    }
    console.log(`viewer: ${visited.size} kinds of page checked:\n${[...visited.keys()].join('\n')}`);
    expect(pending).toEqual([]);
    expect(Object.fromEntries([...visited].filter(([, names]) => names.length > 0))).toEqual({});
    await page.close();
  }, BROWSER_TEST_TIMEOUT * 2);
});
