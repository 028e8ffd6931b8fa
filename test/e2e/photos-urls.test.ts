// No object-URL leak (RELIABILITY 17): with URL.createObjectURL and revokeObjectURL counted, and
// createImageBitmap and ImageBitmap.close, opening and closing task views again and again leaves
// exactly one live URL per full photo on screen and one open bitmap per thumbnail on screen.
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
  liveBitmaps: Set<ImageBitmap>;
  madeBitmaps: number;
  fromWorker: number;
}

/**
 * Live object URLs (made and not yet revoked) against the distinct blob: pictures on screen, and
 * open bitmaps (made and not yet closed) against the distinct photos drawn in canvases on screen.
 */
function urls(page: Page) {
  return page.evaluate(() => {
    const g = globalThis as unknown as Counted;
    const shown = new Set(
      [...document.querySelectorAll<HTMLImageElement>('img')].map((i) => i.getAttribute('src') ?? ''),
    );
    const drawn = new Set(
      [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-photo]')].map(
        (c) => c.dataset.photo ?? '',
      ),
    );
    return {
      live: [...g.liveUrls].sort(),
      shown: [...shown].filter((s) => s.startsWith('blob:')).sort(),
      made: g.madeUrls,
      bitmaps: g.liveBitmaps.size,
      thumbs: drawn.size,
      madeBitmaps: g.madeBitmaps,
      fromWorker: g.fromWorker,
    };
  });
}
const balanced = (u: Awaited<ReturnType<typeof urls>>) =>
  u.thumbs > 0 && u.bitmaps === u.thumbs && u.live.join() === u.shown.join();

describe('object URLs and bitmaps for photos', () => {
  it(
    `after ${CYCLES} task views opened and closed, live URLs are exactly the full photos on screen and open bitmaps the thumbnails`,
    async () => {
      board = await launch({ time: MONDAY_10 });
      const { page } = board;
      await page.addInitScript(() => {
        const live = new Set<string>();
        const g = globalThis as unknown as Counted;
        g.liveUrls = live;
        g.madeUrls = 0;
        g.liveBitmaps = new Set();
        g.madeBitmaps = 0;
        g.fromWorker = 0;
        const decode = globalThis.createImageBitmap.bind(globalThis) as (
          ...a: unknown[]
        ) => Promise<ImageBitmap>;
        globalThis.createImageBitmap = (async (...args: unknown[]) => {
          const bitmap = await decode(...args);
          g.liveBitmaps.add(bitmap);
          g.madeBitmaps++;
          return bitmap;
        }) as typeof createImageBitmap;
        // The demo café's drawn pictures become bitmaps through an OffscreenCanvas.
        const transfer = OffscreenCanvas.prototype.transferToImageBitmap;
        OffscreenCanvas.prototype.transferToImageBitmap = function (this: OffscreenCanvas) {
          const bitmap = transfer.call(this);
          g.liveBitmaps.add(bitmap);
          g.madeBitmaps++;
          return bitmap;
        };
        // Photos are decoded in a worker: its bitmaps are made when they reach the page.
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
                  const seen = (v: unknown): void => {
                    if (v instanceof ImageBitmap) {
                      g.liveBitmaps.add(v);
                      g.madeBitmaps++;
                      g.fromWorker++;
                    } else if (Array.isArray(v)) v.forEach(seen);
                    else if (v && typeof v === 'object') Object.values(v).forEach(seen);
                  };
                  seen(e.data);
                  return (listener as (e: MessageEvent) => unknown).call(this, e);
                }
              : listener;
          return (listen as (...a: unknown[]) => void).call(this, type, wrapped, ...rest);
        } as typeof Worker.prototype.addEventListener;
        const close = ImageBitmap.prototype.close;
        ImageBitmap.prototype.close = function (this: ImageBitmap) {
          g.liveBitmaps.delete(this);
          close.call(this);
        };
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
      // Eight tasks get stored photos (WebP, decoded in the worker) beside the demo café's drawn ones.
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
      // pictures each had one only while being drawn into a bitmap).
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
          return u.shown.length === 1 && balanced(u);
        }).toBe(true);
        await t.back().tap();
        await b.date().waitFor();
      }
      await settled();
      const end = await urls(page);
      expect(end.shown).toEqual([]);
      expect(end.live).toEqual([]);
      expect(end.thumbs).toBe(start.thumbs);
      expect(end.bitmaps).toBe(end.thumbs);
      // The views really made and let go of URLs and bitmaps along the way.
      expect(end.made).toBeGreaterThanOrEqual(start.made + CYCLES);
      expect(end.madeBitmaps).toBeGreaterThan(start.thumbs);
    },
    60_000 + CYCLES * 3_000,
  ); // the soak form (1000 views) runs for many minutes
});
