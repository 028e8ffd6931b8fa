// Typed reads, and one write path: a batch committed in one transaction with strict durability
// (since Chrome 121 the default 'relaxed' may report success before the data is on disk).
import { type IDBPDatabase, type IDBPTransaction, type StoreNames, unwrap } from 'idb';
import type { DayKey, Id, Photo } from '../domain/types';
import { toDbError } from './errors';
import {
  type BoardDB,
  DATED_STORES,
  type DatedStore,
  type HistoryEntry,
  type LogEntry,
  type MetaEntry,
  RECORD_STORES,
  type RecordChange,
  type RecordStore,
  type Records,
} from './schema';

export interface Batch {
  records?: readonly RecordChange[];
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

  /** One strict readwrite transaction: `first` (clearing), then the batch, in that order. */
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

    commit(batch: Batch): Promise<void> {
      const stores = new Set<StoreNames<BoardDB>>();
      for (const c of batch.records ?? []) stores.add(c.store);
      if (batch.photos?.put?.length || batch.photos?.delete?.length) stores.add('photos');
      if (batch.meta?.length) stores.add('meta');
      if (batch.history?.put?.length || batch.history?.delete?.length) stores.add('history');
      if (stores.size === 0) return Promise.resolve();
      return write([...stores], batch);
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
     * The whole café at once: every record, photo and undo step goes and `next` takes their place,
     * in one transaction (settings and PIN stay, since meta is only written).
     */
    replaceCafe(next: Batch): Promise<void> {
      return write([...RECORD_STORES, 'photos', 'history', 'meta'], next, (tx) => {
        for (const s of [...RECORD_STORES, 'photos', 'history'] as const)
          void tx
            .objectStore(s)
            .clear()
            .catch(() => undefined);
      });
    },

    close(): void {
      db.close();
    },
  };
}
