/// <reference lib="dom" />
/**
 * The browser walk: what the admin itself registers as its resources (react-admin's resource definitions, read from
 * the running app), visited page by page for a role, with each page checked for the faults a user would meet.
 * The rules of what a role may do come from schema/access.json, which `pnpm schema` emits from the API itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import type { Page } from 'playwright-core';
import { repositoryRoot } from '@send-qa/api';

export interface ResourceDefinition {
  name: string;
  hasList: boolean;
  hasShow: boolean;
  hasEdit: boolean;
  hasCreate: boolean;
}

type Action = 'list' | 'read' | 'create' | 'update' | 'delete';
interface ResourceAccess extends Record<Action, string[] | null> {
  defaultSort: { field: string; order: string };
}
export interface Access {
  resources: Record<string, ResourceAccess>;
  operations: {
    query: Record<string, { resource: string | null }>;
    mutation: Record<string, { resource: string | null; roles: string[] }>;
  };
}

export function readAccess(): Access {
  return JSON.parse(readFileSync(path.join(repositoryRoot(), 'schema', 'access.json'), 'utf8')) as Access;
}

/** Whether the API lets the role do this to the resource (a resource the API does not know allows nothing). */
export function allows(access: Access, role: string, resource: string, action: Action): boolean {
  return access.resources[resource]?.[action]?.includes(role) ?? false;
}

/** The API's list query for a resource (ra-data-graphql-simple's `allXs`), from the API's own operation list. */
export function listQuery(access: Access, resource: string): string | undefined {
  return Object.entries(access.operations.query).find(([name, op]) => op.resource === resource && name.startsWith('all'))?.[0];
}

/**
 * Abbreviations that are the words people use (SEN2's need codes, EHCP, SEN support's K), so no fault when
 * they show; every other value of the API's enums on screen is a code where words belong ("For: ASSESSMENT").
 */
const WORDS_IN_CAPITALS = new Set(['ASD', 'SEMH', 'SLCN', 'MLD', 'SLD', 'PMLD', 'SPLD', 'HI', 'VI', 'MSI', 'PD', 'OTH', 'NSA', 'EHCP', 'DCO', 'KPI', 'BRAG', 'RAG', 'CSV', 'XLSX', 'PDF', 'NHS']);

/**
 * The values of the API's enums (from the committed schema) that would be a raw code if shown. Text marked
 * `data-codes` shows codes on purpose: what an import file must hold.
 */
export function enumCodes(): Set<string> {
  const schema = buildSchema(readFileSync(path.join(repositoryRoot(), 'schema', 'schema.graphql'), 'utf8'));
  const codes = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type) || type.name.startsWith('__')) continue;
    for (const { name } of type.getValues()) if (!WORDS_IN_CAPITALS.has(name) && (name.length > 3 || name.includes('_'))) codes.add(name);
  }
  return codes;
}

/**
 * The enum codes in the text a user reads on the page: visible text nodes as written (buttons' capitals come from
 * CSS, which this does not apply, so "CREATE" on a button is not read as a code). A word joined by a hyphen is
 * part of a name, as KPI codes are ("AR-AMEND").
 */
async function codesOnScreen(page: Page, codes: Set<string>): Promise<string[]> {
  const text: string = await page.evaluate(`(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && parent.checkVisibility() && !parent.closest('input, textarea, script, style, [aria-hidden=true], [data-codes]')) parts.push(node.textContent);
    }
    return parts.join(' ');
  })()`);
  return [...new Set(text.match(/(?<![\w-])[A-Z][A-Z0-9_]+(?![\w-])/g) ?? [])].filter((word) => codes.has(word));
}

/** The widest a list may be: a 1440 px window must show it without sideways scrolling. */
export const WINDOW_WIDTH = 1440;

/** The text of react-admin's crash boundary (its error page). */
const CRASH = 'Something went wrong';

/**
 * What react-admin registered as resources, read from its resource-definition context in the running app
 * (React keeps the component tree on the DOM node it renders into). This is the admin's own list, so a
 * resource added to App.tsx is walked without anyone listing it here.
 */
