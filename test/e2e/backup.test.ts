// Backup and restore in real Chromium, through the staff section as staff would use it.

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { badBackups } from '../fixtures/backup-corpus';
import { expectNoAxeViolations } from './support/axe';
import { at, type Board, launch, openBoard } from './support/browser';
import { dumpHash } from './support/db';
import { staffPage, unlockStaff } from './support/staff';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

async function openBackup(page: Page) {
  await openBoard(page);
  await unlockStaff(page);
  await staffPage(page).section('Sikkerhedskopi').tap();
  await page.getByRole('heading', { name: 'Sikkerhedskopi', level: 2 }).waitFor();
}

describe('backup and restore', () => {
  it('export → import elsewhere gives the same data and photo hashes; bad files are refused and change nothing', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    await openBackup(page);
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Gem sikkerhedskopi' }).tap();
    const file = await download;
    expect(file.suggestedFilename()).toBe('dagstavlen-2026-11-23.zip');
    const bytes = new Uint8Array(await (await import('node:fs/promises')).readFile((await file.path())!));
    const source = await dumpHash(page);

    // A second board (its own demo café, other ids) takes the file.
    const other = await launch({ time: at('2026-11-23', '10:00') });
    try {
      const p2 = other.page;
      await openBackup(p2);
      const input = p2.getByLabel('Hent sikkerhedskopi');
      const before = await dumpHash(p2);
      for (const bad of await badBackups(bytes)) {
        await input.setInputFiles({
          name: 'kopi.zip',
          mimeType: 'application/zip',
          buffer: Buffer.from(bad.bytes),
        });
        await expect.poll(() => p2.getByRole('alert').textContent()).toContain('Intet er ændret');
        expect(await p2.getByRole('button', { name: 'Ja, erstat alt' }).count(), bad.name).toBe(0);
      }
      await expectNoAxeViolations(p2);
      expect(await dumpHash(p2)).toBe(before);

      await input.setInputFiles({
        name: file.suggestedFilename(),
        mimeType: 'application/zip',
        buffer: Buffer.from(bytes),
      });
      await p2.getByText(/Filen er fra mandag 23\. november 2026\. Den indeholder \d+ personer/).waitFor();
      await expectNoAxeViolations(p2);
      await p2.getByRole('button', { name: 'Ja, erstat alt' }).tap();
      await p2.getByText('Sikkerhedskopien er hentet').waitFor();
      // Records and photos equal the source; only the device's own PIN, snapshots and log differ,
      // so compare the stores that travel.
      const stores = async (pg: Page) =>
        pg.evaluate(async () => {
          const db = await new Promise<IDBDatabase>((ok) => {
            const r = indexedDB.open('dagstavlen');
            r.onsuccess = () => ok(r.result);
          });
          const names = [
            'people',
            'stations',
            'shiftTemplates',
            'blocks',
            'overrides',
            'tasks',
            'taskDays',
            'checkIns',
            'photos',
          ];
          const out: Record<string, unknown> = {};
          for (const n of names) {
            const rows = await new Promise<unknown[]>((ok) => {
              const r = db.transaction(n).objectStore(n).getAll();
              r.onsuccess = () => ok(r.result);
            });
            out[n] = await Promise.all(
              rows.map(async (row) => {
                if (n !== 'photos') return row;
                const p = row as { id: string; blob: Blob; thumb: Blob };
                const hash = async (b: Blob) =>
                  [...new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer()))].join(',');
                return { id: p.id, blob: await hash(p.blob), thumb: await hash(p.thumb) };
              }),
            );
          }
          db.close();
          return out;
        });
      const sort = (x: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(x).map(([k, v]) => [
            k,
            [...(v as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1)),
          ]),
        );
      expect(sort(await stores(p2))).toEqual(sort(await stores(page)));
      expect(source).toBeTruthy();
    } finally {
      await other.dispose();
    }
  });
});
