// The report: every figure beside its goal, as JSON (for tools) and Markdown (for people).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Chunk } from './sizes';
import type { SoakDay } from './soak';
import { type Spread, slope } from './stats';

type Pct = { p50: Spread; p95: Spread };

export interface Figures {
  smoke: boolean;
  /** The parts measured (all, unless BENCH_ONLY named some); the others are left out of the table. */
  parts: readonly string[];
  at: string;
  machine: { cpuThrottling: number };
  year: Record<string, unknown>;
  sizes: Chunk[];
  cold: { app: Spread; appPainted: Spread; appFirstTap: Spread; base: Spread };
  taps: {
    open: Pct;
    tick: Pct;
    back: Pct;
    myday: Pct;
    baseOpen: Pct;
    baseTick: Pct;
    baseBack: Pct;
    baseMyday: Pct;
  };
  writes: { ms: Pct; bytes: Pct };
  drag: {
    app: string | null;
    cards: number;
    appP50: Spread;
    appP95: Spread;
    baseP50: Spread;
    baseP95: Spread;
  };
  photo: {
    throttledMs: Spread;
    plainMs: Spread;
    inputBytes: number;
    storedBytes: Spread;
    displayBytes: number;
    type: string;
    size: string;
  };
  days: SoakDay[];
  /** Several screens through a house server (null when not measured). */
  sync: {
    editToPaint: { p50: number; p95: number };
    catchUp: { edits: number; photos: number; ms: number; longestTaskMs: number; longTasks: number };
  } | null;
  /** The week planner on the large example café (null when not measured). */
  planner: { people: number; days: number; open: Pct; baseOpen: Pct; drag: Pct; baseDrag: Pct } | null;
}

export interface Row {
  figure: string;
  value: string;
  goal: string;
  /** null: not judged (the smoke run, or a figure without a goal). */
  met: boolean | null;
  spread?: string;
  /** The bare page's figure in the same run, or why it has none. */
  baseline?: string;
  /** This figure as a ratio to the bare page's in the same run. */
  ratio?: string;
}

