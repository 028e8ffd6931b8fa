import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard } from './support/browser';
import { boardPage } from './support/pages';
import { poll } from './support/poll';
import { staffPage, unlockStaff } from './support/staff';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const MONDAY_10 = at('2026-11-23', '10:00');

async function section(page: Page, name: string) {
  await staffPage(page).section(name).tap();
  await page.getByRole('main', { name }).waitFor();
}

/** Every photo stored, read straight from IndexedDB. */
function storedPhotos(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const rows = await new Promise<{ id: string; blob: Blob; thumb: Blob; width: number; height: number }[]>(
      (ok) => {
        const r = db.transaction('photos').objectStore('photos').getAll();
        r.onsuccess = () => ok(r.result);
      },
    );
    db.close();
    return rows.map((p) => ({
      id: p.id,
      size: p.blob.size,
      type: p.blob.type,
      width: p.width,
      height: p.height,
    }));
  });
}

describe('the staff editors', () => {
  it('adds a participant with errors explained beside the field, gives them a shift today, and the board announces it', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    await section(page, 'Personer');
    await page.getByRole('button', { name: 'Ny person' }).tap();
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    const save = page.getByRole('button', { name: 'Gem', exact: true });
    await save.tap();
    await poll(() => page.locator('#person-name-error').textContent()).toContain('Skriv et fornavn.');
    expect(await page.getByLabel('Fornavn eller kaldenavn').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Fornavn eller kaldenavn').fill('Nora Hansen');
    await save.tap();
    await poll(() => page.locator('#person-name-error').textContent()).toContain('Kun ét navn');
    await page.getByLabel('Fornavn eller kaldenavn').fill('Nora');
    await save.tap();
    await poll(() => page.getByRole('heading', { name: 'Redigér Nora' }).isVisible()).toBe(true);

    await section(page, 'Vagter på en dato');
    await expectNoAxeViolations(page);
    await page.getByLabel('Sæt en person på Køkken Eftermiddag').selectOption({ label: 'Nora' });
    await poll(() =>
      page
        .locator('div', { has: page.getByRole('heading', { name: /Køkken Eftermiddag/ }) })
        .getByRole('button', { name: 'Nora: tag af' })
        .last()
        .isVisible(),
    ).toBe(true);

    // The readable list of today's changes names both edits.
    await section(page, 'Dagens ændringer');
    await poll(() => page.getByRole('main', { name: 'Dagens ændringer' }).textContent()).toContain(
      'Nora tilføjet',
    );

    await staffPage(page).lock().tap();
    const b = boardPage(page);
    await poll(() => b.changes().textContent()).toContain('Nora');
    await poll(() => b.station('Køkken').getByText('Nora').isVisible()).toBe(true);
  });

  it('the shifts of a date are listed in station order, then by time, the same on every screen', async () => {
    board = await launch({ time: MONDAY_10, viewport: { width: 1280, height: 800 } });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    await section(page, 'Vagter på en dato');
    const shifts = page.getByRole('main', { name: 'Vagter på en dato' }).locator('h3');
    await shifts.first().waitFor();
    const heads = (await shifts.allTextContents()).map((h) => h.split(' · ')[0]!.trim());
    expect(heads).toEqual([
      'Bar Formiddag',
      'Bar Eftermiddag',
      'Køkken Formiddag',
      'Køkken Eftermiddag',
      'Opvask Hele dagen',
      'Kasse Åbningstid',
      'Have Formiddag',
    ]);
    await expectNoAxeViolations(page);
  });

  it('a 4000×3000 JPEG through the task editor is stored at most 1600 px and 400 KB; a text file named .jpg is refused and nothing stored', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    await section(page, 'Opgaver');
    await page.getByRole('button', { name: 'Ny opgave' }).tap();
    await expectNoAxeViolations(page);
    const before = await storedPhotos(page);

    // A text file dressed up as a JPEG: refused beside the field, nothing stored.
    const photoInput = page.getByLabel('Tag billede eller vælg fil').first();
    await photoInput.setInputFiles({
      name: 'kage.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('ikke et billede'),
    });
    await poll(() => page.locator('#task-photo-error').textContent()).toContain('ikke et billede');
    expect(await storedPhotos(page)).toEqual(before);

    // A 12-megapixel photo, drawn in the page.
    const jpeg = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 4000;
      canvas.height = 3000;
      const g = canvas.getContext('2d')!;
      for (let i = 0; i < 400; i++) {
        g.fillStyle = `hsl(${(i * 37) % 360} 60% ${30 + (i % 40)}%)`;
        g.fillRect((i * 97) % 4000, (i * 61) % 3000, 300, 200);
      }
      const blob = await new Promise<Blob>((ok) => canvas.toBlob((b) => ok(b!), 'image/jpeg', 0.92));
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    });
    await photoInput.setInputFiles({ name: 'kage.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg) });
    // Decoding and downscaling 12 MP takes a few seconds on two busy cores: wait for the state.
    await expect.poll(() => page.locator('form img:not([data-photo])').first().isVisible()).toBe(true);
    expect(await page.locator('#task-photo-error').textContent()).toBe('');
    await page.getByLabel('Hvad skal laves?').fill('Pynt lagkagen');
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await poll(() => page.getByRole('heading', { name: 'Redigér Pynt lagkagen' }).isVisible()).toBe(true);

    const after = await storedPhotos(page);
    const added = after.filter((p) => !before.some((b) => b.id === p.id));
    expect(added).toHaveLength(1);
    expect(Math.max(added[0]!.width, added[0]!.height)).toBeLessThanOrEqual(1600);
    expect(added[0]!.size).toBeLessThanOrEqual(400 * 1024);
    expect(added[0]!.type).toMatch(/^image\/(webp|jpeg)$/);

    // Deleting a task asks first, in the page, and says what it touches.
    await page.getByRole('button', { name: 'Slet', exact: true }).tap();
    const confirm = page.getByRole('alertdialog', { name: 'Vil du slette Pynt lagkagen?' });
    await confirm.waitFor();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Nej, behold' }).tap();
    expect(await page.getByRole('heading', { name: 'Redigér Pynt lagkagen' }).isVisible()).toBe(true);

    // Yes deletes it: back to the library, without the question left open.
    await page.getByRole('button', { name: 'Slet', exact: true }).tap();
    await confirm.getByRole('button', { name: 'Ja, slet' }).tap();
    await poll(() => page.getByRole('list', { name: 'Opgaverne' }).isVisible()).toBe(true);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.getByText('Pynt lagkagen').count()).toBe(0);
  });
});

