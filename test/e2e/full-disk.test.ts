// A full disk (RELIABILITY A5, F40): the quota is shrunk through the DevTools protocol to what the
// board uses plus a little room. A photo does not fit: the editor says so in plain Danish, the
// database is byte-identical, and a small edit afterwards still saves. A backup that does not fit
// is refused the same way. An aborted write (AbortError) gets the same calm treatment.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { at, type Board, launch, openBoard } from './support/browser';
import { cafeWithPhotos, openBackupSection, pickBackup } from './support/cafe';
import { dumpHash, setQuota, snapshotDays, usageOf } from './support/db';
import { poll } from './support/poll';
import { staffPage, unlockStaff } from './support/staff';

const MONDAY_10 = at('2026-11-23', '10:00');
/**
 * Room left on the "disk": a small edit fits, a photo of a few hundred KB does not. Generous,
 * because the service worker's cache may still grow by some 50 KB after the measurement.
 */
const ROOM = 200 * 1024;

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

/** A photo that does not compress: noise, drawn in the page, as a JPEG file. */
async function noisePhoto(page: Page, width = 1400, height = 1050): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w!, h!);
      const g = canvas.getContext('2d')!;
      const img = g.createImageData(w!, h!);
      for (let i = 0; i < img.data.length; i++) img.data[i] = i % 4 === 3 ? 255 : (Math.random() * 256) | 0;
      g.putImageData(img, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    },
    [width, height],
  );
  return Buffer.from(bytes);
}

/** A new task in the editor with a photo picked (a small one is enough where size does not matter). */
async function newTaskWithPhoto(page: Page, title: string, small = false) {
  await staffPage(page).section('Opgaver').tap();
  await page.getByRole('main', { name: 'Opgaver' }).waitFor();
  await page.getByRole('button', { name: 'Ny opgave' }).tap();
  await page
    .getByLabel('Tag billede eller vælg fil')
    .first()
    .setInputFiles({
      name: 'kage.jpg',
      mimeType: 'image/jpeg',
      buffer: await (small ? noisePhoto(page, 480, 360) : noisePhoto(page)),
    });
  await expect
    .poll(() => page.locator('form img:not([data-photo])').first().isVisible(), { timeout: 30_000 })
    .toBe(true);
  await page.getByLabel('Hvad skal laves?').fill(title);
}

/**
 * A board that has run once (demo café, PIN, today's snapshot), restarted with only `room` bytes
 * of quota left, set before the page opens its database.
 */
async function boardWithRoom(room: number): Promise<Board> {
  const first = await launch({ time: MONDAY_10 });
  await openBoard(first.page);
  await unlockStaff(first.page);
  // The service worker's precache counts too: let it finish before measuring.
  await first.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // So does today's snapshot (taken in a worker after the paint): the room left must not go to it.
  await poll(() => snapshotDays(first.page)).toEqual(['2026-11-23']);
  // Chromium writes the service worker cache's size late: it reads some 200 KB larger after
  // the first restart than just after the install (160-230 KB, more on a busy machine), which
  // took the whole room. Measured after one restart, it grows by a few KB at most.
  const settled = await first.restart();
  await openBoard(settled.page);
  await settled.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const used = await usageOf(settled.context, settled.page);
  const next = await settled.restart();
  await setQuota(next.context, next.page, new URL(next.baseURL).origin, used + room);
  await openBoard(next.page);
  return next;
}

const formError = (page: Page) => page.locator('#task-form-error');

describe('a full disk', () => {
  it('a photo that does not fit is refused in plain Danish, nothing changes, and a small edit still saves', async () => {
    board = await boardWithRoom(ROOM);
    const { page } = board;
    await unlockStaff(page);
    await newTaskWithPhoto(page, 'Pynt lagkagen');
    const before = await dumpHash(page);

    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await poll(() => formError(page).textContent()).toContain('Lageret er fuldt');
    expect(await page.getByRole('status').filter({ hasText: 'Lageret er fuldt' }).count()).toBe(1);
    expect(await dumpHash(page)).toBe(before);
    // Nothing half-done on screen either: the task did not appear in the list.
    expect(await page.getByRole('button', { name: 'Pynt lagkagen' }).count()).toBe(0);

    // Still usable: without the photo the same task is a small edit, and it is kept.
    await page.getByRole('button', { name: 'Fjern billedet' }).tap();
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await poll(() => page.getByRole('heading', { name: 'Redigér Pynt lagkagen' }).isVisible()).toBe(true);
    expect(await formError(page).textContent()).toBe('');
    board = await board.restart();
    await openBoard(board.page);
    await unlockStaff(board.page);
    await staffPage(board.page).section('Opgaver').tap();
    await board.page.getByRole('button', { name: 'Pynt lagkagen' }).waitFor();
  });

  it('an aborted photo write (AbortError) gets a plain message and changes nothing', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page, context } = board;
    // The witness in the page: while the flag is set, every write that carries a photo is
    // aborted after its requests are queued, as the browser does when it gives up on a commit.
    await context.addInitScript(() => {
      const open = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function transaction(
        this: IDBDatabase,
        ...args: Parameters<typeof open>
      ) {
        const tx = open.apply(this, args);
        const names = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
        const writes = args[1] === 'readwrite' && names.includes('photos');
        if ((window as { abortPhotoWrites?: boolean }).abortPhotoWrites && writes)
          queueMicrotask(() => tx.abort());
        return tx;
      };
    });
    await openBoard(page);
    await unlockStaff(page);
    await newTaskWithPhoto(page, 'Pynt lagkagen', true);
    const before = await dumpHash(page);
    await page.evaluate(() => {
      (window as { abortPhotoWrites?: boolean }).abortPhotoWrites = true;
    });
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await poll(() => formError(page).textContent()).toContain('Ændringen blev afbrudt og ikke gemt');
    expect(await dumpHash(page)).toBe(before);
    await page.evaluate(() => {
      (window as { abortPhotoWrites?: boolean }).abortPhotoWrites = false;
    });
    // Trying again works once the cause is gone.
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await poll(() => page.getByRole('heading', { name: 'Redigér Pynt lagkagen' }).isVisible()).toBe(true);
  });

  it('a backup that does not fit is refused whole, in plain Danish, and the old café is intact', async () => {
    const file = await cafeWithPhotos(8);
    board = await boardWithRoom(ROOM);
    const { page } = board;
    await openBackupSection(page);
    await pickBackup(page, file);
    const before = await dumpHash(page);
    await page.getByRole('button', { name: 'Ja, erstat alt' }).tap();
    await poll(() => page.getByRole('alert').textContent()).toContain(
      'Lageret er fuldt, så sikkerhedskopien kunne ikke hentes. Intet er ændret.',
    );
    expect(await dumpHash(page)).toBe(before);
    // The board still shows the old café after a restart.
    board = await board.restart();
    await openBoard(board.page);
    expect(await dumpHash(board.page)).toBe(before);
  });
});
