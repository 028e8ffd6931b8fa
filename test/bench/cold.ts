// A cold start on a year of data, then taps: open a task, tick its steps, go back. The same
// script runs against the bare baseline page, so every time can be given as a ratio to it.

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, probeState, type Session, timedTap } from './session';
import { endTrace, startTrace } from './trace';
import type { YearOptions } from './year';

export interface Prepared {
  profile: string;
  load: Record<string, unknown>;
}

/**
 * Fill a fresh profile with the year through the loader page, then open the app once on it.
 * BENCH_YEAR_CACHE=<dir> keeps the loaded year (before the app ever opened it) for the next bench
 * run on the same generator: loading a full year takes minutes, and a change to the app does not
 * change the data. The bench then serves on a fixed port (4791), as the database belongs to the origin.
 */
export async function prepareProfile(baseURL: string, year: YearOptions, startAt: number): Promise<Prepared> {
  const cache = process.env.BENCH_YEAR_CACHE
    ? join(process.env.BENCH_YEAR_CACHE, createHash('sha1').update(JSON.stringify(year)).digest('hex'))
    : null;
  const cached = cache && existsSync(join(cache, 'load.json'));
  const s = await openSession({
    baseURL,
    probe: { startAt },
    ...(cached ? { from: join(cache, 'profile') } : {}),
  });
  try {
    let load: Record<string, unknown>;
    if (cached) load = JSON.parse(readFileSync(join(cache, 'load.json'), 'utf8'));
    else {
      await s.page.goto('/__bench/loader.html');
      await s.page.waitForSelector('body[data-ready="yes"]');
      load = await s.page.evaluate(
        (o) =>
          (
            globalThis as unknown as { bench: { load(o: unknown): Promise<Record<string, unknown>> } }
          ).bench.load(o),
        year,
      );
      if (cache) {
        await s.context.close();
        rmSync(cache, { recursive: true, force: true });
        mkdirSync(cache, { recursive: true });
        cpSync(s.profile, join(cache, 'profile'), { recursive: true });
        writeFileSync(join(cache, 'load.json'), JSON.stringify(load));
        await s.close();
        return prepareProfile(baseURL, year, startAt);
      }
    }
    // The first start of the app on this data (as after the kiosk's first boot): caches are warm after.
    await s.page.goto('/');
    await s.page.waitForFunction(
      () => (globalThis as unknown as { __bench: { paintedAt: number | null } }).__bench.paintedAt !== null,
    );
    await s.context.close();
    return { profile: s.profile, load };
  } catch (err) {
    await s.close();
    throw err;
  }
}

export interface TapRun {
  /** Navigation start to the board painted plus the first tap answered. */
  coldMs: number;
  paintedMs: number;
  domMs: number;
  firstTapMs: number;
  opens: number[];
  ticks: number[];
  backs: number[];
  /** Tapping a face on the board: that person's day (Min dag). */
  mydays: number[];
  writes: { ms: number; bytes: number; requests: number; stores: string[] }[];
  /** Scripts and styles the page asked for before it was usable. */
  firstPaintFiles: string[];
}

export interface TapPlan {
  path: string;
  profile?: string;
  startAt: number | null;
  opens: number;
  ticks: number;
  /** How many times a face is tapped for Min dag (and back). */
  mydays: number;
  throttle: number;
}

const BACK = { name: 'Tilbage til tavlen' };

/** COLD_TRACE=/tmp/x: the first run of each page is traced (x-app-cold.json, x-base-taps.json…). */
const traced = new Set<string>();
function traceFile(plan: TapPlan): string | null {
  const kind = plan.path.includes('/__bench/') ? 'base' : 'app';
  if (!process.env.COLD_TRACE || traced.has(kind)) return null;
  traced.add(kind);
  return `${process.env.COLD_TRACE}-${kind}`;
}

