// No object-URL leak (RELIABILITY 17): with URL.createObjectURL and revokeObjectURL counted,
// opening and closing task views again and again leaves no live URL. Thumbnails and the task
// view's full photo are data URLs read in a worker: none of them is an object URL, so live URLs
// equal the blob: pictures on screen (none) by construction, and this test holds it so.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { at, type Board, launch, openBoard } from './support/browser';
import { addPhotos } from './support/cafe';
import { boardPage, taskPage } from './support/pages';
import { poll } from './support/poll';

/** Short form in `npm test`; `npm run soak` sets PHOTO_URL_CYCLES=1000. */
const CYCLES = Number(process.env.PHOTO_URL_CYCLES ?? 20);
const MONDAY_10 = at('2026-11-23', '10:00');

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

interface Counted {
  liveUrls: Set<string>;
  madeUrls: number;
  fromWorker: number;
}

/**
 * Live object URLs (made and not yet revoked) against the distinct blob: pictures on screen, and
 * the thumbnails on screen with where their pictures come from.
 */
function urls(page: Page) {
  return page.evaluate(() => {
    const g = globalThis as unknown as Counted;
    const shown = new Set(
      [...document.querySelectorAll<HTMLImageElement>('img')].map((i) => i.getAttribute('src') ?? ''),
    );
    const thumbs = [...document.querySelectorAll<HTMLImageElement>('img[data-photo]')];
    return {
      live: [...g.liveUrls].sort(),
      shown: [...shown].filter((s) => s.startsWith('blob:')).sort(),
      full: [...document.querySelectorAll<HTMLImageElement>('main img:not([data-photo])')].filter((i) =>
        i.getAttribute('src')?.startsWith('data:image/'),
      ).length,
      made: g.madeUrls,
      thumbs: new Set(thumbs.map((i) => i.dataset.photo)).size,
      thumbsAsData: thumbs.every((i) => i.getAttribute('src')?.startsWith('data:image/')),
      fromWorker: g.fromWorker,
    };
  });
}
const balanced = (u: Awaited<ReturnType<typeof urls>>) =>
  u.thumbs > 0 && u.thumbsAsData && u.live.join() === u.shown.join();

describe('object URLs for photos', () => {
  it(
    `after ${CYCLES} task views opened and closed, no object URL lives and full photos and thumbnails are data URLs`,
    async () => {
      board = await launch({ time: MONDAY_10 });
      const { page } = board;
      await page.addInitScript(() => {
        const live = new Set<string>();
        const g = globalThis as unknown as Counted;
        g.liveUrls = live;
        g.madeUrls = 0;
        g.fromWorker = 0;
        // Thumbnails are read in a worker: count the data URLs that reach the page.
        const listen = Worker.prototype.addEventListener;
        Worker.prototype.addEventListener = function (
          this: Worker,
          type: string,
          listener: unknown,
          ...rest: unknown[]
        ) {
          const wrapped =
            type === 'message' && typeof listener === 'function'
              ? (e: MessageEvent) => {
                  const urls = (e.data as { urls?: unknown[] }).urls ?? [];
                  g.fromWorker += urls.filter((u) => typeof u === 'string' && u.startsWith('data:')).length;
                  return (listener as (e: MessageEvent) => unknown).call(this, e);
                }
              : listener;
          return (listen as (...a: unknown[]) => void).call(this, type, wrapped, ...rest);
        } as typeof Worker.prototype.addEventListener;
        const create = URL.createObjectURL.bind(URL);
        const revoke = URL.revokeObjectURL.bind(URL);
        URL.createObjectURL = (obj: Blob | MediaSource) => {
          const url = create(obj);
          live.add(url);
          g.madeUrls++;
          return url;
        };
        URL.revokeObjectURL = (url: string) => {
          live.delete(url);
          revoke(url);
        };
      });
      await openBoard(page);
      // Eight tasks get stored photos (WebP, read in the worker) beside the demo café's drawn ones.
      await addPhotos(page, 8, 320);
      await openBoard(page);
      const b = boardPage(page);
      const t = taskPage(page);
      const settled = async () => {
        await poll(async () => balanced(await urls(page))).toBe(true);
      };
      await settled();
      const start = await urls(page);
      // The board shows its photos as thumbnails only: no object URL lives (the demo café's drawn
      // pictures each had one only while being drawn into a PNG).
      expect(start.live).toEqual([]);
      expect(start.fromWorker).toBeGreaterThan(0);
      const titles = ['Lav en caffe latte', 'Tør borde af'];
      for (let i = 0; i < CYCLES; i++) {
        const title = titles[i % titles.length]!;
        await b.taskCard(title).first().tap();
        await t.title().filter({ hasText: title }).waitFor();
        // The task view's finished-result photo and its step thumbnails have arrived, each counted.
        await poll(async () => {
          const u = await urls(page);
          return u.full === 1 && u.shown.length === 0 && balanced(u);
        }).toBe(true);
        await t.back().tap();
        await b.date().waitFor();
      }
      await settled();
      const end = await urls(page);
      expect(end.shown).toEqual([]);
      expect(end.live).toEqual([]);
      expect(end.thumbs).toBe(start.thumbs);
      expect(end.thumbsAsData).toBe(true);
      // The views made no object URL along the way; their full photos came from the worker.
      expect(end.made).toBe(start.made);
      expect(end.fromWorker).toBeGreaterThanOrEqual(start.fromWorker + CYCLES);
    },
    60_000 + CYCLES * 3_000,
  ); // the soak form (1000 views) runs for many minutes
});
