// Typed reads, and one write path: a batch committed in one transaction with strict durability
// (since Chrome 121 the default 'relaxed' may report success before the data is on disk).
import { type IDBPDatabase, type IDBPTransaction, type StoreNames, unwrap } from 'idb';
import { rebase, same, settleTaskDay } from '../domain/merge';
import type { DayKey, Id, Photo, Task, TaskDay } from '../domain/types';
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
import {
  type BoardDB,
  DATED_STORES,
  type DatedStore,
  type HistoryEntry,
  type LogEntry,
  type MetaEntry,
  RECORD_STORES,
  type RecordChange,
  type RecordEdit,
  type RecordStore,
  type Records,
  SYNC_KEY,
  SYNC_SEQ_KEY,
} from './schema';

export interface Batch {
  records?: readonly RecordEdit[];
  photos?: { put?: readonly Photo[]; delete?: readonly Id[] };
  meta?: readonly MetaEntry[];
  history?: { put?: readonly HistoryEntry[]; delete?: readonly number[] };
}

export type TemplateStore = Exclude<RecordStore, DatedStore>;
const isDated = (store: RecordStore): store is DatedStore =>
  (DATED_STORES as readonly string[]).includes(store);
export const TEMPLATE_STORES = RECORD_STORES.filter((s): s is TemplateStore => !isDated(s));

export type RecordSets = { [S in RecordStore]: Records[S][] };

/** What the board needs to start: read in one transaction, since each transaction is a round trip. */
export interface Startup {
  /** The dated records were read for [from, to]. */
  from: DayKey;
  to: DayKey;
  sets: RecordSets;
  history: HistoryEntry[];
  meta: ReadonlyMap<string, unknown>;
  photoIds: Id[];
}

export type Repo = ReturnType<typeof createRepo>;

const metaMap = (entries: readonly MetaEntry[]) => new Map(entries.map((m) => [m.key, m.value]));

