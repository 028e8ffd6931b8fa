// The pictograms are PNGs drawn from their SVG sources (npm run pictograms), so the board builds no
// SVG document for them. A missing or broken generated file would only show as an empty square on
// the wall: this loads every one of them in the real browser.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PICTOGRAMS } from '../../src/domain/fields';
import { at, type Board, launch, openBoard } from './support/browser';

const DIR = resolve('public/pictograms');
/** Every name the app may show: the records' pictograms and every SVG source (the energy levels too). */
const NAMES = [
  ...new Set([
    ...PICTOGRAMS,
    ...readdirSync(DIR)
      .filter((f) => f.endsWith('.svg'))
      .map((f) => f.slice(0, -4)),
  ]),
].sort();

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

describe('pictograms', () => {
  it('the board shows its pictograms as loaded PNGs, and every pictogram has a PNG that loads', async () => {
    // No service worker: every request the page makes reaches the network and is seen here (the
    // worker's own precaching fetches every SVG, and the requests it answers may not show).
    board = await launch({ time: at('2026-11-23', '10:00'), serviceWorkers: 'block' });
    const { page } = board;
    // Requests, not the performance timeline: with Playwright's clock installed that stays empty.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await openBoard(page);
    const pictograms = page.locator('img[src*="/pictograms/"]');
    await expect.poll(() => pictograms.count()).toBeGreaterThanOrEqual(10);

    // What the board shows: raster images that arrived, at the drawn size.
    const shown = () =>
      pictograms.evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((i) => ({
          file: new URL(i.currentSrc || i.src).pathname.split('/').pop(),
          natural: i.complete ? i.naturalWidth : 0,
        })),
      );
    await expect.poll(async () => (await shown()).every((p) => p.natural > 0)).toBe(true);
    for (const p of await shown()) {
      expect(p.file, 'a PNG, not an SVG').toMatch(/\.png$/);
      expect(p.natural, p.file).toBe(192);
    }
    // And not one SVG pictogram was fetched for the board.
    expect(requested.filter((u) => /\/pictograms\/[^/]+\.png/.test(u)).length).toBeGreaterThan(0);
    expect(requested.filter((u) => /\/pictograms\/[^/]+\.svg/.test(u))).toEqual([]);

    // Every name, through the same address the board used: its PNG (the board's size) and its SVG
    // (a task without a photo shows that in its big photo frame).
    const src = await pictograms.first().getAttribute('src');
    const folder = src!.slice(0, src!.lastIndexOf('/') + 1);
    const loaded = await page.evaluate(
      async ({ folder, names }) => {
        const load = async (file: string) => {
          const img = new Image();
          img.src = folder + file;
          try {
            await img.decode();
            return [file, img.naturalWidth] as const;
          } catch {
            return [file, 0] as const;
          }
        };
        return Promise.all(names.flatMap((n) => [load(`${n}.png`), load(`${n}.svg`)]));
      },
      { folder, names: NAMES },
    );
    expect(loaded.length).toBe(NAMES.length * 2);
    for (const [file, width] of loaded) {
      if (file.endsWith('.png')) expect(width, file).toBe(192);
      else expect(width, file).toBeGreaterThan(0);
    }
  });
});
