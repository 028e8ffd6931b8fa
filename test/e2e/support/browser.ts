// Launches Debian's Chromium on a persistent profile (the profile is the database), with a
// Copenhagen time zone, touch, and Playwright's clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { instantAt, parseMinutes } from '../../../src/domain/calendar';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORTS = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
  tablet: { width: 1280, height: 800 },
} as const;

export interface LaunchOptions {
  profile?: string;
  viewport?: { width: number; height: number };
  /** Install Playwright's clock at this instant before the page loads. */
  time?: number | string;
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * 'block': no service worker, so every request reaches the network (and page.route). The app
   * registers one after its first paint, and a page it controls is served from its cache.
   */
  serviceWorkers?: 'allow' | 'block';
}

export interface Board {
  context: BrowserContext;
  page: Page;
  profile: string;
  baseURL: string;
  close(): Promise<void>;
  /** Close the browser and start it again on the same profile. */
  restart(opts?: Omit<LaunchOptions, 'profile'>): Promise<Board>;
  dispose(): Promise<void>;
}

export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'dagstavlen-e2e-'));
}

export async function launch(opts: LaunchOptions = {}): Promise<Board> {
  const profile = opts.profile ?? newProfile();
  const baseURL = inject('baseURL');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: opts.viewport ?? VIEWPORTS.landscape,
    hasTouch: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    serviceWorkers: opts.serviceWorkers ?? 'allow',
    baseURL,
  });
  if (opts.time !== undefined) await context.clock.install({ time: opts.time });
  const page = context.pages()[0] ?? (await context.newPage());
  const board: Board = {
    context,
    page,
    profile,
    baseURL,
    close: () => context.close(),
    async restart(next = {}) {
      await context.close();
      return launch({ ...opts, ...next, profile });
    },
    async dispose() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return board;
}

/**
 * Open the board and wait until it is painted: its own date heading, so another screen that
 * shows instead (data gone, a failed update) is never taken for the board.
 */
export async function openBoard(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.locator('[data-board]:not([hidden]) h1').waitFor();
}

/** A Copenhagen wall-clock time as an instant, e.g. at('2026-11-23', '10:00'). */
export function at(day: string, time: string): number {
  const minutes = parseMinutes(time);
  if (minutes === null) throw new Error(`not a time: ${time}`);
  return instantAt(day, minutes);
}
