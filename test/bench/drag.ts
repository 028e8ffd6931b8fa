// Frame times while a finger drags a card across a board of cards (at the end of a tap run).
import type { Locator, Page } from 'playwright-core';
import { drag, type Session } from './session';

export interface DragRun {
  frames: number[];
  /** Why nothing was dragged, when the app has nothing to drag on this board. */
  note: string | null;
}

/** The cards a finger can pick up: the baseline's cards, the app's drag handles. */
async function draggables(page: Page): Promise<{ from: Locator; to: Locator } | null> {
  const cards = page.locator('[data-task]');
  const count = await cards.count();
  if (page.url().includes('/__bench/')) return { from: cards.first(), to: cards.nth(count - 1) };
  const handles = page.locator('[data-drag]');
  const n = await handles.count();
  return n > 1 ? { from: handles.first(), to: handles.nth(n - 1) } : null;
}

/** Drag the first draggable card to the last one on the page's board. */
export async function dragAcross(s: Session): Promise<DragRun> {
  const pair = await draggables(s.page);
  if (!pair) return { frames: [], note: 'the app has no drag and drop on this board yet' };
  return { frames: await drag(s, pair.from, pair.to), note: null };
}
