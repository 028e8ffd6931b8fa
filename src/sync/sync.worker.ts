// Several screens: CouchDB replication with the house server, off the main thread, so catching up
// never holds up a tap. Only the one page that holds the sync lock runs it (sync/link.ts). The
// board's database stays its own store; this worker keeps a PouchDB replica in step with it
// (sync/replica.ts) and the replica in step with the server (live replication with a watchdog).
import { type IDBPDatabase, wrap } from 'idb';
import http from 'pouchdb-adapter-http';
import idbAdapter from 'pouchdb-adapter-indexeddb';
import PouchDB, { type Emitter } from 'pouchdb-core';
import replication from 'pouchdb-replication';
import { openAsItIs } from '../db/open';
import { type BoardDB, SYNC_KEY } from '../db/schema';
import { CHANNEL_NAME, type ChannelMessage } from '../platform/channel';
import {
  REPLICA_NAME,
  remoteDbUrl,
  type SyncLink,
  type SyncStatus,
  type ToPage,
  type ToWorker,
} from './protocol';
import { drainOutbox, type Replica, SYNC_SEQ, sweepPhotos, takeIn, takeWholeCafe } from './replica';

strictWrites();
PouchDB.plugin(idbAdapter).plugin(http).plugin(replication);

/** Retries wait at most this long (PouchDB's own back-off grows to minutes). */
const MAX_BACK_OFF = 30_000;
/** The watchdog looks this often. */
const WATCH_EVERY = 10_000;
/** Replication that has not said anything this long while this screen has changes to send has stalled. */
const STALL_AFTER = 60_000;

type Pouch = import('pouchdb-core').Database & Replica;
interface Live {
  cancel(): void;
  on(event: string, fn: (info: unknown) => void): Live;
}

const channel = new BroadcastChannel(CHANNEL_NAME);
let db: IDBPDatabase<BoardDB> | null = null;
let replica: Pouch | null = null;
let remote: Pouch | null = null;
let link: SyncLink | null = null;
let live: Live | null = null;
let feed: { cancel(): void } | null = null;
let watchdog: ReturnType<typeof setInterval> | undefined;
let lastEvent = Date.now();
let status: SyncStatus = { state: 'starting', lastInStep: null, pending: 0, refused: 0 };

function say(next: Partial<SyncStatus>) {
  status = { ...status, ...next };
  const message: ChannelMessage = { kind: 'sync', status };
  channel.postMessage(message);
  post({ kind: 'status', status });
}
const post = (m: ToPage) => postMessage(m);

addEventListener('message', (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.kind === 'start') void start(m.dbName, m.link);
  else if (m.kind === 'nudge') nudge();
  else if (m.kind === 'leave') void leave();
});
addEventListener('online', () => nudge());
channel.addEventListener('message', (e: MessageEvent<ChannelMessage>) => {
  if (e.data.kind === 'written' || e.data.kind === 'replaced') schedule();
});

async function start(dbName: string, given: SyncLink) {
  try {
    link = given;
    db = wrap(await openAsItIs(dbName)) as IDBPDatabase<BoardDB>;
    replica = new PouchDB(REPLICA_NAME, {
      adapter: 'indexeddb',
      revs_limit: 20,
      auto_compaction: true,
    } as never) as Pouch;
    remote = new PouchDB(remoteDbUrl(given), {
      skip_setup: true,
      auth: { username: given.user, password: given.password },
    } as never) as Pouch;
    if (given.mode !== 'live') await join(given.mode);
    startLive();
    const changes = replica.changes({ since: 'now', live: true }) as unknown as Emitter<unknown>;
    changes.on('change', () => schedule());
    feed = changes;
    watchdog = setInterval(() => void watch(), WATCH_EVERY);
    schedule();
  } catch (err) {
    say({ state: problemOf(err), detail: String((err as Error)?.message ?? err) });
    // A screen that cannot start its replication keeps working; the watchdog tries again.
    watchdog ??= setInterval(() => void watch(), WATCH_EVERY);
  }
}

/** The first time: send the café up (an empty server) or take the server's café (it has one). */
async function join(mode: 'push' | 'pull') {
  say({ state: 'joining' });
  if (mode === 'pull') {
    await replica!.replicate.from(remote!, { batch_size: 100 });
    const { refused } = await takeWholeCafe(db!, replica!);
    await setMode('live');
    say({ refused });
    channel.postMessage({ kind: 'replaced' } satisfies ChannelMessage);
  } else {
    // The join wrote '*' into the outbox: the whole café goes into the replica, then up.
    await drainOutbox(db!, replica!);
    await replica!.replicate.to(remote!, { batch_size: 50 });
    await setMode('live');
  }
}

async function setMode(mode: SyncLink['mode']) {
  const stored = await db!.get('meta', SYNC_KEY);
  if (!stored) return;
  link = { ...(stored.value as SyncLink), mode };
  await db!.put('meta', { key: SYNC_KEY, value: link });
}

