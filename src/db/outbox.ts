// The outbox: what this screen changed that its replica (the sync worker's PouchDB) has not taken
// yet. Written inside the transaction of the change itself, and only while a house server is set
// up, so a committed edit can never be missed and a screen without a server writes nothing extra.
import type { IDBPTransaction } from 'idb';
import type { Id } from '../domain/types';
import {
  type BoardDB,
  CAFE_META,
  type OutboxEntry,
  type RecordChange,
  type RecordStore,
  SYNC_KEY,
} from './schema';

/** The key of a record's entry (also its document id in the replica). */
export const recordKey = (store: RecordStore, id: Id) => `${store}:${id}`;
export const photoKey = (id: Id) => `photos:${id}`;
export const metaKey = (key: string) => `meta:${key}`;
/** The whole café was replaced on this screen (a backup, a snapshot, emptied, another demo). */
export const WHOLE_CAFE = '*';

export const isCafeMeta = (key: string) => (CAFE_META as readonly string[]).includes(key);

// biome-ignore lint/suspicious/noExplicitAny: any transaction that includes the outbox and meta stores
type AnyTx = IDBPTransaction<BoardDB, any, 'readwrite'>;

/** Whether this screen is linked to a house server, read inside the writing transaction. */
export async function syncing(tx: AnyTx): Promise<boolean> {
  return (await tx.objectStore('meta').get(SYNC_KEY)) !== undefined;
}

/**
 * The entries for `keys` as they are now (read before writing, in the same transaction), so each
 * write can fold into the net change since the replica last took it.
 */
export async function readEntries(tx: AnyTx, keys: readonly string[]): Promise<Map<string, OutboxEntry>> {
  const store = tx.objectStore('outbox');
  const found = await Promise.all(keys.map((k) => store.get(k)));
  const out = new Map<string, OutboxEntry>();
  found.forEach((e, i) => {
    if (e) out.set(keys[i]!, e as OutboxEntry);
  });
  return out;
}

/** Queue the outbox writes for a batch's changes (synchronously; the transaction commits them). */
export function queueEntries(
  tx: AnyTx,
  known: ReadonlyMap<string, OutboxEntry>,
  changes: readonly (RecordChange & { base?: unknown })[],
  photoIds: readonly Id[],
  metaKeys: readonly string[],
  quiet: (r: Promise<unknown>) => void,
): void {
  const store = tx.objectStore('outbox');
  const n = (key: string) => (known.get(key)?.n ?? 0) + 1;
  for (const c of changes) {
    const key = recordKey(c.store, c.id);
    const was = known.get(key);
    // The net change since the replica took it: the first "before" and the latest "after".
    const entry: OutboxEntry = was
      ? { ...was, n: n(key), after: c.after }
      : {
          key,
          n: 1,
          store: c.store,
          id: c.id,
          before: c.before,
          after: c.after,
          ...(c.before == null && c.base !== undefined ? { base: c.base } : {}),
        };
    quiet(store.put(entry));
  }
  for (const id of photoIds) quiet(store.put({ key: photoKey(id), n: n(photoKey(id)) }));
  for (const key of metaKeys) quiet(store.put({ key: metaKey(key), n: n(metaKey(key)) }));
}

/** Inside a transaction that replaced the whole café: the replica must follow all of it. */
export function markWholeCafe(tx: AnyTx, quiet: (r: Promise<unknown>) => void): void {
  const store = tx.objectStore('outbox');
  quiet(store.clear());
  quiet(store.put({ key: WHOLE_CAFE, n: Date.now() }));
}
