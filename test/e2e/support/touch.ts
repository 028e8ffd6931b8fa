// Touch drags through the Chrome DevTools Protocol: Playwright's touchscreen only taps, while
// Input.dispatchTouchEvent becomes real pointer events (pointerType 'touch') in Chromium.
import type { CDPSession, Locator, Page } from 'playwright-core';

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

type Point = { x: number; y: number };

async function centre(el: Locator): Promise<Point> {
  const box = await el.boundingBox();
  if (!box) throw new Error('touchDrag: element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The centre once two readings in a row agree: a board still settling would move it under the finger. */
async function settledCentre(el: Locator): Promise<Point> {
  let last = await centre(el);
  for (let i = 0; i < 50; i++) {
    const next = await centre(el);
    if (next.x === last.x && next.y === last.y) return next;
    last = next;
  }
  throw new Error('touchDrag: the element to drag keeps moving');
}

/** Put a finger down on `from` and move it in small steps to `to`; lift it unless `hold`. */
export async function touchDrag(
  page: Page,
  from: Locator,
  to: Locator,
  opts: { steps?: number; hold?: boolean } = {},
): Promise<void> {
  const steps = opts.steps ?? 10;
  // Scrolling one into view may move the other: scroll both, then measure both.
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = await settledCentre(from);
  const b = await centre(to);
  const onIt = await from.evaluate((el, p) => {
    const hit = document.elementFromPoint(p.x, p.y);
    return hit !== null && el.contains(hit);
  }, a);
  if (!onIt)
    throw new Error(`touchDrag: the finger at (${a.x}, ${a.y}) would land beside the element to drag`);
  const s = await cdp(page);
  await s.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [a] });
  for (let i = 1; i <= steps; i++) {
    const p = { x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps };
    await s.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
  }
  if (!opts.hold) await s.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Lift the finger a `touchDrag(…, { hold: true })` left down. */
export async function liftFinger(page: Page): Promise<void> {
  await (await cdp(page)).send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