export async function resourceDefinitions(page: Page): Promise<ResourceDefinition[]> {
  return page.evaluate(() => {
    type Fiber = { memoizedProps?: { value?: { definitions?: Record<string, ResourceDefinition> } }; child?: Fiber; sibling?: Fiber };
    const root = document.getElementById('root') as unknown as Record<string, { current?: Fiber } | undefined> | null;
    const key = root && Object.keys(root).find((k) => k.startsWith('__reactContainer$'));
    const stack: Fiber[] = key ? [(root[key] as unknown as { current?: Fiber }).current ?? (root[key] as unknown as Fiber)] : [];
    while (stack.length) {
      const fiber = stack.pop()!;
      const definitions = fiber.memoizedProps?.value?.definitions;
      if (definitions && typeof definitions === 'object' && Object.keys(definitions).length > 0) {
        return Object.values(definitions).map(({ name, hasList, hasShow, hasEdit, hasCreate }) => ({
          name,
          hasList: !!hasList,
          hasShow: !!hasShow,
          hasEdit: !!hasEdit,
          hasCreate: !!hasCreate,
        }));
      }
      if (fiber.sibling) stack.push(fiber.sibling);
      if (fiber.child) stack.push(fiber.child);
    }
    throw new Error('no react-admin resource definitions found in the page');
  });
}

/**
 * Watches one page for the faults that do not show as text: console errors, uncaught exceptions and GraphQL
 * errors in any response. `take` hands over (and forgets) what was seen since the last call.
 */