export function createRepo(db: IDBPDatabase<BoardDB>) {
  async function guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw toDbError(err);
    }
  }

  /** One strict readwrite transaction: `first` (clearing), then the batch as it is, in that order. */
  function write(
    stores: StoreNames<BoardDB>[],
    batch: Batch,
    first?: (tx: IDBPTransaction<BoardDB, StoreNames<BoardDB>[], 'readwrite'>) => void,
  ): Promise<void> {
    return guard(async () => {
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

  return {
    db,

    /**
     * Everything that is not bound to a date, dated records in [from, to], the undo history, the
     * small settings (meta) and which photos exist, in one readonly transaction. Plain IndexedDB
     * requests here: this runs before the first paint, where idb's promise per request costs.
     */
    startup(from: DayKey, to: DayKey): Promise<Startup> {
      return guard(
        () =>
          new Promise<Startup>((resolve, reject) => {
            const tx = unwrap(db).transaction([...RECORD_STORES, 'meta', 'history', 'photos'], 'readonly');
            const range = IDBKeyRange.bound(from, to);
            const got = new Map<string, unknown>();
            const read = (name: string, request: IDBRequest) => {
              request.onsuccess = () => got.set(name, request.result);
            };
            for (const store of RECORD_STORES) {
              const os = tx.objectStore(store);
              read(store, isDated(store) ? os.index('day').getAll(range) : os.getAll());
            }
            read('meta', tx.objectStore('meta').getAll());
            read('history', tx.objectStore('history').getAll());
            read('photoIds', tx.objectStore('photos').getAllKeys());
            tx.oncomplete = () => {
              const sets = Object.fromEntries(RECORD_STORES.map((s) => [s, got.get(s)])) as RecordSets;
              const meta = metaMap(got.get('meta') as MetaEntry[]);
              resolve({
                from,
                to,
                sets,
                history: got.get('history') as HistoryEntry[],
                meta,
                photoIds: got.get('photoIds') as Id[],
              });
            };
            // The failed request holds the cause; the transaction's own error is set only after.
            tx.onerror = (e) => reject((e.target as IDBRequest | null)?.error ?? tx.error);
            tx.onabort = () => reject(tx.error ?? new DOMException('Start-up read aborted', 'AbortError'));
          }),
      );
    },

    loadDated<S extends DatedStore>(store: S, from: DayKey, to: DayKey): Promise<Records[S][]> {
      return guard(
        () => db.getAllFromIndex(store, 'day', IDBKeyRange.bound(from, to)) as Promise<Records[S][]>,
      );
    },

    /** All records of one store (for per-person history such as the punch card). */
    all<S extends RecordStore>(store: S): Promise<Records[S][]> {
      return guard(() => db.getAll(store) as Promise<Records[S][]>);
    },

    /**
     * Write a batch in one strict transaction. Each record edit is applied to what is stored now,
     * not to the copy it was made from (another tab may have written since): only the fields it
     * changed are taken (domain/merge.ts). Returns the changes as written: `before` what was stored,
     * `after` what is stored now. While a house server is set up, the outbox records them too.
     */
    commit(batch: Batch): Promise<RecordChange[]> {
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
      return guard(async () => {
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
    },

    /** Records by key, in one readonly transaction (what another tab or screen wrote). */
    getRecords(
      keys: readonly { store: RecordStore; id: Id }[],
    ): Promise<(Records[RecordStore] | undefined)[]> {
      if (keys.length === 0) return Promise.resolve([]);
      return guard(() => {
        const tx = db.transaction([...new Set(keys.map((k) => k.store))], 'readonly');
        return Promise.all(keys.map((k) => tx.objectStore(k.store).get(k.id)));
      });
    },

    getPhoto(id: Id): Promise<Photo | undefined> {
      return guard(() => db.get('photos', id));
    },

    /** Several photos in one readonly transaction (a board's thumbnails together), in the order asked. */
    getPhotos(ids: readonly Id[]): Promise<(Photo | undefined)[]> {
      return guard(() => {
        const store = db.transaction('photos', 'readonly').store;
        return Promise.all(ids.map((id) => store.get(id)));
      });
    },

    photoIds(): Promise<Id[]> {
      return guard(() => db.getAllKeys('photos'));
    },

    /** All small settings (PIN, lockout, language…) by key. */
    allMeta(): Promise<ReadonlyMap<string, unknown>> {
      return guard(async () => metaMap(await db.getAll('meta')));
    },

    /** The diagnostic log is best effort: a failing log write must never break an action. */
    async log(entry: LogEntry): Promise<void> {
      try {
        await db.add('log', entry);
      } catch {
        /* nothing sensible to do: the log itself is what failed */
      }
    },

    readLog(): Promise<LogEntry[]> {
      return guard(() => db.getAll('log'));
    },

    /**
     * The whole café replaced in one transaction: every record, photo and undo step goes and `next`
     * takes their place; settings and PIN stay. With a house server, every screen gets it (the
     * outbox's '*').
     */
    replaceCafe(next: Batch): Promise<void> {
      return write([...RECORD_STORES, 'photos', 'history', 'meta', 'outbox'], next, (tx) => {
        const quiet = (request: Promise<unknown>) => void request.catch(() => undefined);
        for (const s of [...RECORD_STORES, 'photos', 'history'] as const) quiet(tx.objectStore(s).clear());
        markWholeCafe(tx, quiet);
      });
    },

    /**
     * Link this screen to a house server. `sendCafe`: this screen's café is the one the server
     * gets (the first screen to join); otherwise the server's café replaces it (the worker does).
     */
    linkServer(link: unknown, sendCafe: boolean): Promise<void> {
      return guard(async () => {
        const tx = db.transaction(['meta', 'outbox'], 'readwrite', { durability: 'strict' });
        const quiet = (request: Promise<unknown>) => void request.catch(() => undefined);
        quiet(tx.objectStore('outbox').clear());
        if (sendCafe) markWholeCafe(tx, quiet);
        quiet(tx.objectStore('meta').delete(SYNC_SEQ_KEY));
        quiet(tx.objectStore('meta').put({ key: SYNC_KEY, value: link }));
        await tx.done;
      });
    },

    /** Leave the house server: the board's data stays; what was waiting to be sent is let go. */
    unlinkServer(): Promise<void> {
      return guard(async () => {
        const tx = db.transaction(['meta', 'outbox'], 'readwrite', { durability: 'strict' });
        const quiet = (request: Promise<unknown>) => void request.catch(() => undefined);
        quiet(tx.objectStore('outbox').clear());
        quiet(tx.objectStore('meta').delete(SYNC_KEY));
        quiet(tx.objectStore('meta').delete(SYNC_SEQ_KEY));
        await tx.done;
      });
    },

    close(): void {
      db.close();
    },
  };
}
