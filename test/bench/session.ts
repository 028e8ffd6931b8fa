// Launching Chromium for the bench: a persistent profile (the profile is the database), the
// probe installed before any page script, CPU throttling through the DevTools protocol, and
// taps and drags as real touch input.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, VIEWPORTS } from '../e2e/support/browser';
import { type ProbeOptions, type ProbeState, probe } from './probe';

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  profile: string;
  close(): Promise<void>;
}

export interface SessionOptions {
  baseURL: string;
  /** A profile to copy (so every run starts from the same stored data); a fresh one if absent. */
  from?: string;
  probe?: ProbeOptions;
  /** Install Playwright's fake clock at this instant (the soak); otherwise time is real. */
  clockAt?: number;
  /** CPU slowdown factor, applied before the first page of the app's origin loads. */
  throttle?: number;
}

export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'dagstavlen-bench-'));
}

export async function openSession(o: SessionOptions): Promise<Session> {
  const profile = newProfile();
  if (o.from) cpSync(o.from, profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'],
    viewport: VIEWPORTS.landscape,
    hasTouch: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    baseURL: o.baseURL,
  });
  if (o.clockAt !== undefined) await context.clock.install({ time: o.clockAt });
  await context.addInitScript(probe, o.probe ?? { startAt: null });
  const page = context.pages()[0] ?? (await context.newPage());
  // Throttling belongs to the renderer: load a page of the app's origin first, then throttle.
  await page.goto('/__bench/blank');
  const cdp = await context.newCDPSession(page);
  if (o.throttle && o.throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.throttle });
  return {
    context,
    page,
    cdp,
    profile,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const probeState = (page: Page) =>
  page.evaluate(() => {
    const { domAt, paintedAt, taps, writes, frames } = (globalThis as unknown as { __bench: ProbeState })
      .__bench;
    return { domAt, paintedAt, taps, writes, frames };
  });

async function centre(target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to tap');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A finger tap (touchstart, touchend), which Chromium turns into pointer events and a click. */
export async function tap(s: Session, target: Locator): Promise<void> {
  const { x, y } = await centre(target);
  await s.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await s.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Tap, then wait until the probe has timed the answer (one more entry in its tap list). */
export async function timedTap(s: Session, target: Locator): Promise<number> {
  const before = await s.page.evaluate(
    () => (globalThis as unknown as { __bench: ProbeState }).__bench.taps.length,
  );
  await tap(s, target);
  const handle = await s.page.waitForFunction(
    (n) => {
      const taps = (globalThis as unknown as { __bench: ProbeState }).__bench.taps;
      return taps.length > n ? taps[n]!.ms : null;
    },
    before,
    { polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** A finger drag from one element to another in small moves; returns the animation-frame gaps. */
export async function drag(s: Session, from: Locator, to: Locator, moves = 60): Promise<number[]> {
  const a = await centre(from);
  const b = await centre(to);
  await s.page.evaluate(() =>
    (globalThis as unknown as { __bench: { recordFrames(on: boolean): void } }).__bench.recordFrames(true),
  );
  await s.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [a] });
  for (let i = 1; i <= moves; i++) {
    const point = { x: a.x + ((b.x - a.x) * i) / moves, y: a.y + ((b.y - a.y) * i) / moves };
    await s.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await s.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await s.page.evaluate(() =>
    (globalThis as unknown as { __bench: { recordFrames(on: boolean): void } }).__bench.recordFrames(false),
  );
  return (await probeState(s.page)).frames;
}