export async function tapRun(baseURL: string, plan: TapPlan): Promise<TapRun> {
  const s = await openSession({
    baseURL,
    ...(plan.profile ? { from: plan.profile } : {}),
    probe: { startAt: plan.startAt },
    throttle: plan.throttle,
  });
  try {
    const files: string[] = [];
    let collecting = true;
    s.page.on('request', (r) => {
      if (collecting && ['script', 'stylesheet'].includes(r.resourceType())) files.push(r.url());
    });
    const trace = traceFile(plan);
    if (trace) await startTrace(s.cdp);
    await s.page.goto(plan.path, { waitUntil: 'commit' });
    await paintedQuietly(s);
    collecting = false;
    const cards = s.page.locator('[data-task]');
    const firstTapMs = await timedTap(s, cards.first());
    await s.page.getByRole('button', BACK).waitFor();
    const painted = await probeState(s.page);
    if (trace) {
      await endTrace(s.cdp, `${trace}-cold.json`);
      await startTrace(s.cdp);
    }

    const { ticks, writes } = await tickSteps(s, plan.ticks);
    const backs = [await timedTap(s, s.page.getByRole('button', BACK))];
    await cards.first().waitFor();
    const opens: number[] = [];
    const count = await cards.count();
    for (let k = 1; k <= plan.opens; k++) {
      opens.push(await timedTap(s, cards.nth((k * 7) % count)));
      await s.page.getByRole('button', BACK).waitFor();
      backs.push(await timedTap(s, s.page.getByRole('button', BACK)));
      await cards.first().waitFor();
    }
    const mydays: number[] = [];
    const faces = s.page.locator('[data-face]');
    const people = await faces.count();
    for (let k = 1; k <= plan.mydays; k++) {
      mydays.push(await timedTap(s, faces.nth((k * 3) % people)));
      await s.page.getByRole('button', BACK).waitFor();
      backs.push(await timedTap(s, s.page.getByRole('button', BACK)));
      await cards.first().waitFor();
    }
    if (trace) await endTrace(s.cdp, `${trace}-taps.json`);
    return {
      coldMs: painted.paintedAt! + firstTapMs,
      paintedMs: painted.paintedAt!,
      domMs: painted.domAt!,
      firstTapMs,
      opens,
      ticks,
      backs,
      mydays,
      writes,
      firstPaintFiles: files,
    };
  } finally {
    await s.close();
  }
}

/**
 * Wait for the probe's "painted" through the DevTools protocol alone. Playwright's own waiting
 * (waitForFunction) first installs its injected script in the page, which took 300 ms to over a
 * second of the throttled main thread during the very start being timed, for app and baseline
 * alike; the page's own animation frames poll here instead.
 */
async function paintedQuietly(s: Session): Promise<void> {
  const { exceptionDetails } = await s.cdp.send('Runtime.evaluate', {
    expression: `new Promise((done) => {
      const look = () => (globalThis.__bench?.paintedAt != null ? done(true) : requestAnimationFrame(look));
      look();
    })`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`waiting for the first paint: ${exceptionDetails.text}`);
}

type Write = TapRun['writes'][number];

/**
 * Tick the open task's steps one by one (then untick them), one tap a moment, as a person would.
 * Returns the tap times and each tick's own write. The page's other writes are the start's upkeep,
 * not edits (the photo sweep, the retention job, and the daily copy: 0.55 MB in one transaction for
 * the small year), and they once made up the p95 of "one edit".
 */
async function tickSteps(s: Session, n: number): Promise<{ ticks: number[]; writes: Write[] }> {
  const steps = s.page.locator('main label');
  const count = await steps.count();
  const ticks: number[] = [];
  const writes: Write[] = [];
  for (let i = 0; i < n; i++) {
    const before = (await probeState(s.page)).writes.length;
    ticks.push(await timedTap(s, steps.nth(i % count)));
    // Wait for the save (the app) so each edit is timed alone; the baseline saves nothing.
    if (!s.page.url().includes('/__bench/')) {
      await s.page.waitForFunction(
        (w) =>
          (globalThis as unknown as { __bench: { writes: { stores: string[] }[] } }).__bench.writes
            .slice(w)
            .some((x) => x.stores.includes('taskDays') && !x.stores.includes('snapshots')),
        before,
        { polling: 20 },
      );
      const tick = (await probeState(s.page)).writes
        .slice(before)
        .find((w) => w.stores.includes('taskDays') && !w.stores.includes('snapshots'));
      writes.push(tick!);
    }
  }
  return { ticks, writes };
}
