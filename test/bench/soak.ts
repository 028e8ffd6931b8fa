// Days of use on a fake clock: each day tasks are opened, steps ticked and the board shown again,
// and staff unlock, open the editors and lock again; the screen is linked to a house server (the
// CouchDB stand-in) and another screen's edit reaches it through the server every `editEvery`
// simulated hours; after each midnight the heap is collected and measured. Criteria: RELIABILITY 29.

import type { Locator } from 'playwright-core';
import { addDays, instantAt } from '../../src/domain/calendar';
import { type House, startHouse } from '../e2e/support/house';
import { openSession, type Session, tap } from './session';
import { auth, link, read } from './sync';

export interface SoakDay {
  day: number;
  heap: number;
  nodes: number;
  listeners: number;
  documents: number;
  /** The other screen's edits this screen has taken in through the house server so far. */
  edits?: number;
  /**
   * From a heap snapshot, on the first and the last day only: the JavaScript heap without V8's
   * compiled code (which grows as the engine optimises more of the app and of the test driver's
   * injected scripts, and is no data the board keeps), and that compiled code.
   */
  objects?: number;
  code?: number;
  /**
   * Of that compiled code, the bytecode: V8 makes it when a function first runs. Flat while the
   * code grows means the growth is machine code for the same functions (optimised as they keep
   * running), not new code made day after day.
   */
  bytecode?: number;
}

const BACK = { name: 'Tilbage til tavlen' };

/**
 * Measured each night on a screen that is the same every day (the staff PIN pad), so the counts
 * compare like with like: the board shows different people and tasks each day, and it stays
 * mounted under an opened task. Anything a closed view left behind is counted whatever is shown.
 */
export async function soak(
  baseURL: string,
  profile: string,
  firstDay: string,
  days: number,
  sampleTask: string,
  onDay: (d: SoakDay) => void = () => undefined,
  /** Hours between the other screen's edits (1: every simulated hour). */
  editEvery = 1,
): Promise<SoakDay[]> {
  const house = await startHouse();
  const s = await openSession({ baseURL, from: profile, clockAt: instantAt(firstDay, 7 * 60) });
  try {
    await s.cdp.send('Performance.enable');
    await s.page.goto('/');
    await s.page.locator('[data-task]').first().waitFor();
    const other = await linkToHouse(s, house);
    const out: SoakDay[] = [];
    for (let d = 0; d < days; d++) {
      const day = addDays(firstDay, d);
      await forwardTo(s, instantAt(day, 9 * 60));
      await useTheBoard(s, d);
      await useTheEditors(s, d);
      // The rest of the day: the other screen's edits, one every `editEvery` hours, each heard here.
      for (let h = 10; h < 24; h += editEvery) {
        await forwardTo(s, instantAt(day, h * 60));
        await other.edit(day);
      }
      // Just past midnight, on the board, as every day: the same view for the same count.
      await forwardTo(s, instantAt(addDays(day, 1), 5));
      await s.page.waitForFunction(
        () => document.querySelector('[data-testid="clock"]')?.textContent === '00:05',
      );
      // The sample task is opened every night too, so each night has looked at the same view.
      await tap(
        s,
        s.page.locator('[data-task]').filter({ has: s.page.getByText(sampleTask, { exact: true }) }),
      );
      await s.page.getByRole('heading', { level: 1, name: sampleTask }).waitFor();
      await tap(s, s.page.getByRole('button', BACK));
      await tap(s, s.page.getByRole('button', { name: 'Personale' }));
      await s.page.getByRole('button', BACK).waitFor();
      const split = d === 0 || d === days - 1 ? await heapSplit(s) : {};
      out.push({ day: d + 1, ...(await measure(s)), ...split, edits: other.count() });
      onDay(out[out.length - 1]!);
      await tap(s, s.page.getByRole('button', BACK));
      await s.page.locator('[data-task]').first().waitFor();
    }
    return out;
  } finally {
    await s.close();
    await house.stop();
  }
}

const CAFE = 'soak';

interface TaskDoc {
  id: string;
  stationId: string;
  order: string;
  steps: { id: string }[];
}

/**
 * Link this screen to the house server as the first screen of a café does (it sends the café it
 * holds, the whole year) and return the other screen: it ticks steps of the café's tasks,
 * sending each task day to the server as a screen's sync does, and waits until this screen's sync
 * has written it. Heard passively, from the sync worker's own message, as sync.ts does.
 */
