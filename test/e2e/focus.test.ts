/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE, BROWSER_TEST_TIMEOUT, adminInBrowser, signIn } from '../helpers/browser.js';
import { navigate } from '../helpers/walk.js';

describe.skipIf(!BROWSER_AVAILABLE)('keyboard focus in the admin', () => {
  const session = adminInBrowser();

  it('goes to the saved record’s heading after a form is saved, not back to the top of the page', async () => {
    const { app, browser } = session;
    const page = await browser.newPage();
    await signIn(page, app.url, 'qa@example.org');
    const token = await app.login('qa@example.org');
    const team = (await app.graphql<{ allTeams: { id: string; name: string }[] }>('{ allTeams(perPage: 1) { id name } }', {}, token)).data!.allTeams[0]!;

    await navigate(page, `/Team/${team.id}`);
    const name = page.getByLabel('Name');
    await name.fill(`${team.name} (renamed)`);
    // As a keyboard user saves: Tab to the Save button, then Enter.
    await page.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/Team/${team.id}/show`);
    await page.getByRole('heading', { name: 'Team', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' });

    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return { tag: active?.tagName, text: active?.textContent, inMain: Boolean(active?.closest('#main-content')) };
      });
    // Focus moves once the record's page has drawn, which may be a frame after its heading appears.
    await expect.poll(focused).toEqual({ tag: 'H2', text: 'Team', inMain: true });
    await page.close();
  }, BROWSER_TEST_TIMEOUT);
});
