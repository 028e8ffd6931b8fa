// Typed reads, and one write path: a batch committed in one transaction with strict durability
// (since Chrome 121 the default 'relaxed' may report success before the data is on disk).
import { type IDBPDatabase, unwrap } from 'idb';
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
  type RecordEdit,
  type RecordStore,
  type Records,
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

let loading: Promise<typeof import('./commit')> | null = null;
/** The write path's code (db/commit.ts), loaded once: at the first write, or warmed after the first paint. */
export const commitCode = () => {
  loading ??= import('./commit');
  return loading;
};

const metaMap = (entries: readonly MetaEntry[]) => new Map(entries.map((m) => [m.key, m.value]));

export function createRepo(db: IDBPDatabase<BoardDB>) {
  async function guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw toDbError(err);
    }
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
      // The merge and outbox code loads after the first paint (main.tsx warms it), not with it.
      return commitCode().then(({ commitBatch }) => commitBatch(db, batch));
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
     * takes their place; settings and PIN stay. With a house server, every screen gets it.
     */
    replaceCafe: (next: Batch): Promise<void> => commitCode().then((m) => m.replaceCafe(db, next)),

    /**
     * Link this screen to a house server. `sendCafe`: this screen's café is the one the server
     * gets (the first screen to join); otherwise the server's café replaces it (the worker does).
     */
    linkServer: (link: unknown, sendCafe: boolean): Promise<void> =>
      commitCode().then((m) => m.linkServer(db, link, sendCafe)),

    /** Leave the house server: the board's data stays; what was waiting to be sent is let go. */
    unlinkServer: (): Promise<void> => commitCode().then((m) => m.unlinkServer(db)),

    close(): void {
      db.close();
    },
  };
}