async function linkToHouse(s: Session, house: House) {
  const pw = await house.setupCafe(CAFE, ['wall']);
  await link(s, { url: house.url, cafe: CAFE, user: 'wall', password: pw.wall!, mode: 'push' });
  const tasks = (await read(s, 'tasks')) as unknown as TaskDoc[];
  // The café's tasks are on the server before the other screen edits their days.
  const headers = { Authorization: auth(house), 'Content-Type': 'application/json' };
  for (let t = 0; ; t++) {
    const r = await fetch(`${house.dbUrl(CAFE)}/${encodeURIComponent(`tasks:${tasks[0]!.id}`)}`, { headers });
    if (r.ok) break;
    if (t > 1200) throw new Error('the café never reached the house server');
    await s.page.clock.runFor(200);
    await new Promise((r) => setTimeout(r, 100));
  }
  await listen(s);
  let n = 0;
  return {
    count: () => n,
    async edit(day: string) {
      const task = tasks[n % tasks.length]!;
      n++;
      const id = `${day}/${task.id}`;
      const url = `${house.dbUrl(CAFE)}/${encodeURIComponent(`taskDays:${id}`)}`;
      const current = await fetch(url, { headers });
      const rev = current.ok ? ((await current.json()) as { _rev: string })._rev : undefined;
      const now = await s.page.evaluate(() => Date.now());
      const doc = {
        ...(rev ? { _rev: rev } : {}),
        day,
        done: false,
        doneBy: null,
        id,
        moved: false,
        order: task.order,
        owner: { id: task.stationId, kind: 'station' },
        removed: false,
        stepsDone: task.steps.slice(0, 1 + (n % Math.max(1, task.steps.length))).map((x) => x.id),
        taskId: task.id,
        teacherId: null,
        updatedAt: now,
      };
      const put = await fetch(url, { method: 'PUT', headers, body: JSON.stringify(doc) });
      if (!put.ok) throw new Error(`the house server refused the other screen's edit: ${put.status}`);
      const key = `taskDays:${id}`;
      for (let t = 0; ; t++) {
        const heard = await s.page.evaluate(
          (k) => (globalThis as unknown as { heard?: Set<string> }).heard?.delete(k) ?? null,
          key,
        );
        if (heard) return;
        // The page started again (a new version taking over): listen again.
        if (heard === null) await listen(s);
        if (t > 600) throw new Error(`the other screen's edit never reached this one: ${key}`);
        // The page's own timers run on the fake clock: let a little of it pass while waiting.
        await s.page.clock.runFor(200);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** What this screen's sync worker says it wrote, heard as the page hears it. */
function listen(s: Session) {
  return s.page.evaluate(() => {
    const w = globalThis as unknown as { heard: Set<string>; soakChannel: BroadcastChannel };
    w.heard = new Set();
    w.soakChannel = new BroadcastChannel('dagstavlen');
    w.soakChannel.onmessage = (e: MessageEvent<{ kind: string; records?: string[] }>) => {
      if (e.data.kind === 'written') for (const k of e.data.records ?? []) w.heard.add(k);
    };
  });
}

async function forwardTo(s: Session, instant: number) {
  const now = await s.page.evaluate(() => Date.now());
  if (instant > now) await s.page.clock.fastForward(instant - now);
}

/**
 * Tap, once more if the element was replaced while being tapped: the other screen's edits redraw
 * cards at moments of their own.
 */
async function tapSteady(s: Session, target: Locator) {
  for (let t = 0; ; t++) {
    try {
      return await tap(s, target);
    } catch (err) {
      if (t >= 3 || !String(err).includes('not attached')) throw err;
    }
  }
}

/** Open three tasks, tick two steps in each, go back: a morning's use of the wall. */
async function useTheBoard(s: Session, d: number) {
  const cards = s.page.locator('[data-task]');
  const count = await cards.count();
  for (let k = 0; k < 3; k++) {
    // On its picture: a card's centre can be the face of the person it is given to, which opens
    // that person's day instead.
    await tapSteady(
      s,
      cards
        .nth((d * 5 + k * 11) % count)
        .locator(':scope > span')
        .first(),
    );
    const back = s.page.getByRole('button', BACK);
    await back.waitFor();
    const steps = s.page.locator('main label');
    const n = await steps.count();
    for (let i = 0; i < Math.min(2, n); i++) {
      // By index, never by element handle: a handle keeps its element (and the whole closed task
      // view around it) alive in the page until disposed, which once looked like the app leaking.
      const was = await s.page.locator('main input[type="checkbox"]').nth(i).isChecked();
      await tap(s, steps.nth(i));
      await s.page.waitForFunction(
        ([k, w]) =>
          document.querySelectorAll<HTMLInputElement>('main input[type="checkbox"]')[k]?.checked !== w,
        [i, was] as const,
      );
    }
    // A linked screen's save also goes through timers of the page, which run on the fake clock.
    const saved = s.page.getByRole('status').filter({ hasText: 'Gemt' }).first();
    for (let t = 0; n > 0 && !(await saved.isVisible()); t++) {
      if (t > 300) throw new Error('the ticks were never saved');
      await s.page.clock.runFor(200);
      await new Promise((r) => setTimeout(r, 50));
    }
    await tap(s, back);
    await cards.first().waitFor();
  }
}

const PIN = '2468';

/**
 * Staff unlock (choosing the PIN on the first day), open a person, a task, the day's shifts and the
 * usual week, and lock again, which brings the board back: each editor opened and closed once a day.
 */
async function useTheEditors(s: Session, d: number) {
  const { page } = s;
  const typePin = async () => {
    for (const digit of PIN) await tap(s, page.getByRole('button', { name: digit, exact: true }));
    await tap(s, page.getByRole('button', { name: 'OK', exact: true }));
  };
  const lock = page.getByRole('button', { name: 'Lås', exact: true });
  await tap(s, page.getByRole('button', { name: 'Personale', exact: true }));
  if (d === 0) {
    await page.getByRole('heading', { name: 'Vælg en pinkode til personalet' }).waitFor();
    await typePin();
    await page.getByRole('heading', { name: 'Skriv den samme pinkode igen' }).waitFor();
    await typePin();
    await tap(s, page.getByRole('button', { name: 'Jeg har gemt nødkoden' }));
  } else {
    await page.getByRole('heading', { name: 'Skriv pinkoden' }).waitFor();
    await typePin();
  }
  await lock.waitFor();
  // Unlocked from the board, back on the board in edit mode; its "Personale" opens the sections.
  await tap(s, page.getByRole('button', { name: 'Personale', exact: true }));
  for (const [name, pick] of [
    ['Personer', true],
    ['Opgaver', true],
    ['Vagter på en dato', false],
    ['Den faste uge', false],
  ] as const) {
    await tap(s, page.getByRole('navigation', { name: 'Afsnit' }).getByRole('button', { name }));
    await page.getByRole('main', { name }).waitFor();
    if (!pick) continue;
    // The editor's list, then the chosen record's form in its place, and back to the list.
    const list = page.locator('main [data-record]');
    await list.first().waitFor();
    await tap(s, list.nth(d % (await list.count())));
    await page.locator('main form h2').waitFor();
    await tap(s, page.locator('main').getByRole('button', { name: /^Alle / }));
    await list.first().waitFor();
  }
  await tap(s, lock);
  await page.locator('[data-task]').first().waitFor();
}

/** Sizes from a heap snapshot: objects (data, strings, closures) apart from compiled code. */
async function heapSplit(s: Session): Promise<{ objects: number; code: number; bytecode: number }> {
  const chunks: string[] = [];
  const collect = (e: { chunk: string }) => chunks.push(e.chunk);
  s.cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await s.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  s.cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const { node_fields: fields, node_types: types } = snap.snapshot.meta;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = [
    fields.indexOf('type'),
    fields.indexOf('name'),
    fields.indexOf('self_size'),
  ];
  let objects = 0;
  let code = 0;
  let bytecode = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[0][snap.nodes[i + typeAt]!];
    const size = snap.nodes[i + sizeAt]!;
    // Native and synthetic nodes are Blink's objects and the snapshot's own grouping, not V8 heap.
    if (type === 'code') {
      code += size;
      if (snap.strings[snap.nodes[i + nameAt]!] === 'system / BytecodeArray') bytecode += size;
    } else if (type !== 'native' && type !== 'synthetic') objects += size;
  }
  return { objects, code, bytecode };
}

/**
 * Collect garbage until the counts read the same three times: two collections sometimes leave a closed view's
 * nodes uncounted-as-gone (about 1000 extra nodes in one reading out of three), a third frees them.
 */
async function measure(s: Session) {
  let last: Omit<SoakDay, 'day'> | null = null;
  let same = 0;
  for (let round = 0; round < 12; round++) {
    await s.cdp.send('HeapProfiler.collectGarbage');
    // A turn of the page's event loop between collections lets the DOM's own finalisation run.
    await s.page.evaluate(
      () =>
        new Promise<void>((ok) => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => ok();
          ch.port2.postMessage(0);
        }),
    );
    const { metrics } = await s.cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const now = {
      heap: get('JSHeapUsedSize'),
      nodes: get('Nodes'),
      listeners: get('JSEventListeners'),
      documents: get('Documents'),
    };
    same = last && now.nodes === last.nodes && now.listeners === last.listeners ? same + 1 : 0;
    last = now;
    if (same >= 3) return now;
  }
  return last!;
}
