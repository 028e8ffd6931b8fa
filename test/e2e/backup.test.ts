// Backup and restore in real Chromium, through the staff section as staff would use it.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupProblem } from '../../src/db/backup';
import { badBackups } from '../fixtures/backup-corpus';
import { expectNoAxeViolations } from './support/axe';
import { at, type Board, launch, openBoard } from './support/browser';
import { dumpHash } from './support/db';
import { staffPage, unlockStaff } from './support/staff';

/** What staff read beside the file, in the board's words, for each way a file can be refused. */
const REFUSED: Record<BackupProblem, string> = {
  damaged: 'Filen er beskadiget eller ikke hel. Intet er ændret.',
  foreign: 'Filen er ikke en sikkerhedskopi fra Dagstavlen. Intet er ændret.',
  newer: 'Filen er lavet af en nyere udgave af Dagstavlen. Opdatér tavlen først. Intet er ændret.',
  'too-large': 'Filen er for stor til at være en sikkerhedskopi. Intet er ændret.',
  'too-many': 'Filen indeholder alt for mange dele til at være en sikkerhedskopi. Intet er ændret.',
  'unsafe-name': 'Filen indeholder filnavne, som tavlen ikke tager imod. Intet er ændret.',
  'invalid-record': 'Nogle oplysninger i filen er ugyldige. Intet er ændret.',
  'photo-missing': 'Et billede mangler i filen. Intet er ændret.',
  'photo-mismatch': 'Et billede i filen er beskadiget. Intet er ændret.',
  'photo-invalid': 'Et billede i filen kan ikke bruges. Intet er ændret.',
};

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
        // Choosing the file clears the last answer and disables the field until this one is
        // checked: once it is painted and enabled again, the answer shown is this file's.
        await p2.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        await expect.poll(() => input.isEnabled()).toBe(true);
        await expect
          .poll(async () => `${bad.name}: ${await p2.getByRole('alert').textContent()}`)
          .toBe(`${bad.name}: ${REFUSED[bad.problem]}`);
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

  it('a file an older version made, its demo pictures stored as SVG, loads with each as its WebP under the same id', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    await openBackup(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Gem sikkerhedskopi' }).tap();
    const bytes = new Uint8Array(readFileSync((await (await download).path())!));
    const before = await storedPhotos(page);
    expect(before.length).toBeGreaterThan(20);
    expect(before.every((p) => p.type === 'image/webp' && p.thumbType === 'image/webp')).toBe(true);

    await page.getByLabel('Hent sikkerhedskopi').setInputFiles({
      name: 'dagstavlen-2026-11-01.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(asOlderVersion(bytes)),
    });
    await page.getByText(/Filen er fra mandag 23\. november 2026\./).waitFor();
    await page.getByRole('button', { name: 'Ja, erstat alt' }).tap();
    await page.getByText('Sikkerhedskopien er hentet').waitFor();
    expect(await storedPhotos(page)).toEqual(before);
  });
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The same file as a version before raster-only photos wrote it: each drawing stored as its SVG. */
function asOlderVersion(zip: Uint8Array): Uint8Array {
  const files = unzipSync(zip);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
  const dir = resolve('src/demo/pictures');
  const drawings = new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.full.webp'))
      .map((f) => [
        sha(readFileSync(resolve(dir, f))),
        readFileSync(resolve(dir, f.replace('.full.webp', '.svg'))),
      ]),
  );
  for (const p of manifest.photos) {
    const svg = new Uint8Array(drawings.get(p.full.sha256)!);
    const meta = { type: 'image/svg+xml', size: svg.length, sha256: sha(svg) };
    files[p.full.file] = svg;
    files[p.thumb.file] = svg;
    Object.assign(p, {
      width: 800,
      height: 600,
      full: { ...p.full, ...meta },
      thumb: { ...p.thumb, ...meta },
    });
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

/** Every stored photo: id, the types of its renditions and their SHA-256, sorted by id. */
function storedPhotos(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
    });
    const rows = await new Promise<{ id: string; blob: Blob; thumb: Blob; width: number }[]>((ok) => {
      const r = db.transaction('photos').objectStore('photos').getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    const hash = async (b: Blob) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer()))].join(',');
    const out = await Promise.all(
      rows.map(async (p) => ({
        id: p.id,
        type: p.blob.type,
        thumbType: p.thumb.type,
        width: p.width,
        blob: await hash(p.blob),
        thumb: await hash(p.thumb),
      })),
    );
    return out.sort((a, b) => (a.id < b.id ? -1 : 1));
  });
}
