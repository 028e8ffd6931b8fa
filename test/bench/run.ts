// npm run bench: builds, loads a year into a fresh profile, measures, and writes the report.
// The smoke form (small data, one run) proves the machinery works; it judges no timings.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { instantAt } from '../../src/domain/calendar';
import { type Prepared, prepareProfile, type TapRun, tapRun } from './cold';
import { type DragRun, dragRun } from './drag';
import { type PhotoRun, photoRuns } from './photo';
import { type PlannerRun, plannerRun, preparePlanner } from './planner';
import { type Figures, writeReport } from './report';
import { serve } from './server';
import { chunks } from './sizes';
import { type SoakDay, soak } from './soak';
import { percentile, spread } from './stats';
import { type SyncRun, syncRun } from './sync';
import { CROWDED_BOARD, FULL_YEAR, SMALL_YEAR } from './year';

export interface BenchOptions {
  smoke: boolean;
  /** Build the app first (npm run bench does; the smoke in npm test reuses the build). */
  buildApp: boolean;
  out: string;
  log?: (line: string) => void;
  /** Measure only these parts (BENCH_ONLY=soak,tap…), for a quick look while working on one. */
  only?: readonly Part[];
}

/** The parts of the bench: taps (with the cold start), drag, photo, the days of use, sync, the week planner. */
export const PARTS = ['tap', 'drag', 'photo', 'soak', 'sync', 'planner'] as const;
export type Part = (typeof PARTS)[number];

