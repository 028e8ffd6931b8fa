// The page's side of several screens: loaded only on a screen linked to a house server (a screen
// without one never loads any sync code). Of all tabs of one profile, the one holding the lock
// runs the sync worker; the others hear what it wrote on the channel like any other write.
import { type HistoryEntry, RECORD_STORES } from '../db/schema';
import type { StoreCore } from '../store';
import type { SyncLink, ToPage, ToWorker } from './protocol';

export interface SyncRunner {
  nudge(): void;
  /** Stop replicating and forget the replica (leaving the server; the board's data stays). */
  leave(): Promise<void>;
}

const LOCK = 'dagstavlen-sync';

let running: Promise<SyncRunner | null> | null = null;

/** Start replicating if this screen is linked; at most once per page. */
export function startSync(store: StoreCore): Promise<SyncRunner | null> {
  running ??= run(store);
  return running;
}

/** After leaving: a later join starts afresh. */
export function stopped() {
  running = null;
}

async function run(store: StoreCore): Promise<SyncRunner | null> {
  const link = store.syncLink.value;
  if (!link) return null;
  let worker: Worker | null = null;
  let release: () => void = () => undefined;
  const send = (m: ToWorker) => worker?.postMessage(m);
  const nudge = () => send({ kind: 'nudge' });
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) nudge();
  });
  addEventListener('online', nudge);

  const begin = (current: SyncLink) => {
    worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<ToPage>) => {
      const m = e.data;
      if (m.kind === 'status') store.syncStatus.value = m.status;
      else if (m.kind === 'merged') void noteMerged(store, m.keys);
    });
    send({ kind: 'start', dbName: store.repo.db.name, link: current });
  };

  if (typeof navigator.locks?.request === 'function') {
    // Held for as long as this page lives; the next tab takes over when it closes.
    void navigator.locks.request(
      LOCK,
      () =>
        new Promise<void>((done) => {
          release = done;
          const current = store.syncLink.value;
          if (current) begin(current);
          else done();
        }),
    );
  } else begin(link);

  return {
    nudge,
    async leave() {
      if (worker) {
        const w = worker;
        const left = new Promise<void>((done) => {
          w.addEventListener('message', (e: MessageEvent<ToPage>) => {
            if (e.data.kind === 'left') done();
          });
          setTimeout(done, 5000);
        });
        send({ kind: 'leave' });
        await left;
        w.terminate();
      }
      worker = null;
      release();
      stopped();
    },
  };
}

/** A record merged from two screens' versions goes into "Dagens ændringer" on this screen. */
async function noteMerged(store: StoreCore, keys: string[]) {
  for (const key of keys) {
    const at = key.indexOf(':');
    const storeName = key.slice(0, at);
    const id = key.slice(at + 1);
    if (!(RECORD_STORES as readonly string[]).includes(storeName)) continue;
    await noteRemote(store, ['merged', nameOf(store, storeName, id)]);
  }
}

/** Something another screen did, listed among this screen's changes; never undone here. */
function noteRemote(store: StoreCore, label: string[]): Promise<void> {
  const { records, repo } = store;
  return records.inTurn(async () => {
    const list = records.history.value;
    const entry: HistoryEntry = {
      seq: (list.at(-1)?.seq ?? 0) + 1,
      at: Date.now(),
      label: JSON.stringify(label),
      changes: [],
      undone: false,
      remote: true,
    };
    await repo.commit({ history: { put: [entry] } });
    records.setHistory([...list, entry]);
  });
}

function nameOf(store: StoreCore, storeName: string, id: string): string {
  const v = store.records.view;
  if (storeName === 'taskDays') return v.tasks.value.get(id.slice(id.indexOf('/') + 1))?.title ?? '';
  if (storeName === 'tasks') return v.tasks.value.get(id)?.title ?? '';
  if (storeName === 'people') return v.people.value.get(id)?.name ?? '';
  if (storeName === 'stations') return v.stations.value.get(id)?.name ?? '';
  return '';
}
