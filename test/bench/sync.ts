// Several screens: two browser profiles linked through a real house server (the CouchDB stand-in).
// Measures how long an edit on one screen takes to be painted on the other, and how a wall that
// was apart for a day catches up (500 edits and 20 photos made elsewhere): the total time, and the
// longest main-thread task on the wall meanwhile (taps must stay answered).
import { type House, startHouse } from '../e2e/support/house';
import { openSession, type Session, tap } from './session';

export interface SyncRun {
  /** Edit on screen A (the tap) to the frame on screen B that shows it, ms. */
  editToPaint: number[];
  catchUp: { edits: number; photos: number; ms: number; longestTaskMs: number; longTasks: number };
}

export interface SyncPlan {
  startAt: number;
  ticks: number;
  edits: number;
  photos: number;
  throttle: number;
  log: (line: string) => void;
}

const CAFE = 'bench';
const LATTE = 'Lav en caffe latte';

export async function syncRun(baseURL: string, plan: SyncPlan): Promise<SyncRun> {
  const house = await startHouse();
  const sessions: Session[] = [];
  try {
    const pw = await house.setupCafe(CAFE, ['bench-a', 'bench-b']);
    const a = await openSession({ baseURL, probe: { startAt: plan.startAt } });
    sessions.push(a);
    const b = await openSession({ baseURL, probe: { startAt: plan.startAt }, throttle: plan.throttle });
    sessions.push(b);
    for (const s of [a, b]) {
      await s.page.goto('/');
      await s.page.locator('[data-task]').first().waitFor();
    }
    // Linked as "Forbind skærmen" links them (the same records), without the typing.
    await link(a, { url: house.url, cafe: CAFE, user: 'bench-a', password: pw['bench-a']!, mode: 'push' });
    await waitFor(() => docCount(house).then((n) => n > 50));
    await link(b, { url: house.url, cafe: CAFE, user: 'bench-b', password: pw['bench-b']!, mode: 'pull' });
    const stationsOf = (s: Session) =>
      read(s, 'stations').then((r) =>
        r
          .map((x) => x.id)
          .sort()
          .join(),
      );
    await waitFor(async () => (await stationsOf(a)) === (await stationsOf(b)));
    await b.page.locator('[data-task]').filter({ hasText: LATTE }).waitFor();
    plan.log('two screens in step');

    const editToPaint = await ticks(a, b, plan.ticks);
    plan.log(`edit → paint on the other screen: ${editToPaint.map((x) => x.toFixed(0)).join(', ')} ms`);
    const catchUp = await apart(house, a, b, plan);
    plan.log(
      `caught up with ${catchUp.edits} edits and ${catchUp.photos} photos in ${catchUp.ms.toFixed(0)} ms; longest task ${catchUp.longestTaskMs.toFixed(0)} ms`,
    );
    return { editToPaint, catchUp };
  } finally {
    for (const s of sessions) await s.close();
    await house.stop();
  }
}

export interface Linking {
  url: string;
  cafe: string;
  user: string;
  password: string;
  mode: 'push' | 'pull';
}

/** Store this screen's link (and for the first screen the whole café to send) as joining does, then start again. */
export async function link(s: Session, l: Linking) {
  await s.page.evaluate(async (link) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    await new Promise<void>((ok, no) => {
      const tx = db.transaction(['meta', 'outbox'], 'readwrite', { durability: 'strict' });
      tx.objectStore('outbox').clear();
      if (link.mode === 'push') tx.objectStore('outbox').put({ key: '*', n: Date.now() });
      tx.objectStore('meta').put({ key: 'sync', value: { ...link, joinedAt: Date.now() } });
      tx.oncomplete = () => ok();
      tx.onabort = () => no(tx.error);
    });
    db.close();
  }, l);
  await s.page.reload();
  await s.page.locator('[data-task]').first().waitFor();
}

export function read(s: Session, store: string): Promise<{ id: string; [k: string]: unknown }[]> {
  return s.page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const rows = await new Promise<unknown[]>((ok) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return rows as { id: string }[];
  }, store);
}

function keys(s: Session, store: string): Promise<string[]> {
  return s.page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const rows = await new Promise<IDBValidKey[]>((ok) => {
      const r = db.transaction(name).objectStore(name).getAllKeys();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return rows as string[];
  }, store);
}

async function waitFor(ready: () => Promise<boolean>, timeoutMs = 120_000, every = 100) {
  const until = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > until) throw new Error('the screens did not get in step');
    await new Promise((r) => setTimeout(r, every));
  }
}

export const auth = (house: House) =>
  `Basic ${Buffer.from(`${house.admin.name}:${house.admin.password}`).toString('base64')}`;

async function docCount(house: House): Promise<number> {
  const r = await fetch(house.dbUrl(CAFE), { headers: { Authorization: auth(house) } });
  return ((await r.json()) as { doc_count: number }).doc_count;
}

