// Days of use must not leave anything behind: after each simulated day (tasks opened, steps
// ticked, back to the board, midnight crossed) the DOM nodes and event listeners, counted after
// garbage collection on the same screen, stay where they were on the first night. Counts, not
// timings: a closed task view kept alive by anything shows up here as hundreds of extra nodes.
// The full 30-day form, with the heap, is `BENCH_ONLY=soak npm run bench`.
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar';
import { at, type Board, launch, openBoard } from './support/browser';
import { boardPage, taskPage } from './support/pages';

const DAYS = Number(process.env.MEMORY_DAYS ?? 4);
const FIRST = '2026-11-23';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

async function forwardTo(page: Page, instant: number) {
  const now = await page.evaluate(() => Date.now());
  if (instant > now) await page.clock.fastForward(instant - now);
}

/** Collect garbage until the counts read the same three times (two collections do not always free a closed view). */
async function counts(page: Page, cdp: CDPSession) {
  let last = { nodes: -1, listeners: -1 };
  let same = 0;
  for (let round = 0; round < 12 && same < 3; round++) {
    await cdp.send('HeapProfiler.collectGarbage');
    // A turn of the page's event loop between collections lets the DOM's own finalisation run.
    await page.evaluate(
      () =>
        new Promise<void>((ok) => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => ok();
          ch.port2.postMessage(0);
        }),
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const now = { nodes: get('Nodes'), listeners: get('JSEventListeners') };
    same = now.nodes === last.nodes && now.listeners === last.listeners ? same + 1 : 0;
    last = now;
  }
  return last;
}

describe('days of use on the wall', () => {
  it('leave the DOM nodes and event listeners where they were on the first night', async () => {
    board = await launch({ time: at(FIRST, '09:00') });
    const { page } = board;
    await openBoard(page);
    const cdp = await board.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const b = boardPage(page);
    const task = taskPage(page);
    const nights: { nodes: number; listeners: number }[] = [];
    for (let d = 0; d < DAYS; d++) {
      const day = addDays(FIRST, d);
      await forwardTo(page, at(day, '09:30'));
      await expect.poll(() => b.clock().textContent()).toBe('09:30');
      // A morning's use: open three tasks, tick a step in each, go back to the board.
      for (let k = 0; k < 3; k++) {
        const cards = page.locator('[data-board]:not([hidden]) [data-task]');
        await cards.nth((d * 5 + k * 7) % (await cards.count())).tap();
        await task.back().waitFor();
        const steps = page.getByRole('checkbox');
        if ((await steps.count()) > 0) {
          const was = await steps.first().isChecked();
          await steps.first().tap();
          await expect.poll(() => steps.first().isChecked()).toBe(!was);
          await b.saved().first().waitFor();
        }
        await task.back().tap();
        await b.date().waitFor();
      }
      // Just past midnight, counted on a screen that is the same every day (the staff PIN pad),
      // so the day's own board, with more or fewer cards, does not move the count.
      await forwardTo(page, at(addDays(day, 1), '00:05'));
      await expect.poll(() => b.clock().textContent()).toBe('00:05');
      await page.getByRole('button', { name: 'Personale' }).tap();
      await page.getByRole('button', { name: 'Tilbage til tavlen' }).waitFor();
      // The browser holds the element last touched (here the board's "Personale") until the next
      // touch lands elsewhere: a touch on the pad's heading lets the board that was left go.
      await page.getByRole('heading').first().tap();
      nights.push(await counts(page, cdp));
      await page.getByRole('button', { name: 'Tilbage til tavlen' }).tap();
      await b.date().waitFor();
    }
    const first = nights[0]!;
    for (const [i, n] of nights.entries()) {
      expect(n.nodes, `nodes on night ${i + 1}: ${JSON.stringify(nights)}`).toBeLessThanOrEqual(
        first.nodes * 1.05,
      );
      expect(n.listeners, `listeners on night ${i + 1}: ${JSON.stringify(nights)}`).toBeLessThanOrEqual(
        first.listeners * 1.05,
      );
    }
  });
});
