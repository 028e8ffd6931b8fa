// The write path of repo.commit, loaded after the first paint (it is never needed to show the board):
// each record edit applied field by field to what is stored now (domain/merge.ts), and the outbox
// written in the same transaction while a house server is set up (db/outbox.ts).
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { rebase, same, settleTaskDay } from '../domain/merge';
import type { Task, TaskDay } from '../domain/types';
import { toDbError } from './errors';
import {
  isCafeMeta,
  markWholeCafe,
  metaKey,
  photoKey,
  queueEntries,
  readEntries,
  recordKey,
  syncing,
} from './outbox';
import type { Batch } from './repo';
import {
  type BoardDB,
  RECORD_STORES,
  type RecordChange,
  type RecordEdit,
  type RecordStore,
  type Records,
  SYNC_KEY,
  SYNC_SEQ_KEY,
} from './schema';

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw toDbError(err);
  }
}

export function commitBatch(db: IDBPDatabase<BoardDB>, batch: Batch): Promise<RecordChange[]> {
  const edits = batch.records ?? [];
  const photoPuts = batch.photos?.put ?? [];
  const metaKeys = (batch.meta ?? []).map((m) => m.key).filter(isCafeMeta);
  const stores = new Set<StoreNames<BoardDB>>();
  for (const c of edits) stores.add(c.store);
  if (edits.some((c) => c.store === 'taskDays')) stores.add('tasks');
  if (photoPuts.length || batch.photos?.delete?.length) stores.add('photos');
  if (batch.meta?.length) stores.add('meta');
  if (batch.history?.put?.length || batch.history?.delete?.length) stores.add('history');
  if (stores.size === 0) return Promise.resolve([]);
  const outbox =
    db.objectStoreNames.contains('outbox') &&
    (edits.length > 0 || photoPuts.length > 0 || metaKeys.length > 0);
  if (outbox) {
    stores.add('meta');
    stores.add('outbox');
  }
  return guarded(async () => {
    const tx = db.transaction([...stores], 'readwrite', { durability: 'strict' });
    const done = tx.done;
    // Each request's own promise is settled by tx.done; an abort must not surface twice.
    const quiet = (request: Promise<unknown>) => void request.catch(() => undefined);
    try {
      // Reads first (only IndexedDB awaits in here), then every write queued at once.
      const keys = [
        ...edits.map((c) => recordKey(c.store, c.id)),
        ...photoPuts.map((p) => photoKey(p.id)),
        ...metaKeys.map(metaKey),
      ];
      const [linked, stored, tasks, known] = await Promise.all([
        outbox ? syncing(tx) : false,
        Promise.all(edits.map((c) => tx.objectStore(c.store).get(c.id))),
        Promise.all(
          edits.map((c) =>
            c.store === 'taskDays' && c.after ? tx.objectStore('tasks').get(c.after.taskId) : undefined,
          ),
        ),
        outbox ? readEntries(tx, keys) : new Map(),
      ]);
      const written = edits.map((c, i) => {
        const now = (stored[i] ?? null) as Records[RecordStore] | null;
        let after = rebase(c.store, c, now);
        if (after && c.store === 'taskDays') after = settleTaskDay(after as TaskDay, tasks[i] as Task);
        return { store: c.store, id: c.id, before: now, after, base: c.base } as RecordEdit;
      });
      const changed = written.filter((c) => !same(c.before, c.after));
      for (const c of changed) {
        const store = tx.objectStore(c.store);
        quiet(c.after ? store.put(c.after as never) : store.delete(c.id));
      }
      for (const p of photoPuts) quiet(tx.objectStore('photos').put(p));
      for (const id of batch.photos?.delete ?? []) quiet(tx.objectStore('photos').delete(id));
      for (const m of batch.meta ?? []) quiet(tx.objectStore('meta').put(m));
      for (const h of batch.history?.put ?? []) quiet(tx.objectStore('history').put(h));
      for (const seq of batch.history?.delete ?? []) quiet(tx.objectStore('history').delete(seq));
      if (linked)
        queueEntries(
          tx,
          known,
          changed,
          photoPuts.map((p) => p.id),
          metaKeys,
          quiet,
        );
      await done;
      return written.map(({ base: _, ...c }) => c as RecordChange);
    } catch (err) {
      // A request that throws (a bad key) must not let the others auto-commit.
      done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        /* already finished or aborted */
      }
      throw err;
    }
  });
}

/** One strict readwrite transaction: `first` (clearing), then the batch as it is, in that order. */
function write(
  db: IDBPDatabase<BoardDB>,
  stores: StoreNames<BoardDB>[],
  batch: Batch,
  first?: (tx: IDBPTransaction<BoardDB, StoreNames<BoardDB>[], 'readwrite'>) => void,
): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    const done = tx.done;
    try {
      // Requests are queued synchronously; the only await is the transaction itself.
      // Each request's own promise is settled by tx.done; an abort must not surface twice.
      const quiet = (request: Promise<unknown>) => void request.catch(() => undefined);
      first?.(tx);
      for (const c of batch.records ?? []) {
        const store = tx.objectStore(c.store);
        quiet(c.after ? store.put(c.after as never) : store.delete(c.id));
      }
      for (const p of batch.photos?.put ?? []) quiet(tx.objectStore('photos').put(p));
      for (const id of batch.photos?.delete ?? []) quiet(tx.objectStore('photos').delete(id));
      for (const m of batch.meta ?? []) quiet(tx.objectStore('meta').put(m));
      for (const h of batch.history?.put ?? []) quiet(tx.objectStore('history').put(h));
      for (const seq of batch.history?.delete ?? []) quiet(tx.objectStore('history').delete(seq));
    } catch (err) {
      // A request that throws at once (a bad key) must not let the others auto-commit.
      done.catch(() => undefined);
      tx.abort();
      throw err;
    }
    await done;
  });
}

/** Every record, photo and undo step goes and `next` takes their place (repo.replaceCafe). */
export function replaceCafe(db: IDBPDatabase<BoardDB>, next: Batch): Promise<void> {
  return write(db, [...RECORD_STORES, 'photos', 'history', 'meta', 'outbox'], next, (tx) => {
    const quiet = (request: Promise<unknown>) => void request.catch(() => undefined);
    for (const s of [...RECORD_STORES, 'photos', 'history'] as const) quiet(tx.objectStore(s).clear());
    markWholeCafe(tx, quiet);
  });
}

/** repo.linkServer */
export function linkServer(db: IDBPDatabase<BoardDB>, link: unknown, sendCafe: boolean): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['meta', 'outbox'], 'readwrite', { durability: 'strict' });
    const quiet = (request: Promise<unknown>) => void request.catch(() => undefined);
    quiet(tx.objectStore('outbox').clear());
    if (sendCafe) markWholeCafe(tx, quiet);
    quiet(tx.objectStore('meta').delete(SYNC_SEQ_KEY));
    quiet(tx.objectStore('meta').put({ key: SYNC_KEY, value: link }));
    await tx.done;
  });
}

/** repo.unlinkServer */
export function unlinkServer(db: IDBPDatabase<BoardDB>): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['meta', 'outbox'], 'readwrite', { durability: 'strict' });
    const quiet = (request: Promise<unknown>) => void request.catch(() => undefined);
    quiet(tx.objectStore('outbox').clear());
    quiet(tx.objectStore('meta').delete(SYNC_KEY));
    quiet(tx.objectStore('meta').delete(SYNC_SEQ_KEY));
    await tx.done;
  });
}