/** Ticks on A, each timed to B's next painted frame that shows it (wall-clock time in both pages). */
async function ticks(a: Session, b: Session, n: number): Promise<number[]> {
  await b.page.evaluate((title) => {
    const w = globalThis as unknown as { seen: number[] };
    w.seen = [];
    const card = [...document.querySelectorAll('[data-task]')].find((c) => c.textContent?.includes(title))!;
    new MutationObserver(() =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => w.seen.push(performance.timeOrigin + performance.now());
        ch.port2.postMessage(0);
      }),
    ).observe(card, { subtree: true, childList: true, characterData: true });
  }, LATTE);
  await tap(a, a.page.locator('[data-task]').filter({ hasText: LATTE }));
  const steps = a.page.getByRole('checkbox');
  await steps.first().waitFor();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const before = await b.page.evaluate(() => (globalThis as unknown as { seen: number[] }).seen.length);
    const step = steps.nth(i % 2);
    const was = await step.isChecked();
    const at = Date.now();
    await tap(a, step);
    // The edit happened on A (a tap that landed while the view redrew is tapped again).
    for (let t = 0; (await step.isChecked()) === was; t++) {
      if (t % 20 === 19) await tap(a, step);
      await new Promise((r) => setTimeout(r, 25));
    }
    const handle = await b.page.waitForFunction(
      (k) => {
        const seen = (globalThis as unknown as { seen: number[] }).seen;
        return seen.length > k ? seen[seen.length - 1] : null;
      },
      before,
      { polling: 20, timeout: 60_000 },
    );
    out.push(((await handle.jsonValue()) as number) - at);
    // Let the frames settle before the next edit.
    await new Promise((r) => setTimeout(r, 300));
  }
  return out;
}

/**
 * B goes offline; the server gets `edits` task days and `photos` photos (each on a task) as another
 * screen would send them; B comes back and takes them in. Long tasks on B are watched meanwhile.
 */
