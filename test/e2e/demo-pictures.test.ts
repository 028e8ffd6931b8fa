// The demo café's pictures are WebP in the real browser: the first start fetches and stores them,
// and a screen an older version left with SVG photos gets them replaced after its first paint.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { at, type Board, launch, openBoard } from './support/browser';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const DIR = resolve('src/demo/pictures');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
/** Each drawing's WebP files by their SHA-256, and the SVG source beside them. */
const drawings = readdirSync(DIR)
  .filter((f) => f.endsWith('.svg'))
  .map((f) => {
    const name = f.slice(0, -4);
    const file = (ext: string) => new Uint8Array(readFileSync(resolve(DIR, `${name}.${ext}`)));
    return { name, svg: file('svg'), full: sha(file('full.webp')), thumb: sha(file('thumb.webp')) };
  });

interface Stored {
  id: string;
  type: string;
  thumbType: string;
  full: string;
  thumb: string;
}

/** Every stored photo with its types and the SHA-256 (hex) of its bytes, sorted by id. */
function storedPhotos(page: Page): Promise<Stored[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
    });
    const rows = await new Promise<{ id: string; blob: Blob; thumb: Blob }[]>((ok) => {
      const r = db.transaction('photos').objectStore('photos').getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    const hex = async (b: Blob) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer()))]
        .map((x) => x.toString(16).padStart(2, '0'))
        .join('');
    const out = await Promise.all(
      rows.map(async (p) => ({
        id: p.id,
        type: p.blob.type,
        thumbType: p.thumb.type,
        full: await hex(p.blob),
        thumb: await hex(p.thumb),
      })),
    );
    return out.sort((a, b) => (a.id < b.id ? -1 : 1));
  });
}

describe('demo pictures', () => {
  it('a first start stores every demo picture as its WebP and shows them; no SVG is fetched for them', async () => {
    board = await launch({ time: at('2026-11-23', '10:00'), serviceWorkers: 'block' });
    const { page } = board;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await openBoard(page);
    const photos = await storedPhotos(page);
    expect(photos.length).toBeGreaterThan(20);
    const known = new Set(drawings.map((d) => `${d.full} ${d.thumb}`));
    for (const p of photos) {
      expect([p.type, p.thumbType]).toEqual(['image/webp', 'image/webp']);
      expect(known.has(`${p.full} ${p.thumb}`), p.id).toBe(true);
    }
    expect(requested.filter((u) => /\.webp$/.test(u)).length).toBe(2 * drawings.length);
    expect(requested.filter((u) => /^\/assets\/.*\.svg$/.test(u))).toEqual([]);
    // The cards show them (thumbnails are decoded images, not empty frames).
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            [...document.querySelectorAll<HTMLImageElement>('[data-board] img')].filter(
              (i) => i.src.startsWith('data:image/webp') && i.complete && i.naturalWidth === 320,
            ).length,
        ),
      )
      .toBeGreaterThan(5);
  });

  it('a screen an older version left with SVG photos has them as WebP after its first paint, same ids', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    await openBoard(page);
    const before = await storedPhotos(page);
    // As an older version stored them: the drawing's SVG for both renditions, no mark of the change.
    const svgOf = new Map(drawings.map((d) => [d.full, Array.from(d.svg)]));
    await page.evaluate(
      async (svgs) =>
        new Promise<void>((ok, no) => {
          const r = indexedDB.open('dagstavlen');
          r.onsuccess = () => {
            const db = r.result;
            const tx = db.transaction(['photos', 'meta'], 'readwrite');
            const store = tx.objectStore('photos');
            tx.objectStore('meta').delete('photosRaster');
            for (const [id, bytes] of Object.entries(svgs)) {
              const get = store.get(id);
              get.onsuccess = () => {
                const svg = new Blob([new Uint8Array(bytes)], { type: 'image/svg+xml' });
                store.put({ ...get.result, blob: svg, thumb: svg, width: 800, height: 600 });
              };
            }
            tx.oncomplete = () => {
              db.close();
              ok();
            };
            tx.onerror = () => no(tx.error);
          };
        }),
      Object.fromEntries(before.map((p) => [p.id, svgOf.get(p.full)!])),
    );
    const older = await storedPhotos(page);
    expect(older.every((p) => p.type === 'image/svg+xml')).toBe(true);

    await openBoard(page);
    await expect.poll(() => storedPhotos(page)).toEqual(before);
  });
});
