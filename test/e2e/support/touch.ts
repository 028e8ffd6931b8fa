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

async function centre(el: Locator): Promise<{ x: number; y: number }> {
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Put a finger down on `from` and move it in small steps to `to`; lift it unless `hold`. */
export async function touchDrag(
  page: Page,
  from: Locator,
  to: Locator,
  opts: { steps?: number; hold?: boolean } = {},
): Promise<void> {
  const steps = opts.steps ?? 10;
  const a = await centre(from);
  const b = await centre(to);
  const s = await cdp(page);
  await s.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [a] });
  for (let i = 1; i <= steps; i++) {
    const p = { x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps };
    await s.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
  }
  if (!opts.hold) await s.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
