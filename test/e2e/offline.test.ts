// Offline start and quiet updates, against a copy of the build on a server this file owns.
import { afterEach, describe, expect, it } from 'vitest';
import { at, type Board, launch } from './support/browser';
import { boardPage } from './support/pages';
import { type StaticSite, serveCopyOfDist } from './support/static';

let board: Board | undefined;
let site: StaticSite | undefined;
afterEach(async () => {
  await board?.dispose();
  await site?.dispose();
  board = site = undefined;
});

async function openAndWaitForWorker(b: Board, url: string) {
  await b.page.goto(url);
  await boardPage(b.page).date().waitFor();
  // The first visit is controlled at once (clientsClaim), so the app is cached for the next start.
  await expect
    .poll(() => b.page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
    .toBe(true);
}

describe('offline and updates', () => {
  it('after one visit the board starts with the network off', async () => {
    site = await serveCopyOfDist();
    board = await launch({ time: at('2026-11-23', '10:00') });
    await openAndWaitForWorker(board, site.url);
    await site.stop();
    board = await board.restart();
    const { page } = board;
    await page.goto(site.url);
    await expect.poll(() => boardPage(page).date().textContent()).toBe('Mandag 23. november');
    expect(await boardPage(page).station('Bar').isVisible()).toBe(true);
    // The pictures come from the cache too.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.images].every((img) => img.complete && (img.naturalWidth > 0 || !img.src)),
        ),
      )
      .toBe(true);
  });

  it('a new version waits while someone uses the board, and takes over when it is idle', async () => {
    site = await serveCopyOfDist();
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    await openAndWaitForWorker(board, site.url);
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    // Someone opens a task.
    await boardPage(page).taskCard('Lav en caffe latte').tap();
    await page.getByRole('heading', { level: 1, name: 'Lav en caffe latte' }).waitFor();

    // A new version is deployed: a changed page and a changed service worker.
    site.edit('index.html', (html) => html.replace('<title>', '<meta name="build" content="2" />\n<title>'));
    site.edit('sw.js', (sw) => sw.replace(/(\{url:"index\.html",revision:")[^"]+/, '$1new-version'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), {
        timeout: 20_000,
      })
      .toBe(true);

    // Still in use: tapping around within the idle time never reloads. A tap first, so the idle
    // minute starts now, not before the wait for the new version.
    await page.getByRole('heading', { level: 1 }).tap();
    for (let i = 0; i < 3; i++) {
      await page.clock.runFor(30_000);
      await page.getByRole('heading', { level: 1 }).tap();
    }
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await page.getByRole('heading', { level: 1, name: 'Lav en caffe latte' }).isVisible()).toBe(true);

    // Left alone: back to the board, then the new version takes over with one reload.
    await page.clock.runFor(61_000);
    await expect
      .poll(
        () => page.evaluate(() => document.querySelector('meta[name="build"]')?.getAttribute('content')),
        {
          timeout: 20_000,
        },
      )
      .toBe('2');
    // The new version starts on the board, not on the task that was open before the idle minute.
    await boardPage(page).date().waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  });
});
