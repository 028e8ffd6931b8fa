// The week plan shows what is stored for each of its days, also days outside the ones the board
// keeps in memory (a week back, a month ahead).
import { afterEach, describe, expect, it } from 'vitest';
import type { Override, ShiftTemplate } from '../../src/domain/types';
import { at, type Board, launch, openBoard } from './support/browser';
import { putAll, readAll, togetherPage } from './support/together';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

describe('the week plan', () => {
  it("shows last week's Monday with its one-off change, though the board keeps only the last seven days", async () => {
    board = await launch({ time: at('2026-11-25', '10:00') });
    const { page } = board;
    await openBoard(page);
    const monday = (await readAll<ShiftTemplate>(page, 'shiftTemplates')).find((s) => s.weekday === 1)!;
    const moved: Override = {
      id: 'moved-monday',
      updatedAt: 1,
      day: '2026-11-16',
      kind: 'shift',
      targetId: monday.id,
      cancelled: false,
      patch: { start: 6 * 60 + 5, end: 6 * 60 + 55 },
    };
    await putAll(page, 'overrides', [moved]);
    await page.reload();
    await openBoard(page);

    await togetherPage(page).weekButton().tap();
    await page.getByRole('heading', { name: 'Caféens ugeskema' }).waitFor();
    await page.getByRole('button', { name: /Forrige uge/ }).tap();
    const day = page.locator('[data-week-day="2026-11-16"]');
    await expect.poll(() => day.textContent()).toContain('06:05–06:55');
  });
});