describe('one-off changes for a date', () => {
  it('a shift moved, a block cancelled and an extra item today each appear in the notice in one sentence', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    await section(page, 'Ændringer for en dato');
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);

    // A time that ends before it starts is explained beside the field and nothing is saved.
    await page.getByLabel('Til (Bar Formiddag)').fill('08:00');
    await page.getByRole('button', { name: 'Gem tiden: Bar Formiddag' }).tap();
    await poll(() => page.getByText('Sluttiden skal være efter starttiden.').isVisible()).toBe(true);

    await page.getByLabel('Fra (Bar Formiddag)').fill('10:00');
    await page.getByLabel('Til (Bar Formiddag)').fill('12:00');
    await page.getByRole('button', { name: 'Gem tiden: Bar Formiddag' }).tap();
    await page.getByRole('button', { name: 'Aflys den dag: Frokost' }).tap();
    await poll(() => page.getByRole('button', { name: 'Tag med igen: Frokost' }).isVisible()).toBe(true);
    await page.getByLabel('Hvad', { exact: true }).fill('Brandøvelse');
    await page.getByLabel('Fra', { exact: true }).fill('13:00');
    await page.getByLabel('Til', { exact: true }).fill('13:30');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).tap();
    await poll(() => page.getByRole('heading', { name: /Brandøvelse/ }).isVisible()).toBe(true);

    // A date older than the board keeps (12 months) is explained beside the field; nothing to add.
    const date = page.getByLabel('Dato', { exact: true });
    await date.fill('2025-10-01');
    await poll(() =>
      page
        .getByText('Tavlen gemmer kun dagene fra søndag 23. november 2025. Vælg en senere dato.')
        .isVisible(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: 'Tilføj', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await date.fill('2026-11-23');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).waitFor();

    await staffPage(page).lock().tap();
    const notice = boardPage(page).changes();
    await poll(() => notice.textContent()).toContain(
      'Bar: Formiddag starter kl. 10:00 i stedet for kl. 08:30',
    );
    expect(await notice.textContent()).toContain('Frokost kl. 12:00 er aflyst i dag');
    expect(await notice.textContent()).toContain('Ekstra i dag: Brandøvelse kl. 13:00');
  });
});

describe('the usual week', () => {
  it('adds a station and a fixed Monday shift for it; both show on the board', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    await section(page, 'Stationer');
    await page.getByRole('button', { name: 'Ny station' }).tap();
    await expectNoAxeViolations(page);
    await page.getByLabel('Navn', { exact: true }).fill('Bageri');
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await poll(() => page.getByRole('heading', { name: 'Redigér Bageri' }).isVisible()).toBe(true);

    await section(page, 'Den faste uge');
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    const form = page.getByRole('form', { name: 'Ny fast vagt' });
    await form.getByLabel('Station').selectOption({ label: 'Bageri' });
    await form.getByLabel('Vagtens navn').fill('Morgenbag');
    await form.getByLabel('Fra', { exact: true }).fill('09:00');
    await form.getByLabel('Til', { exact: true }).fill('12:00');
    await form.getByLabel('Hvor mange personer').fill('0');
    await form.getByRole('button', { name: 'Tilføj: Ny fast vagt' }).tap();
    await poll(() => form.getByText('Skriv et helt tal fra 1 til 12.').isVisible()).toBe(true);
    await form.getByLabel('Hvor mange personer').fill('2');
    await form.getByLabel('Sæt en person på holdet').selectOption({ label: 'Ali' });
    await form.getByRole('button', { name: 'Tilføj: Ny fast vagt' }).tap();
    await poll(() => page.getByRole('form', { name: 'Bageri Morgenbag' }).isVisible()).toBe(true);

    // Deleting a fixed shift asks first and names its crew; "no" keeps it.
    const shiftForm = page.getByRole('form', { name: 'Bageri Morgenbag' });
    await shiftForm.getByRole('button', { name: 'Slet: Bageri Morgenbag' }).tap();
    const ask = page.getByRole('alertdialog', { name: 'Vil du slette Bageri Morgenbag?' });
    await poll(() => ask.isVisible()).toBe(true);
    expect(await ask.getByText('Ali').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await ask.getByRole('button', { name: 'Nej, behold' }).tap();
    await poll(() => ask.count()).toBe(0);
    expect(await shiftForm.isVisible()).toBe(true);

    await staffPage(page).lock().tap();
    const bakery = boardPage(page).station('Bageri');
    await poll(() => bakery.getByText('Morgenbag').isVisible()).toBe(true);
    expect(await bakery.getByText('Ali').isVisible()).toBe(true);
  });
});