/** Figures the bare page has no counterpart for say so, instead of a ratio. */
const NO_BARE = 'the bare page has none';

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(v < 100 ? 1 : 0)} ms` : 'n/a');
const kb = (v: number) => `${(v / 1000).toFixed(1)} kB`;
const range = (s: Spread, f: (v: number) => string) => (s.runs.length > 1 ? `${f(s.min)} – ${f(s.max)}` : '');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');

/**
 * One 60 Hz frame is 16.67 ms, but the page's timestamps are coarsened to 0.1 ms, so the gap between
 * two frames on time reads 16.6 to 16.8 ms (the bare page's own p95 is 16.8). The goal, no dropped
 * frame at p95, is judged at that resolution; a dropped frame reads 33.3 ms.
 */
const ONE_FRAME = 16.8;
/** A frame time as the page can read it (0.1 ms): 16.80000000001 from subtracting two timestamps is 16.8. */
const frameTime = (v: number) => Math.round(v * 10) / 10;

export function judge(f: Figures): Row[] {
  const j = (ok: boolean) => (f.smoke ? null : ok);
  const firstJs = f.sizes.filter((c) => c.firstPaint && c.kind === 'js').reduce((a, c) => a + c.gzip, 0);
  const firstCss = f.sizes.filter((c) => c.firstPaint && c.kind === 'css').reduce((a, c) => a + c.gzip, 0);
  const ran = (part: string) => f.parts.includes(part);
  const rows: Row[] = [];
  if (ran('tap'))
    rows.push(
      {
        figure: 'JavaScript for the first paint (gzip)',
        value: kb(firstJs),
        goal: '≤ 40 kB',
        met: j(firstJs <= 40_000),
      },
      { figure: 'CSS for the first paint (gzip)', value: kb(firstCss), goal: '(none)', met: null },
      {
        figure: `Cold start to a usable board, ${f.machine.cpuThrottling}× CPU`,
        value: ms(f.cold.app.median),
        spread: range(f.cold.app, ms),
        goal: '≤ 400 ms',
        met: j(f.cold.app.median <= 400),
        baseline: ms(f.cold.base.median),
        ratio: ratio(f.cold.app.median, f.cold.base.median),
      },
      {
        figure: 'Cold start as a ratio to the bare Preact page',
        value: ratio(f.cold.app.median, f.cold.base.median),
        goal: '≤ 1.25×',
        met: j(f.cold.app.median / f.cold.base.median <= 1.25),
        baseline: ms(f.cold.base.median),
        ratio: ratio(f.cold.app.median, f.cold.base.median),
      },
    );
  const taps: [string, Pct, Pct][] = [
    ['Tap → paint: open a task', f.taps.open, f.taps.baseOpen],
    ['Tap → paint: tick a step', f.taps.tick, f.taps.baseTick],
    ['Tap → paint: back to the board', f.taps.back, f.taps.baseBack],
    ['Tap → paint: a face opens Min dag', f.taps.myday, f.taps.baseMyday],
  ];
  for (const [name, t, b] of ran('tap') ? taps : []) {
    const pair = `${ms(b.p50.median)} / ${ms(b.p95.median)}`;
    const both = `${ratio(t.p50.median, b.p50.median)} / ${ratio(t.p95.median, b.p95.median)}`;
    rows.push(
      {
        figure: `${name}, p50 / p95`,
        value: `${ms(t.p50.median)} / ${ms(t.p95.median)}`,
        spread: range(t.p95, ms),
        goal: 'p95 ≤ 50 ms',
        met: j(t.p95.median <= 50),
        baseline: pair,
        ratio: both,
      },
      {
        figure: `${name}, p95 as a ratio to the bare page`,
        value: ratio(t.p95.median, b.p95.median),
        goal: '≤ 1.25×',
        met: j(t.p95.median / b.p95.median <= 1.25),
        baseline: pair,
        ratio: both,
      },
    );
  }
  if (ran('drag'))
    rows.push({
      figure: `Drag frame time across a board of ${f.drag.cards} cards, ${f.machine.cpuThrottling}× CPU, p50 / p95`,
      value: f.drag.app ?? `${ms(f.drag.appP50.median)} / ${ms(f.drag.appP95.median)}`,
      spread: f.drag.app ? '' : range(f.drag.appP95, ms),
      goal: 'p95 ≤ 16.7 ms: one 60 Hz frame, read to ±0.1 ms',
      met: f.drag.app ? null : j(frameTime(f.drag.appP95.median) <= ONE_FRAME),
      baseline: `${ms(f.drag.baseP50.median)} / ${ms(f.drag.baseP95.median)}`,
      ratio: `${ratio(f.drag.appP50.median, f.drag.baseP50.median)} / ${ratio(f.drag.appP95.median, f.drag.baseP95.median)}`,
    });
  if (ran('tap'))
    rows.push(
      {
        figure: 'Edit written to IndexedDB (strict), time p50 / p95',
        value: `${ms(f.writes.ms.p50.median)} / ${ms(f.writes.ms.p95.median)}`,
        spread: range(f.writes.ms.p95, ms),
        goal: '(none)',
        met: null,
      },
      {
        figure: 'Edit written to IndexedDB, size p50 / p95',
        value: `${f.writes.bytes.p50.median} B / ${f.writes.bytes.p95.median} B`,
        goal: '(none)',
        met: null,
      },
    );
  if (ran('photo'))
    rows.push(
      {
        figure: `12 MP JPEG (${kb(f.photo.inputBytes)}) taken in and stored, ${f.machine.cpuThrottling}× CPU`,
        value: ms(f.photo.throttledMs.median),
        spread: range(f.photo.throttledMs, ms),
        goal: '≤ 1500 ms',
        met: j(f.photo.throttledMs.median <= 1500),
        baseline: `${NO_BARE} (unthrottled ${ms(f.photo.plainMs.median)})`,
      },
      {
        figure: `12 MP JPEG stored size (${f.photo.type}, ${f.photo.size} + thumbnail)`,
        value: kb(f.photo.storedBytes.median),
        goal: '≤ 300 kB',
        met: j(f.photo.storedBytes.median <= 300_000),
      },
    );
  if (ran('sync') && f.sync) {
    const { editToPaint: e, catchUp: c } = f.sync;
    rows.push(
      {
        figure: 'Edit on one screen → painted on another (house server on this machine), p50 / p95',
        value: `${ms(e.p50)} / ${ms(e.p95)}`,
        goal: '≤ 2000 ms',
        met: j(e.p95 <= 2000),
      },
      {
        figure: `A wall apart for a day catches up: ${c.edits} edits and ${c.photos} photos made elsewhere`,
        value: ms(c.ms),
        goal: '(none)',
        met: null,
      },
      {
        figure: `Longest main-thread task on the wall while it catches up, ${f.machine.cpuThrottling}× CPU`,
        value: c.longTasks ? `${ms(c.longestTaskMs)} (${c.longTasks} over 50 ms)` : 'none over 50 ms',
        goal: '≤ 50 ms',
        met: j(c.longTasks === 0),
      },
    );
  }
  if (ran('planner') && f.planner) {
    const { people, days, open, baseOpen, drag, baseDrag } = f.planner;
    rows.push(
      {
        figure: `Tap → paint: open the week planner (${people} people × ${days} days), p50 / p95`,
        value: `${ms(open.p50.median)} / ${ms(open.p95.median)}`,
        spread: range(open.p95, ms),
        goal: 'p95 ≤ 50 ms',
        met: j(open.p95.median <= 50),
        baseline: `open a card: ${ms(baseOpen.p50.median)} / ${ms(baseOpen.p95.median)} (${ratio(open.p95.median, baseOpen.p95.median)})`,
      },
      {
        figure: `Drag frame time on the week planner (${people} people × ${days} days), ${f.machine.cpuThrottling}× CPU, p50 / p95`,
        value: `${ms(drag.p50.median)} / ${ms(drag.p95.median)}`,
        spread: range(drag.p95, ms),
        goal: 'p95 ≤ 16.7 ms: one 60 Hz frame, read to ±0.1 ms',
        met: j(frameTime(drag.p95.median) <= ONE_FRAME),
        baseline: `${ms(baseDrag.p50.median)} / ${ms(baseDrag.p95.median)} (${ratio(drag.p95.median, baseDrag.p95.median)})`,
      },
    );
  }
  rows.push(...soakRows(f.days, f.smoke));
  return rows;
}

function soakRows(days: SoakDay[], smoke: boolean): Row[] {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return [];
  const j = (ok: boolean) => (smoke ? null : ok);
  const mb = (v: number) => `${(v / 1e6).toFixed(2)} MB`;
  const within = (a: number, b: number) => Math.abs(a - b) <= 0.05 * b;
  const tail = days.filter((d) => d.day >= 5);
  const perDay =
    tail.length > 1
      ? slope(
          tail.map((d) => d.day),
          tail.map((d) => d.heap),
        ) / first.heap
      : 0;
  const n = last.day;
  return [
    {
      figure: `Heap after GC, day 1 → day ${n}`,
      value: `${mb(first.heap)} → ${mb(last.heap)} (${(((last.heap - first.heap) / first.heap) * 100).toFixed(1)} %)`,
      goal: '≤ day 1 + 10 %',
      met: j(last.heap <= first.heap * 1.1),
    },
    ...(first.objects !== undefined && last.objects !== undefined
      ? [
          {
            figure: `Heap without compiled code (snapshot), day 1 → day ${n}`,
            value: `${mb(first.objects)} → ${mb(last.objects)} (${(((last.objects - first.objects) / first.objects) * 100).toFixed(1)} %); compiled code ${mb(first.code ?? 0)} → ${mb(last.code ?? 0)}`,
            goal: '≤ day 1 + 10 %',
            met: j(last.objects <= first.objects * 1.1),
          },
        ]
      : []),
    ...(first.bytecode !== undefined && last.bytecode !== undefined
      ? [
          {
            figure: `Bytecode in the compiled code (snapshot), day 1 → day ${n}`,
            value: `${mb(first.bytecode)} → ${mb(last.bytecode)}; machine code and its tables ${mb((first.code ?? 0) - first.bytecode)} → ${mb((last.code ?? 0) - last.bytecode)}`,
            goal: 'flat (± 5 %)',
            met: j(within(last.bytecode, first.bytecode)),
          },
        ]
      : []),
    {
      figure: `Heap growth per day, days 5–${n} (slope)`,
      value: `${(perDay * 100).toFixed(2)} %/day`,
      goal: '< 0.5 %/day',
      met: j(perDay < 0.005),
    },
    {
      figure: `DOM nodes, day 1 → day ${n}`,
      value: `${first.nodes} → ${last.nodes}`,
      goal: 'flat (± 5 %)',
      met: j(within(last.nodes, first.nodes)),
    },
    {
      figure: `Event listeners, day 1 → day ${n}`,
      value: `${first.listeners} → ${last.listeners}`,
      goal: 'flat (± 5 %)',
      met: j(within(last.listeners, first.listeners)),
    },
    ...(last.edits !== undefined
      ? [
          {
            figure: `Another screen's edits taken in through the house server over ${n} days`,
            value: `${last.edits}, every one heard`,
            goal: '(none)',
            met: null,
          },
        ]
      : []),
    {
      // Every SVG shown through <img> is a document of its own, so the count is the screen's, not 1.
      figure: `Documents (the page and its SVG pictures), day 1 → day ${n}`,
      value: `${first.documents} → ${last.documents}`,
      goal: 'flat',
      met: j(last.documents <= first.documents),
    },
  ];
}