export function watchFaults(page: Page) {
  let faults: string[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('console', (message) => {
    if (message.type() === 'error') faults.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => faults.push(`uncaught: ${error.message}`));
  const isGraphql = (url: string) => new URL(url).pathname === '/graphql';
  page.on('request', (request) => {
    if (!isGraphql(request.url())) return;
    inFlight += 1;
    lastActivity = Date.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('requestfailed', (request) => {
    if (isGraphql(request.url())) done();
  });
  page.on('response', async (response) => {
    if (!isGraphql(response.url())) return;
    try {
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      for (const error of body.errors ?? []) faults.push(`GraphQL ${error.extensions?.code ?? 'error'}: ${error.message}`);
    } catch {
      faults.push(`GraphQL response ${response.status()} that is not JSON`);
    } finally {
      done();
    }
  });
  return {
    take(): string[] {
      const seen = faults;
      faults = [];
      return seen;
    },
    /** Until no GraphQL request has been open for a moment (react-admin fetches in waves: list, then references). */
    async settled(quietMs = 350, limitMs = 20_000): Promise<void> {
      const start = Date.now();
      // A screen just navigated to may not have sent its first request yet: wait at least one quiet spell from now.
      lastActivity = Math.max(lastActivity, start);
      while (Date.now() - start < limitMs) {
        if (inFlight === 0 && Date.now() - lastActivity >= quietMs) return;
        await page.waitForTimeout(50);
      }
      faults.push(`still loading after ${limitMs} ms`);
    },
  };
}

/** The write controls on screen: each as the resource and action it asks the API for. */
export async function writeControls(page: Page, resource: string): Promise<{ resource: string; action: Action; label: string }[]> {
  const found = await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
    const links = Array.from(main.querySelectorAll('a[href]')).filter(visible).map((a) => ({ href: a.getAttribute('href') ?? '', label: (a.textContent ?? '').trim() || a.getAttribute('aria-label') || '' }));
    const deletes = Array.from(main.querySelectorAll('button'))
      .filter(visible)
      .map((b) => (b.getAttribute('aria-label') || b.textContent || '').trim())
      .filter((label) => /^delete$/i.test(label));
    return { links, deletes };
  });
  const controls: { resource: string; action: Action; label: string }[] = [];
  for (const { href, label } of found.links) {
    // react-admin's routes: /R/create makes one, /R/:id edits one (/R/:id/show only reads).
    const match = /^\/([A-Z][A-Za-z]*)\/([^/?#]+)$/.exec(href.split('?')[0] ?? '');
    if (!match) continue;
    controls.push({ resource: match[1]!, action: match[2] === 'create' ? 'create' : 'update', label: label || href });
  }
  for (const label of found.deletes) controls.push({ resource, action: 'delete', label });
  return controls;
}

/**
 * A role the API lets change nothing (the viewer): any control named for a change is then a fault. Changes come
 * through a resource's create/update/delete or through an operation on a resource (an auditor scores through
 * saveAuditSection); operations on no resource (one's own password) do not count.
 */
function readOnly(access: Access, role: string): boolean {
  const writesResource = Object.values(access.resources).some((r) => (['create', 'update', 'delete'] as const).some((action) => r[action]?.includes(role)));
  const callsOperation = Object.values(access.operations.mutation).some((op) => op.resource !== null && op.roles.includes(role));
  return !writesResource && !callsOperation;
}

const WRITE_VERB = /^(create|new|add|edit|delete|remove|save|import|publish|draw|assign|agree|request|record|submit|finalise|return|send|next version|upload|start|score|moderate|choose csv)\b/i;
/** react-admin's read-only controls whose names begin like a write verb. */
const READ_CONTROLS = new Set(['add filter']);

/** The buttons (and links styled as buttons) in the main content whose names say they change something. */
async function verbControls(page: Page): Promise<string[]> {
  const names = await page.locator('main button, main a[role=button], main a.MuiButton-root, main input[type=file]').evaluateAll((nodes) =>
    nodes
      .filter((node) => (node as HTMLElement).offsetParent !== null || node.tagName === 'INPUT')
      .map((node) => (node.getAttribute('aria-label') ?? node.textContent ?? '').trim() || (node.tagName === 'INPUT' ? 'upload' : '')),
  );
  return names.filter((name) => WRITE_VERB.test(name) && !READ_CONTROLS.has(name.toLowerCase()));
}

export interface PageReport {
  url: string;
  faults: string[];
}

/**
 * The faults visible on the page as it stands: the crash boundary, a write control the API would refuse the role,
 * an enum code where words belong, and (on lists) a page wider than the window.
 */
export async function visibleFaults(page: Page, access: Access, codes: Set<string>, role: string, resource: string, kind: 'list' | 'show' | 'edit' | 'create' | 'page'): Promise<string[]> {
  const faults: string[] = [];
  for (const code of await codesOnScreen(page, codes)) faults.push(`raw code on screen: ${code}`);
  if (await page.getByText(CRASH).first().isVisible().catch(() => false)) {
    const detail = await page.locator('main').innerText().catch(() => '');
    faults.push(`crash boundary: ${detail.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
  if (readOnly(access, role)) {
    for (const label of await verbControls(page)) faults.push(`control "${label}" shown to ${role}, who may change nothing`);
  }
  for (const control of await writeControls(page, resource)) {
    if (access.resources[control.resource] && !allows(access, role, control.resource, control.action)) {
      faults.push(`write control "${control.label}" (${control.action} ${control.resource}) shown to ${role}, whom the API refuses`);
    }
  }
  if (kind === 'list') {
    // A loaded machine may measure a table mid-layout (references still arriving): a list is wide only if it stays so.
    let width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > WINDOW_WIDTH) {
      await page.waitForTimeout(1_000);
      width = await page.evaluate(() => document.documentElement.scrollWidth);
    }
    if (width > WINDOW_WIDTH) faults.push(`${width} px wide in a ${WINDOW_WIDTH} px window`);
  }
  return faults;
}

/** Moves the single-page app to a path without reloading it, as a click on a link would. */
export async function navigate(page: Page, to: string): Promise<void> {
  // Strings, as the test code has no DOM types. The controls of the screen being left are remembered,
  // so that a loaded machine's slow render is not read as the next screen's controls.
  await page.evaluate(`window.__walkLeft = Array.from(document.querySelectorAll('#main-content button, #main-content a[href]'))`);
  // react-router follows history's popstate.
  await page.evaluate(`window.history.pushState({}, '', ${JSON.stringify(to)}); window.dispatchEvent(new PopStateEvent('popstate'))`);
  // The new screen has rendered once none of the old one's controls is on the page (a screen that keeps some is let go after a while).
  // Polled with page.evaluate: the admin's Content Security Policy refuses the eval waitForFunction needs.
  for (let waited = 0; waited < 5_000; waited += 50) {
    if (await page.evaluate(`window.__walkLeft.every((node) => !node.isConnected)`)) return;
    await page.waitForTimeout(50);
  }
}

/**
 * What a required input gets when the walk fills a form: a value that keeps every rule a field of its kind has
 * (a reference has no spaces, an end or review date comes after a start, a year is this year, a URN is digits).
 */
function valueFor(type: string | null, name: string, unique: string, today: string): string {
  if (type === 'date') return /end|review|due|until|closes|target/i.test(name) ? addDaysIso(today, 28) : today;
  if (/year/i.test(name)) return today.slice(0, 4);
  if (type === 'number') return '1';
  if (/urn/i.test(name)) return `9${String(Date.now()).slice(-6)}`;
  if (type === 'email' || /email/i.test(name)) return `walk.${unique.toLowerCase()}@example.org`;
  return `Walk-${unique}`;
}

const addDaysIso = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The required inputs of the form on screen still empty: react-admin marks a required input's label with " *". */
async function emptyRequired(page: Page): Promise<{ id: string; kind: 'select' | 'autocomplete' | 'text' | 'radio'; type: string; name: string }[]> {
  return page.evaluate(() => {
    const form = document.querySelector('#main-content form');
    if (!form) return [];
    const required = (label: Element | null | undefined) => !!label && /\*\s*$/.test(label.textContent ?? '');
    const found: { id: string; kind: 'select' | 'autocomplete' | 'text' | 'radio'; type: string; name: string }[] = [];
    for (const label of Array.from(form.querySelectorAll('label[for]'))) {
      const control = document.getElementById(label.getAttribute('for') ?? '');
      if (!control || !required(label) || !(control as HTMLElement).offsetParent) continue;
      if (control.tagName === 'DIV' && control.getAttribute('role') === 'combobox') {
        const hidden = control.parentElement?.querySelector('input') as HTMLInputElement | null;
        if (hidden && hidden.value === '') found.push({ id: control.id, kind: 'select', type: '', name: hidden.name });
      } else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
        if (control.value !== '' || control.disabled || control.readOnly) continue;
        const kind = control.getAttribute('role') === 'combobox' ? 'autocomplete' : 'text';
        found.push({ id: control.id, kind, type: control.getAttribute('type') ?? '', name: control.name });
      }
    }
    for (const group of Array.from(form.querySelectorAll('[role=radiogroup]'))) {
      const container = group.closest('fieldset, .MuiFormControl-root');
      if (!required(container?.querySelector('legend, label')) || group.querySelector('input:checked')) continue;
      const first = group.querySelector('input[type=radio]');
      if (first?.id) found.push({ id: first.id, kind: 'radio', type: 'radio', name: (first as HTMLInputElement).name });
    }
    return found;
  });
}

/**
 * Fills every required input of the form on screen that is still empty, as a user would: text typed, the first
 * option of each select, autocomplete and radio group. Defaults the form set are kept.
 */
export async function fillRequired(page: Page, unique: string, today: string): Promise<string[]> {
  const problems: string[] = [];
  const tried = new Set<string>();
  // Inputs appear as others are chosen (a plan's team once its authority is), so go round until nothing is left to fill.
  for (let round = 0; round < 4; round++) {
    const empty = (await emptyRequired(page)).filter(({ name }) => !tried.has(name));
    if (empty.length === 0) break;
    for (const { id, kind, type, name } of empty) {
      tried.add(name);
      const control = page.locator(`[id="${id}"]`);
      if (kind === 'select' || kind === 'autocomplete') {
        await control.click();
        const option = page.locator('[role=listbox] [role=option]:not([data-value=""]):not([aria-disabled=true])').first();
        if (await option.waitFor({ timeout: 5_000 }).then(() => true, () => false)) await option.click();
        else {
          problems.push(`required "${name}" offers nothing to choose`);
          await page.keyboard.press('Escape');
        }
      } else if (kind === 'radio') {
        await control.check();
      } else {
        await control.fill(valueFor(type, name, unique, today));
      }
    }
  }
  return problems;
}

/** The messages a form shows against its inputs and in react-admin's notification. */
export async function formMessages(page: Page): Promise<string[]> {
  const helper = await page.locator('#main-content .Mui-error').allInnerTexts();
  const notice = await page.locator('.MuiSnackbar-root').allInnerTexts();
  return [...helper, ...notice].map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Clicks the form's Save and waits for react-admin to leave the form (it redirects to the record on success). */
export async function save(page: Page, formPath: string, settled: () => Promise<void>): Promise<string | null> {
  const button = page.locator('#main-content form button[type=submit]').first();
  for (let waited = 0; !(await button.isEnabled()) && waited < 2_000; waited += 100) await page.waitForTimeout(100);
  if (!(await button.isEnabled())) return `Save stays disabled once the required inputs are filled${(await formMessages(page)).map((m) => `; ${m}`).join('')}`;
  await button.click();
  await settled();
  for (let waited = 0; waited < 5_000; waited += 100) {
    if (new URL(page.url()).pathname !== formPath) return null;
    await page.waitForTimeout(100);
  }
  const messages = await formMessages(page);
  return `save did not complete${messages.length ? `: ${messages.join('; ')}` : ''}`;
}
