// No object-URL leak (RELIABILITY 17): with URL.createObjectURL and revokeObjectURL counted,
// opening and closing task views again and again leaves exactly one live URL per photo on screen.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { at, type Board, launch, openBoard } from './support/browser';
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

/** Live object URLs (made and not yet revoked), and the distinct blob: pictures on screen. */
function urls(page: Page) {
  return page.evaluate(() => {
    const live = (globalThis as unknown as { liveUrls: Set<string> }).liveUrls;
    const shown = new Set(
      [...document.querySelectorAll<HTMLImageElement>('img')].map((i) => i.getAttribute('src') ?? ''),
    );
    return {
      live: [...live].sort(),
      shown: [...shown].filter((s) => s.startsWith('blob:')).sort(),
      made: (globalThis as unknown as { madeUrls: number }).madeUrls,
    };
  });
}

describe('object URLs for photos', () => {
  it(
    `after ${CYCLES} task views opened and closed, the live URLs are exactly the photos on screen`,
    async () => {
      board = await launch({ time: MONDAY_10 });
      const { page } = board;
      await page.addInitScript(() => {
        const live = new Set<string>();
        const g = globalThis as unknown as { liveUrls: Set<string>; madeUrls: number };
        g.liveUrls = live;
        g.madeUrls = 0;
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
      const b = boardPage(page);
      const t = taskPage(page);
      const settled = async () => {
        await poll(async () => {
          const u = await urls(page);
          return u.live.length > 0 && u.live.join() === u.shown.join();
        }).toBe(true);
      };
      await settled();
      const onBoard = (await urls(page)).shown.length;
      const titles = ['Lav en caffe latte', 'Tør borde af'];
      for (let i = 0; i < CYCLES; i++) {
        const title = titles[i % titles.length]!;
        await b.taskCard(title).first().tap();
        await t.title().filter({ hasText: title }).waitFor();
        // The task view's pictures have arrived (the finished result at least).
        await poll(async () => (await urls(page)).shown.length).toBeGreaterThan(0);
        await t.back().tap();
        await b.date().waitFor();
      }
      await settled();
      const end = await urls(page);
      expect(end.shown).toHaveLength(onBoard);
      expect(end.live).toEqual(end.shown);
      // The views really made and let go of URLs along the way.
      expect(end.made).toBeGreaterThan(onBoard + CYCLES);
    },
    60_000 + CYCLES * 3_000,
  ); // the soak form (1000 views) runs for many minutes
});