async function apart(house: House, a: Session, b: Session, plan: SyncPlan) {
  await b.context.setOffline(true);
  const tasks = (await read(a, 'tasks')) as {
    id: string;
    stationId: string;
    order: string;
    steps: { id: string }[];
  }[];
  const today = new Date(plan.startAt).toISOString().slice(0, 10);
  const days = Array.from({ length: 21 }, (_, i) => {
    const d = new Date(`${today}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i - 10);
    return d.toISOString().slice(0, 10);
  });
  const docs: Record<string, unknown>[] = [];
  for (let i = 0; docs.length < plan.edits; i++) {
    const task = tasks[i % tasks.length]!;
    const day = days[Math.floor(i / tasks.length) % days.length]!;
    const done = task.steps.slice(0, 1 + (i % Math.max(1, task.steps.length))).map((s) => s.id);
    docs.push({
      _id: `taskDays:${day}/${task.id}`,
      day,
      done: false,
      doneBy: null,
      id: `${day}/${task.id}`,
      moved: false,
      order: task.order,
      owner: { id: task.stationId, kind: 'station' },
      removed: false,
      stepsDone: task.steps.length ? done : [],
      taskId: task.id,
      teacherId: null,
      updatedAt: plan.startAt + i,
    });
  }
  const pictures = await a.page.evaluate(async (n) => {
    const noise = async (w: number, h: number) => {
      const c = new OffscreenCanvas(w, h);
      const g = c.getContext('2d')!;
      const img = g.createImageData(w, h);
      for (let i = 0; i < img.data.length; i++) img.data[i] = i % 4 === 3 ? 255 : (Math.random() * 256) | 0;
      g.putImageData(img, 0, 0);
      const bytes = new Uint8Array(
        await (await c.convertToBlob({ type: 'image/webp', quality: 0.8 })).arrayBuffer(),
      );
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    };
    const out: { full: string; thumb: string }[] = [];
    for (let i = 0; i < n; i++) out.push({ full: await noise(720, 540), thumb: await noise(160, 120) });
    return out;
  }, plan.photos);
  const photoIds: string[] = [];
  pictures.forEach((p, i) => {
    const id = `bench-photo-${i}`;
    photoIds.push(id);
    docs.push({
      _id: `photos:${id}`,
      createdAt: plan.startAt,
      height: 540,
      width: 720,
      _attachments: {
        full: { content_type: 'image/webp', data: p.full },
        thumb: { content_type: 'image/webp', data: p.thumb },
      },
    });
  });
  // Edits to documents that exist carry their current revision, as another screen's would.
  const existing = (await (
    await fetch(`${house.dbUrl(CAFE)}/_all_docs`, {
      method: 'POST',
      headers: { Authorization: auth(house), 'Content-Type': 'application/json' },
      body: JSON.stringify({ keys: docs.map((d) => d._id) }),
    })
  ).json()) as { rows: { key: string; value?: { rev: string } }[] };
  const revs = new Map(existing.rows.filter((row) => row.value).map((row) => [row.key, row.value!.rev]));
  for (const d of docs) if (revs.has(String(d._id))) d._rev = revs.get(String(d._id));
  const r = await fetch(`${house.dbUrl(CAFE)}/_bulk_docs`, {
    method: 'POST',
    headers: { Authorization: auth(house), 'Content-Type': 'application/json' },
    body: JSON.stringify({ docs }),
  });
  if (!r.ok) throw new Error(`the server refused the day's edits: ${r.status}`);
  // The photos' tasks point to them in the same batch of edits elsewhere.
  const taskDocs = await Promise.all(
    photoIds.map(async (id, i) => {
      const task = tasks[i % tasks.length]!;
      const doc = (await (
        await fetch(`${house.dbUrl(CAFE)}/${encodeURIComponent(`tasks:${task.id}`)}`, {
          headers: { Authorization: auth(house) },
        })
      ).json()) as Record<string, unknown>;
      return { ...doc, photoId: id, updatedAt: plan.startAt + 10_000 + i };
    }),
  );
  await fetch(`${house.dbUrl(CAFE)}/_bulk_docs`, {
    method: 'POST',
    headers: { Authorization: auth(house), 'Content-Type': 'application/json' },
    body: JSON.stringify({ docs: taskDocs }),
  });

  await b.page.evaluate(() => {
    const w = globalThis as unknown as { longTasks: number[]; arrived: Set<string> };
    w.longTasks = [];
    // What the sync worker says it wrote, heard passively: polling the database from the page would
    // put the bench's own reads among the wall's tasks.
    w.arrived = new Set();
    const channel = new BroadcastChannel('dagstavlen');
    (globalThis as unknown as { benchChannel: BroadcastChannel }).benchChannel = channel;
    channel.onmessage = (e: MessageEvent<{ kind: string; records?: string[]; photos?: string[] }>) => {
      if (e.data.kind !== 'written') return;
      for (const k of e.data.records ?? []) w.arrived.add(k);
      for (const id of e.data.photos ?? []) w.arrived.add(`photos:${id}`);
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  if (process.env.SYNC_PROFILE) {
    await b.cdp.send('Profiler.enable');
    await b.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await b.cdp.send('Profiler.start');
  }
  if (process.env.SYNC_TRACE) {
    await b.cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'blink',
          'loading',
        ],
      },
    });
  }
  const began = Date.now();
  await b.context.setOffline(false);
  const wanted = new Set(docs.filter((d) => String(d._id).startsWith('taskDays:')).map((d) => String(d.id)));
  const expected = [...[...wanted].map((id) => `taskDays:${id}`), ...photoIds.map((id) => `photos:${id}`)];
  await waitFor(
    () =>
      b.page.evaluate(
        (all) => all.every((k) => (globalThis as unknown as { arrived: Set<string> }).arrived.has(k)),
        expected,
      ),
    300_000,
    500,
  ).catch(async (err) => {
    const missing = await b.page.evaluate(
      (all) => all.filter((k) => !(globalThis as unknown as { arrived: Set<string> }).arrived.has(k)),
      expected,
    );
    const heard = await b.page.evaluate(
      () => (globalThis as unknown as { arrived: Set<string> }).arrived.size,
    );
    throw new Error(
      `${(err as Error).message}: heard ${heard}, missing ${missing.length}: ${missing.slice(0, 5).join(', ')}`,
    );
  });
  // And really stored.
  const [storedDays, storedPhotos] = await Promise.all([keys(b, 'taskDays'), keys(b, 'photos')]);
  if (
    ![...wanted].every((id) => storedDays.includes(id)) ||
    !photoIds.every((id) => storedPhotos.includes(id))
  )
    throw new Error('the wall heard of edits it did not store');
  const ms = Date.now() - began;
  if (process.env.SYNC_TRACE) {
    const done = new Promise<string>((resolve) =>
      b.cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')),
    );
    await b.cdp.send('Tracing.end');
    const stream = await done;
    let text = '';
    for (;;) {
      const chunk = (await b.cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean };
      text += chunk.data;
      if (chunk.eof) break;
    }
    (await import('node:fs')).writeFileSync(process.env.SYNC_TRACE, text);
  }
  if (process.env.SYNC_PROFILE) {
    const { profile } = (await b.cdp.send('Profiler.stop')) as { profile: unknown };
    (await import('node:fs')).writeFileSync(process.env.SYNC_PROFILE, JSON.stringify(profile));
  }
  const longTasks = await b.page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks);
  return {
    edits: plan.edits,
    photos: plan.photos,
    ms,
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
  };
}