function startLive() {
  live?.cancel();
  lastEvent = Date.now();
  live = replica!.sync(remote!, {
    live: true,
    retry: true,
    batch_size: 100,
    back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(MAX_BACK_OFF, delay * 2)),
  } as never) as unknown as Live;
  live
    .on('change', () => {
      lastEvent = Date.now();
    })
    .on('active', () => {
      lastEvent = Date.now();
      if (status.state !== 'in-step') say({ state: 'catching-up' });
    })
    .on('paused', (err) => {
      lastEvent = Date.now();
      if (err) say({ state: 'offline', detail: String((err as Error)?.message ?? err) });
      else void settled();
    })
    .on('denied', (err) => say({ state: 'failed', detail: String((err as Error)?.message ?? err) }))
    .on('error', (err) => {
      // Refused for good (a deleted login, a deleted café): retrying will not help until staff act.
      say({ state: problemOf(err), detail: String((err as Error)?.message ?? err) });
    });
}

let lastSweep = 0;
/** Replication is idle without an error: in step, once this screen's own changes have gone too. */
async function settled() {
  if (!db) return;
  const pending = await db.count('outbox');
  if (pending === 0) say({ state: 'in-step', lastInStep: Date.now(), pending, detail: undefined });
  // Once a day, in a quiet moment: photos nothing points to leave the server.
  if (replica && Date.now() - lastSweep > 24 * 60 * 60 * 1000) {
    lastSweep = Date.now();
    await sweepPhotos(replica, Date.now()).catch(() => undefined);
  } else {
    say({ pending });
    schedule();
  }
}

let running = false;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(delay = 0) {
  clearTimeout(timer);
  timer = setTimeout(() => void pump(), delay);
}

/** Out, then in, until nothing is left; one at a time. */
async function pump() {
  if (!db || !replica) return;
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      const left = await drainOutbox(db, replica);
      let since = ((await db.get('meta', SYNC_SEQ))?.value as number | string | undefined) ?? 0;
      for (;;) {
        const step = await takeIn(db, replica, since);
        since = step.last;
        const { records, photos, meta, refused, merged } = step.applied;
        if (records.length || photos.length || meta.length) {
          const message: ChannelMessage = { kind: 'written', records, photos, meta };
          channel.postMessage(message);
        }
        if (merged.length) post({ kind: 'merged', keys: merged });
        if (refused) say({ refused: status.refused + refused });
        if (!step.more) break;
      }
      if (left) again = true;
    } while (again);
    say({ pending: await db.count('outbox') });
  } catch (err) {
    say({ detail: String((err as Error)?.message ?? err) });
    schedule(5000);
  } finally {
    running = false;
  }
}

/** The house server answers: in step again at once, not after the back-off. */
async function reachable(): Promise<boolean> {
  if (!link) return false;
  try {
    const auth = btoa(unescape(encodeURIComponent(`${link.user}:${link.password}`)));
    const r = await fetch(remoteDbUrl(link), {
      headers: { Authorization: `Basic ${auth}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(8000),
    });
    return r.ok;
  } catch {
    return false;
  }
}

async function watch() {
  if (!replica || !remote) {
    if (link && db) void start(db.name, link);
    return;
  }
  const ok = await reachable();
  if (!ok) {
    if (status.state === 'in-step' || status.state === 'catching-up') say({ state: 'offline' });
    return;
  }
  const pending = db ? await db.count('outbox') : 0;
  const stalled = Date.now() - lastEvent > STALL_AFTER && (pending > 0 || status.state !== 'in-step');
  if (status.state === 'offline' || status.state === 'failed' || stalled) {
    startLive();
    schedule();
  } else if (status.state === 'in-step') say({ lastInStep: Date.now() });
}

function nudge() {
  if (status.state !== 'in-step') void watch();
  schedule();
}

async function leave() {
  clearInterval(watchdog);
  live?.cancel();
  feed?.cancel();
  try {
    await replica?.destroy();
  } catch {
    /* the replica is a mirror: gone or not, the board's own data stays */
  }
  replica = null;
  remote = null;
  post({ kind: 'left' });
}

function problemOf(err: unknown): SyncStatus['state'] {
  const s = (err as { status?: number } | null)?.status;
  if (s === 401 || s === 403) return 'login';
  if (s === 404) return 'no-cafe';
  return 'offline';
}

/**
 * Every read-write transaction in this worker asks for strict durability (PouchDB's IndexedDB
 * adapter has no option for it): the outbox entry of an edit is deleted only once the replica
 * holds the edit, and "complete" must mean on disk for that to survive a power cut.
 */
function strictWrites() {
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    stores: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    return transaction.call(
      this,
      stores,
      mode,
      mode === 'readwrite' ? { durability: 'strict', ...options } : options,
    );
  } as typeof transaction;
}
