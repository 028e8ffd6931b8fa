// Frame times while a finger drags a card across a board of cards: in the app, staff's edit mode
// (unlocked through the PIN pad as staff would); in the baseline, its plain draggable cards.
import type { Locator, Page } from 'playwright-core';
import { editBoard } from '../e2e/support/staff';
import { drag, openSession } from './session';

export interface DragRun {
  frames: number[];
  cards: number;
  /** Why nothing was dragged, when the app has nothing to drag on this board. */
  note: string | null;
}

export interface DragPlan {
  path: string;
  profile?: string;
  startAt: number;
  throttle: number;
}

/** The first and the last card on the board (in the app, station columns only). */
async function ends(page: Page): Promise<{ from: Locator; to: Locator; cards: number }> {
  const cards = page.url().includes('/__bench/')
    ? page.locator('[data-task]')
    : page.locator('section[aria-labelledby^="station-"] [data-task]');
  const count = await cards.count();
  return { from: cards.first(), to: cards.nth(count - 1), cards: await page.locator('[data-task]').count() };
}

export async function dragRun(baseURL: string, plan: DragPlan): Promise<DragRun> {
  const s = await openSession({
    baseURL,
    ...(plan.profile ? { from: plan.profile } : {}),
    probe: { startAt: plan.startAt },
  });
  try {
    await s.page.goto(plan.path);
    await s.page.locator('[data-task]').first().waitFor();
    // The PIN's key derivation is deliberately slow; the drag, not the unlock, is measured.
    if (!plan.path.includes('/__bench/')) await editBoard(s.page);
    await s.cdp.send('Emulation.setCPUThrottlingRate', { rate: plan.throttle });
    const { from, to, cards } = await ends(s.page);
    if (cards < 2) return { frames: [], cards, note: 'fewer than two cards on the board' };
    return { frames: await drag(s, from, to), cards, note: null };
  } finally {
    await s.close();
  }
}