export function partsFrom(env: string | undefined): Part[] {
  if (!env) return [...PARTS];
  const asked = env.split(',').map((p) => p.trim());
  const unknown = asked.filter((p) => !PARTS.includes(p as Part));
  if (unknown.length)
    throw new Error(`BENCH_ONLY: unknown part ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);
  return asked as Part[];
}

/** Monday 23 November 2026, 10:00 in Copenhagen: the café is open and the board is full. */
export const TODAY = '2026-11-23';
const THROTTLE = 4;

export async function runBench(o: BenchOptions): Promise<Figures> {
  const began = Date.now();
  const say = o.log ?? ((line: string) => console.log(line));
  const log = (line: string) => say(`${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s  ${line}`);
  const startAt = instantAt(TODAY, 10 * 60);
  const plan = o.smoke
    ? {
        runs: 1,
        opens: 2,
        ticks: 3,
        mydays: 1,
        photoRuns: 1,
        soakDays: 2,
        editEvery: 7,
        year: SMALL_YEAR,
        apart: { edits: 30, photos: 2 },
      }
    : {
        // BENCH_RUNS=2 for a quicker look while working; the report's figures are from five.
        runs: Number(process.env.BENCH_RUNS) || 5,
        opens: 12,
        ticks: 20,
        mydays: 8,
        photoRuns: 3,
        soakDays: 30,
        editEvery: 1,
        year: FULL_YEAR,
        apart: { edits: 500, photos: 20 },
      };
  await productionBuilds(async () => {
    if (o.buildApp) await build({ logLevel: 'warn' });
    await build({ configFile: resolve('test/bench/vite.config.ts') });
  });
  // A kept year's database belongs to its origin: the same port each time (cold.ts).
  const server = await serve(
    resolve('dist'),
    resolve('bench-report/build'),
    process.env.BENCH_YEAR_CACHE ? 4791 : 0,
  );
  // The prepared profiles (a year of photos each) are removed at the end, whatever happened.
  const profiles: string[] = [];
  const parts = new Set(o.only ?? PARTS);
  try {
    // The year is loaded only for the parts that use it (a drag-only run needs just its own board).
    const needsYear = parts.has('tap') || parts.has('soak') || (o.smoke && parts.has('drag'));
    let prepared: Prepared = { profile: '', load: {} };
    if (needsYear) {
      log(`loading ${o.smoke ? 'a small' : 'a full'} year…`);
      prepared = await prepareProfile(server.url, { ...plan.year, today: TODAY }, startAt);
      profiles.push(prepared.profile);
      log(`loaded: ${JSON.stringify(prepared.load.counts)}, ${prepared.load.photos} photos`);
    }

    const app: TapRun[] = [];
    const base: TapRun[] = [];
    for (let i = 0; parts.has('tap') && i < plan.runs; i++) {
      // Interleaved, so a busy moment on the machine hits both alike.
      const taps = {
        startAt,
        opens: plan.opens,
        ticks: plan.ticks,
        mydays: plan.mydays,
        throttle: THROTTLE,
      };
      app.push(await tapRun(server.url, { ...taps, path: '/', profile: prepared.profile }));
      base.push(await tapRun(server.url, { ...taps, path: '/__bench/baseline.html' }));
      log(
        `run ${i + 1}: cold start ${app[i]!.coldMs.toFixed(0)} ms (baseline ${base[i]!.coldMs.toFixed(0)} ms)`,
      );
    }

    // A board of about 100 cards: a second, shorter year with more tasks, each with its photo.
    const drags: { app: DragRun[]; base: DragRun[] } = { app: [], base: [] };
    if (parts.has('drag')) {
      const crowded = o.smoke
        ? prepared
        : await prepareProfile(server.url, { ...CROWDED_BOARD, today: TODAY }, startAt);
      if (crowded !== prepared) profiles.push(crowded.profile);
      for (let i = 0; i < plan.runs; i++) {
        const d = { startAt, throttle: THROTTLE };
        drags.app.push(await dragRun(server.url, { ...d, path: '/', profile: crowded.profile }));
        drags.base.push(await dragRun(server.url, { ...d, path: '/__bench/baseline.html' }));
        log(`drag run ${i + 1}: p95 ${percentile(drags.app[i]!.frames, 95).toFixed(1)} ms`);
      }
      log(`dragged across ${drags.app[0]?.cards} cards`);
    }

    const photo: Raw['photo'] = { throttled: [], plain: [] };
    if (parts.has('photo')) {
      log('a 12 MP photo…');
      photo.plain = await photoRuns(server.url, plan.photoRuns, 1);
      // The smoke proves the intake path once; the throttled repeat is for the real report.
      photo.throttled = o.smoke ? photo.plain : await photoRuns(server.url, plan.photoRuns, THROTTLE);
    }

    let days: SoakDay[] = [];
    if (parts.has('soak')) {
      log(`${plan.soakDays} days of use…`);
      days = await soak(
        server.url,
        prepared.profile,
        TODAY,
        plan.soakDays,
        (prepared.load.sampleTaskTitles as string[])[0]!,
        (d) =>
          log(
            `day ${d.day}: heap ${(d.heap / 1e6).toFixed(2)} MB, ${d.nodes} nodes, ${d.listeners} listeners`,
          ),
        plan.editEvery,
      );
    }
    // The week planner on the large example café: opening it, and a face dragged across its grid.
    const planner: Raw['planner'] = { app: [], baseOpens: [], baseDrags: [] };
    if (parts.has('planner')) {
      log('the week planner, 16 people × 7 days…');
      const cafe = await preparePlanner(server.url, startAt);
      profiles.push(cafe);
      const opens = o.smoke ? 2 : plan.opens;
      for (let i = 0; i < plan.runs; i++) {
        const run = await plannerRun(server.url, { profile: cafe, startAt, throttle: THROTTLE, opens });
        planner.app.push(run);
        const base = {
          startAt,
          opens,
          ticks: 1,
          mydays: 0,
          throttle: THROTTLE,
          path: '/__bench/baseline.html',
        };
        planner.baseOpens.push((await tapRun(server.url, base)).opens);
        planner.baseDrags.push(
          (await dragRun(server.url, { startAt, throttle: THROTTLE, path: '/__bench/baseline.html' })).frames,
        );
        log(
          `planner run ${i + 1}: open p95 ${percentile(run.opens, 95).toFixed(0)} ms, drag p95 ${percentile(run.frames, 95).toFixed(1)} ms`,
        );
      }
    }

    let sync: SyncRun | null = null;
    if (parts.has('sync')) {
      log('two screens through a house server…');
      sync = await syncRun(server.url, {
        startAt,
        ticks: o.smoke ? 3 : plan.ticks,
        ...plan.apart,
        throttle: THROTTLE,
        log,
      });
    }
    log('done');

    const figures = summarise({
      smoke: o.smoke,
      parts: [...parts],
      year: prepared.load,
      app,
      base,
      drags,
      photo,
      days,
      sync,
      planner,
      sizes: chunks(resolve('dist'), app[0]?.firstPaintFiles ?? []),
    });
    writeReport(o.out, figures);
    return figures;
  } finally {
    await server.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Build as `npm run build` does. Vitest runs with NODE_ENV=test, and a Vite build under it is not
 * a production build: Preact's preset then adds its debug and devtools code, to the app and the
 * baseline alike, which inflated the first-paint figure and slowed both cold starts.
 */
async function productionBuilds(work: () => Promise<void>): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await work();
  } finally {
    process.env.NODE_ENV = before;
  }
}

interface Raw {
  smoke: boolean;
  parts: Part[];
  year: Record<string, unknown>;
  app: TapRun[];
  base: TapRun[];
  drags: { app: DragRun[]; base: DragRun[] };
  photo: { throttled: PhotoRun[]; plain: PhotoRun[] };
  days: SoakDay[];
  sync: SyncRun | null;
  planner: { app: PlannerRun[]; baseOpens: number[][]; baseDrags: number[][] };
  sizes: ReturnType<typeof chunks>;
}

const p = (runs: readonly number[][], q: number) => spread(runs.map((r) => percentile(r, q)));
/** The median over runs of each run's p50 and p95. */
const pcts = (runs: readonly number[][]) => ({ p50: p(runs, 50), p95: p(runs, 95) });

function summarise(r: Raw): Figures {
  const pick = (runs: TapRun[], f: (t: TapRun) => number[]) => runs.map(f);
  return {
    smoke: r.smoke,
    parts: r.parts,
    at: new Date().toISOString(),
    machine: { cpuThrottling: THROTTLE },
    year: r.year,
    sizes: r.sizes,
    cold: {
      app: spread(r.app.map((t) => t.coldMs)),
      appPainted: spread(r.app.map((t) => t.paintedMs)),
      appFirstTap: spread(r.app.map((t) => t.firstTapMs)),
      base: spread(r.base.map((t) => t.coldMs)),
    },
    taps: {
      open: {
        p50: p(
          pick(r.app, (t) => t.opens),
          50,
        ),
        p95: p(
          pick(r.app, (t) => t.opens),
          95,
        ),
      },
      tick: {
        p50: p(
          pick(r.app, (t) => t.ticks),
          50,
        ),
        p95: p(
          pick(r.app, (t) => t.ticks),
          95,
        ),
      },
      back: {
        p50: p(
          pick(r.app, (t) => t.backs),
          50,
        ),
        p95: p(
          pick(r.app, (t) => t.backs),
          95,
        ),
      },
      myday: {
        p50: p(
          pick(r.app, (t) => t.mydays),
          50,
        ),
        p95: p(
          pick(r.app, (t) => t.mydays),
          95,
        ),
      },
      baseMyday: {
        p50: p(
          pick(r.base, (t) => t.mydays),
          50,
        ),
        p95: p(
          pick(r.base, (t) => t.mydays),
          95,
        ),
      },
      baseOpen: {
        p50: p(
          pick(r.base, (t) => t.opens),
          50,
        ),
        p95: p(
          pick(r.base, (t) => t.opens),
          95,
        ),
      },
      baseTick: {
        p50: p(
          pick(r.base, (t) => t.ticks),
          50,
        ),
        p95: p(
          pick(r.base, (t) => t.ticks),
          95,
        ),
      },
      baseBack: {
        p50: p(
          pick(r.base, (t) => t.backs),
          50,
        ),
        p95: p(
          pick(r.base, (t) => t.backs),
          95,
        ),
      },
    },
    writes: {
      ms: {
        p50: p(
          pick(r.app, (t) => t.writes.map((w) => w.ms)),
          50,
        ),
        p95: p(
          pick(r.app, (t) => t.writes.map((w) => w.ms)),
          95,
        ),
      },
      bytes: {
        p50: p(
          pick(r.app, (t) => t.writes.map((w) => w.bytes)),
          50,
        ),
        p95: p(
          pick(r.app, (t) => t.writes.map((w) => w.bytes)),
          95,
        ),
      },
    },
    drag: {
      app: r.drags.app[0]?.note ?? null,
      cards: r.drags.app[0]?.cards ?? 0,
      appP50: p(
        r.drags.app.map((d) => d.frames),
        50,
      ),
      appP95: p(
        r.drags.app.map((d) => d.frames),
        95,
      ),
      baseP50: p(
        r.drags.base.map((d) => d.frames),
        50,
      ),
      baseP95: p(
        r.drags.base.map((d) => d.frames),
        95,
      ),
    },
    photo: {
      throttledMs: spread(r.photo.throttled.map((x) => x.totalMs)),
      plainMs: spread(r.photo.plain.map((x) => x.totalMs)),
      inputBytes: r.photo.plain[0]?.inputBytes ?? Number.NaN,
      storedBytes: spread(r.photo.plain.map((x) => x.storedBytes + x.thumbBytes)),
      displayBytes: r.photo.plain[0]?.storedBytes ?? Number.NaN,
      type: r.photo.plain[0]?.type ?? '',
      size: r.photo.plain[0] ? `${r.photo.plain[0].width}×${r.photo.plain[0].height}` : '',
    },
    days: r.days,
    sync: r.sync && {
      editToPaint: { p50: percentile(r.sync.editToPaint, 50), p95: percentile(r.sync.editToPaint, 95) },
      catchUp: r.sync.catchUp,
    },
    planner: r.planner.app.length
      ? {
          people: r.planner.app[0]!.people,
          days: r.planner.app[0]!.days,
          open: pcts(r.planner.app.map((a) => a.opens)),
          baseOpen: pcts(r.planner.baseOpens),
          drag: pcts(r.planner.app.map((a) => a.frames)),
          baseDrag: pcts(r.planner.baseDrags),
        }
      : null,
  };
}
