// The restore screen (the board's data is gone) offers the way back: behind the staff PIN while
// the PIN is still stored, a surviving daily copy, a backup file, and an empty board only as a
// deliberate choice. SCREENS=1 also saves pictures of it at the three wall sizes.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard, VIEWPORTS } from './support/browser';
import { type CafeFile, cafeWithPhotos } from './support/cafe';
import { CAFE_STORES, dumpHash } from './support/db';
import { boardPage } from './support/pages';
import { unlockStaff } from './support/staff';

const MONDAY = at('2026-11-23', '10:00');
const RECORDS = CAFE_STORES.filter((s) => s !== 'photos');

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const lostTitle = (page: Page) => page.getByRole('heading', { name: 'Tavlens data er væk', level: 1 });

async function screens(page: Page, name: string) {
  if (!process.env.SCREENS) return;
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `test-results/screens/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS.landscape);
}

/** Every record and the 'demo' mark are gone; photos, the PIN and the daily copies are left. */
async function loseRecords(page: Page) {
  await page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
    });
    await new Promise<void>((ok, no) => {
      const tx = db.transaction([...stores, 'meta'], 'readwrite');
      for (const s of stores) tx.objectStore(s).clear();
      tx.objectStore('meta').delete('demo');
      tx.oncomplete = () => ok();
      tx.onabort = () => no(tx.error);
    });
    db.close();
  }, RECORDS as string[]);
}

describe('the restore screen', () => {
  it('behind the PIN, a surviving daily copy brings the café back', async () => {
    board = await launch({ time: MONDAY });
    await openBoard(board.page);
    await unlockStaff(board.page); // the PIN exists from now on
    // With the board switched off (nothing of it running on the page), the records go.
    board = await board.restart();
    const { page } = board;
    await page.goto('/favicon.svg');
    const cafe = await dumpHash(page, CAFE_STORES);
    await loseRecords(page);
    await page.goto('/');
    await lostTitle(page).waitFor();
    expect(await page.locator('[data-day]').count()).toBe(0);
    // Nothing is offered before the PIN.
    await page.getByRole('heading', { name: 'Skriv personalets pinkode for at fortsætte' }).waitFor();
    expect(await page.getByRole('button', { name: 'Start med en tom tavle' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    await screens(page, 'restore-pin');
    const pin = page.getByLabel('Pinkode', { exact: true });
    await pin.fill('1111');
    await page.getByRole('button', { name: 'Fortsæt' }).tap();
    await page.getByText('Pinkoden passer ikke. Prøv igen.').waitFor();
    await pin.fill('2468');
    await page.getByRole('button', { name: 'Fortsæt' }).tap();

    await page.getByRole('heading', { name: '1. Hent en sikkerhedskopi' }).waitFor();
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    await screens(page, 'restore-choices');
    await page.getByRole('button', { name: 'Gendan kopien fra Mandag 23. november 2026' }).tap();
    await page.getByRole('button', { name: 'Ja, gendan' }).tap();
    // The board starts again with the café of that morning.
    await boardPage(page).date().waitFor();
    await expect.poll(() => boardPage(page).taskCards().count()).toBeGreaterThan(0);
    expect(await dumpHash(page, CAFE_STORES)).toBe(cafe);
  });

  it('after a full wipe, a backup file brings the café back, photos and all', async () => {
    const file: CafeFile = await cafeWithPhotos(3);
    board = await launch({ time: MONDAY });
    const { context } = board;
    await openBoard(board.page);
    const cdp = await context.newCDPSession(board.page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(board.baseURL).origin,
      storageTypes: 'indexeddb',
    });
    board = await board.restart();
    const { page } = board;
    await page.goto('/');
    await lostTitle(page).waitFor();
    // No PIN is left to ask for, and no daily copy survived the wipe.
    await page.getByText('Der er ingen automatiske kopier tilbage.').waitFor();
    await page.getByLabel('Hent sikkerhedskopi').setInputFiles({
      name: 'noget-andet.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('ikke en zip'),
    });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Intet er ændret');
    await page.getByLabel('Hent sikkerhedskopi').setInputFiles({
      name: file.name,
      mimeType: 'application/zip',
      buffer: file.bytes,
    });
    await page.getByText(/Filen er fra mandag 23\. november 2026\. Den indeholder \d+ personer/).waitFor();
    await expectNoAxeViolations(page);
    await screens(page, 'restore-file');
    await page.getByRole('button', { name: 'Ja, hent den' }).tap();
    await boardPage(page).date().waitFor();
    await expect.poll(() => boardPage(page).taskCards().count()).toBeGreaterThan(0);
    expect(await dumpHash(page, CAFE_STORES)).toBe(file.cafeHash);
  });
});
