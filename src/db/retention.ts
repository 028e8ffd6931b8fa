// The retention job's one transaction: every dated record before the first day kept is deleted,
// the people's kept punches and the undo history are rewritten, all or nothing. What to write
// for people and history is decided by the caller (store/retention.ts), synchronously, inside
// the transaction: no await on anything but IndexedDB in here.
import type { IDBPDatabase, StoreNames } from 'idb';
import type { DayKey, Person } from '../domain/types';
import { toDbError } from './errors';
import { queueEntries, readEntries, recordKey, syncing } from './outbox';
import {
  type BoardDB,
  DATED_STORES,
  type DatedStore,
  type HistoryEntry,
  type RecordChange,
  type Records,
} from './schema';

export type Expired = { [S in DatedStore]: Records[S][] };

export interface PruneFound {
  expired: Expired;
  people: Person[];
  history: HistoryEntry[];
}

export interface PrunePlan {
  /** People whose stored record changes (their kept punches, their times away that ended). */
  people: Person[];
  history: { put: HistoryEntry[]; delete: number[] };
}

export interface Pruned extends PrunePlan {
  expired: Expired;
  /** How many dated records were deleted. */
  count: number;
}

/**
 * Delete every dated record whose day is before `firstKept`, and write `plan(found)` in the same
 * strict transaction: a kill at any moment leaves everything before or everything after. Nothing
 * is written when nothing is old enough.
 */
export async function pruneBefore(
  db: IDBPDatabase<BoardDB>,
  firstKept: DayKey,
  plan: (found: PruneFound) => PrunePlan,
): Promise<Pruned> {
  try {
    const outbox = db.objectStoreNames.contains('outbox');
    const stores: StoreNames<BoardDB>[] = [...DATED_STORES, 'people', 'history'];
    if (outbox) stores.push('meta', 'outbox');
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    const done = tx.done;
    try {
      const before = IDBKeyRange.upperBound(firstKept, true);
      const [overrides, taskDays, checkIns, helpRequests, people, history] = await Promise.all([
        tx.objectStore('overrides').index('day').getAll(before),
        tx.objectStore('taskDays').index('day').getAll(before),
        tx.objectStore('checkIns').index('day').getAll(before),
        tx.objectStore('helpRequests').index('day').getAll(before),
        tx.objectStore('people').getAll(),
        tx.objectStore('history').getAll(),
      ]);
      const expired: Expired = { overrides, taskDays, checkIns, helpRequests };
      const count = DATED_STORES.reduce((n, s) => n + expired[s].length, 0);
      if (count === 0) {
        await done;
        return { expired, count, people: [], history: { put: [], delete: [] } };
      }
      const decided = plan({ expired, people, history });
      // With a house server, the deletions reach every screen and the server's copy too.
      const linked = outbox && (await syncing(tx));
      const changes: RecordChange[] = [
        ...DATED_STORES.flatMap((store) =>
          expired[store].map((r) => ({ store, id: r.id, before: r, after: null }) as RecordChange),
        ),
        ...decided.people.map(
          (p) =>
            ({
              store: 'people',
              id: p.id,
              before: people.find((q) => q.id === p.id) ?? null,
              after: p,
            }) as RecordChange,
        ),
      ];
      const known = linked
        ? await readEntries(
            tx,
            changes.map((c) => recordKey(c.store, c.id)),
          )
        : null;
      // Each request's own promise is settled by `done`; an abort must not surface once per request.
      const quiet = (request: Promise<unknown>) => void request.catch(() => undefined);
      for (const store of DATED_STORES)
        for (const record of expired[store]) quiet(tx.objectStore(store).delete(record.id));
      for (const person of decided.people) quiet(tx.objectStore('people').put(person));
      for (const seq of decided.history.delete) quiet(tx.objectStore('history').delete(seq));
      for (const entry of decided.history.put) quiet(tx.objectStore('history').put(entry));
      if (known) queueEntries(tx, known, changes, [], [], quiet);
      await done;
      return { ...decided, expired, count };
    } catch (err) {
      // A plan that throws or a request refused at once (a bad key): nothing may be committed.
      done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        /* already finished or aborted */
      }
      throw err;
    }
  } catch (err) {
    throw toDbError(err);
  }
}