export function markdown(f: Figures, rows: Row[]): string {
  const mark = (m: boolean | null) => (m === null ? '–' : m ? 'met' : '**missed**');
  const lines = [
    `# Dagstavlen bench${f.smoke ? ' (smoke: small data, one run, not judged)' : ''}`,
    '',
    `${f.at}. Chromium, ${f.machine.cpuThrottling}× CPU throttling where stated; medians of several runs with their range; ` +
      `the baseline is a bare Preact + signals page of the same shape built by the same Vite.`,
    '',
    `Data: ${JSON.stringify(f.year.counts)}, ${f.year.photos} photos (${kb(Number(f.year.photoBytes))}).`,
    '',
    '| figure | value | range over runs | goal | | bare page, same run | ratio to the bare page |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.figure} | ${r.value} | ${r.spread ?? ''} | ${r.goal} | ${mark(r.met)} | ${r.baseline ?? NO_BARE} | ${r.ratio ?? ''} |`,
    ),
    '',
    '## Shipped files',
    '',
    '| file | first paint | raw | gzip |',
    '|---|---|---|---|',
    ...f.sizes.map((c) => `| ${c.file} | ${c.firstPaint ? 'yes' : ''} | ${kb(c.bytes)} | ${kb(c.gzip)} |`),
    '',
    '## Days of use (after GC, just past midnight, on the staff PIN pad)',
    '',
    '| day | heap | nodes | listeners | documents |',
    '|---|---|---|---|---|',
    ...f.days.map(
      (d) => `| ${d.day} | ${(d.heap / 1e6).toFixed(2)} MB | ${d.nodes} | ${d.listeners} | ${d.documents} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

export function writeReport(dir: string, f: Figures): Row[] {
  const rows = judge(f);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench.json'), `${JSON.stringify({ ...f, goals: rows }, null, 2)}\n`);
  writeFileSync(join(dir, 'bench.md'), markdown(f, rows));
  return rows;
}
