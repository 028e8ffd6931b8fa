// A café heavy enough to matter: photos drawn in the page and stored as the app stores them, then
// saved as a backup file through the staff section, as staff would.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { at, launch, openBoard } from './browser';
import { CAFE_STORES, dumpHash } from './db';
import { staffPage, unlockStaff } from './staff';

/**
 * Give the first `count` tasks a photo of noise (it does not compress, so a few hundred KB each
 * as WebP), written straight into IndexedDB beside the running board. Reload to show them.
 */
export async function addPhotos(page: Page, count: number, side = 720): Promise<void> {
  await page.evaluate(
    async ([n, size]) => {
      const picture = async (w: number, h: number) => {
        const canvas = new OffscreenCanvas(w, h);
        const g = canvas.getContext('2d')!;
        const img = g.createImageData(w, h);
        for (let i = 0; i < img.data.length; i++) img.data[i] = i % 4 === 3 ? 255 : (Math.random() * 256) | 0;
        g.putImageData(img, 0, 0);
        return canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
      };
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open('dagstavlen');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      const tasks = await new Promise<{ id: string; photoId: string | null }[]>((ok) => {
        const r = db.transaction('tasks').objectStore('tasks').getAll();
        r.onsuccess = () => ok(r.result);
      });
      const photos: {
        id: string;
        blob: Blob;
        thumb: Blob;
        width: number;
        height: number;
        createdAt: number;
      }[] = [];
      for (let i = 0; i < Math.min(n!, tasks.length); i++) {
        photos.push({
          id: crypto.randomUUID(),
          blob: await picture(size!, Math.round((size! * 3) / 4)),
          thumb: await picture(160, 120),
          width: size!,
          height: Math.round((size! * 3) / 4),
          createdAt: Date.now(),
        });
      }
      await new Promise<void>((ok, no) => {
        const tx = db.transaction(['photos', 'tasks'], 'readwrite');
        photos.forEach((p, i) => {
          tx.objectStore('photos').put(p);
          tx.objectStore('tasks').put({ ...tasks[i], photoId: p.id });
        });
        tx.oncomplete = () => ok();
        tx.onabort = () => no(tx.error);
      });
      db.close();
    },
    [count, side],
  );
}

export interface CafeFile {
  bytes: Buffer;
  name: string;
  /** dumpHash over what a backup carries (records and photos), as it was in the source. */
  cafeHash: string;
}

/** Open the staff section "Sikkerhedskopi" (unlocking, or setting the PIN on a new profile). */
export async function openBackupSection(page: Page): Promise<void> {
  await openBoard(page);
  await unlockStaff(page);
  await staffPage(page).section('Sikkerhedskopi').tap();
  await page.getByRole('heading', { name: 'Sikkerhedskopi', level: 2 }).waitFor();
}

/**
 * Replace the demo café with the large one (8 stations, 16 people, 50 tasks, 4 changes today) as
 * staff would, from the staff area, and come back to the locked board.
 */
export async function loadLargeCafe(page: Page): Promise<void> {
  await openBackupSection(page);
  await page.getByRole('button', { name: 'Hent den store eksempelcafé' }).tap();
  await page.getByRole('button', { name: 'Ja, hent eksempelcaféen' }).tap();
  await page.getByRole('status').filter({ hasText: 'Den store eksempelcafé er hentet.' }).waitFor();
  await staffPage(page).lock().tap();
  await page.locator('[data-board]:not([hidden]) [data-task]').nth(25).waitFor();
}

/** A separate board with its own demo café plus `photos` photos, saved as a backup file. */
export async function cafeWithPhotos(photos: number): Promise<CafeFile> {
  const source = await launch({ time: at('2026-11-23', '10:00') });
  try {
    const { page } = source;
    await openBoard(page);
    await addPhotos(page, photos);
    await openBackupSection(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Gem sikkerhedskopi' }).tap();
    const file = await download;
    return {
      bytes: await readFile((await file.path())!),
      name: file.suggestedFilename(),
      cafeHash: await dumpHash(page, CAFE_STORES),
    };
  } finally {
    await source.dispose();
  }
}

/** Pick a backup file in the section and wait until it has been checked and described. */
export async function pickBackup(page: Page, file: CafeFile): Promise<void> {
  await page.getByLabel('Hent sikkerhedskopi').setInputFiles({
    name: file.name,
    mimeType: 'application/zip',
    buffer: file.bytes,
  });
  await page.getByRole('button', { name: 'Ja, erstat alt' }).waitFor({ timeout: 30_000 });
}
