// Several screens in end-to-end tests: joining a screen to the house server through the staff
// area, as staff would, and reading what each screen and the server hold.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { staffPage, unlockStaff } from './staff';

export interface Login {
  url: string;
  cafe: string;
  user: string;
  password: string;
}

export const screensPage = (page: Page) => ({
  url: () => page.getByLabel('Serverens adresse'),
  cafe: () => page.getByLabel('Café', { exact: true }),
  user: () => page.getByLabel('Skærmens login'),
  password: () => page.getByLabel('Adgangskode'),
  test: () => page.getByRole('button', { name: 'Test forbindelsen' }),
  join: () => page.getByRole('button', { name: 'Forbind skærmen' }),
  replace: () => page.getByRole('button', { name: 'Ja, brug serverens café' }),
  leave: () => page.getByRole('button', { name: 'Forlad serveren' }),
  answer: () => page.locator('[role="alert"], [role="status"]').filter({ hasNotText: /Gemt/ }),
  /** The staff-only line that says how replication goes (data-sync holds the state). */
  state: () => page.locator('[data-sync]').first(),
});

/** Open "Skærme" in the staff area (unlocking with `pin`, or choosing it on a new profile). */
export async function openScreens(page: Page, pin = '2468'): Promise<void> {
  await unlockStaff(page, pin);
  await staffPage(page).section('Skærme').tap();
  await page.getByRole('heading', { name: 'Flere skærme', level: 2 }).waitFor();
}

export async function fillLogin(page: Page, login: Login): Promise<void> {
  const s = screensPage(page);
  await s.url().fill(login.url);
  await s.cafe().fill(login.cafe);
  await s.user().fill(login.user);
  await s.password().fill(login.password);
}

/**
 * Join this screen to the café on the server. A screen with a café of its own is asked first; with
 * `replace` it says yes. Returns once the screen says it is in step with the server.
 */
export async function joinServer(page: Page, login: Login, opts: { pin?: string; replace?: boolean } = {}) {
  await openScreens(page, opts.pin);
  await fillLogin(page, login);
  const s = screensPage(page);
  await s.join().tap();
  if (opts.replace) {
    await s.replace().tap();
  }
  await inStep(page);
}

/** Wait until the staff area says this screen is in step with the server. */
export async function inStep(page: Page): Promise<void> {
  await expect.poll(() => screensPage(page).state().getAttribute('data-sync')).toBe('in-step');
}

/** Lock the staff area and go back to the public board. */
export async function toBoard(page: Page): Promise<void> {
  await staffPage(page).lock().tap();
  await page.locator('[data-board]:not([hidden]) h1').waitFor();
}

/** Documents on the server that are in conflict (should be none once screens are in step). */
export async function conflictsOn(
  dbUrl: string,
  admin: { name: string; password: string },
): Promise<string[]> {
  const auth = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  const r = await fetch(`${dbUrl}/_all_docs?include_docs=true&conflicts=true`, {
    headers: { Authorization: auth },
  });
  const body = (await r.json()) as { rows: { id: string; doc?: { _conflicts?: string[] } }[] };
  return body.rows.filter((row) => row.doc?._conflicts?.length).map((row) => row.id);
}

/** A document on the server, as the admin reads it. */
export async function serverDoc(
  dbUrl: string,
  admin: { name: string; password: string },
  id: string,
): Promise<Record<string, unknown> | null> {
  const auth = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  const r = await fetch(`${dbUrl}/${encodeURIComponent(id)}`, { headers: { Authorization: auth } });
  return r.ok ? ((await r.json()) as Record<string, unknown>) : null;
}

/** Write a document on the server as the admin (as another screen, or something that is not one). */
export async function putServerDoc(
  dbUrl: string,
  admin: { name: string; password: string },
  doc: Record<string, unknown>,
): Promise<void> {
  const auth = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  const r = await fetch(`${dbUrl}/${encodeURIComponent(String(doc._id))}`, {
    method: 'PUT',
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(doc),
  });
  if (!r.ok) throw new Error(`PUT ${String(doc._id)}: ${r.status} ${await r.text()}`);
}
