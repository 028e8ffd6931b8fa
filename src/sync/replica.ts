// The sync worker's two directions between the board's database (IndexedDB via idb, the board's
// own store) and its replica (a PouchDB database that CouchDB replication keeps in step with the
// house server):
// - out: the outbox's net changes are written onto the replica's current documents, field by field;
// - in: documents that changed in the replica (from other screens) are checked by the same rules as
//   a backup file and written into the board's database, with this screen's own changes still on
//   their way laid on top, so nothing local is overwritten.
// Documents in conflict (two screens changed one while apart) are merged by domain/merge.ts.
import type { IDBPDatabase, StoreNames } from 'idb';
import { checkPhotoBytes, checkRecord } from '../db/door';
import { isCafeMeta, readEntries, WHOLE_CAFE } from '../db/outbox';
import {
  type BoardDB,
  CAFE_META,
  type OutboxEntry,
  RECORD_STORES,
  type RecordStore,
  SYNC_SEQ_KEY,
} from '../db/schema';
import { rebase, resolveLeaves, same, settleTaskDay } from '../domain/merge';
import type { Id, Photo, Task, TaskDay } from '../domain/types';
import { PHOTO_STORES, photoRefs } from '../photos/refs';
import { type Doc, docRecord, kindOf, metaDoc, photoDoc, recordDoc, resolvedTombstone } from './docs';

/** The part of PouchDB's API used here (typed loosely: its own types lag behind version 9). */
export interface Replica {
  allDocs(opts: { keys?: string[]; include_docs?: boolean; startkey?: string; endkey?: string }): Promise<{
    rows: {
      id: string;
      key: string;
      value?: { rev: string; deleted?: boolean };
      doc?: Doc | null;
      error?: string;
    }[];
  }>;
  bulkDocs(docs: Doc[]): Promise<{ id: string; rev?: string; error?: string | boolean; status?: number }[]>;
  get(id: string, opts?: Record<string, unknown>): Promise<unknown>;
  changes(opts: Record<string, unknown>): Promise<{
    results: { id: string; seq: number | string; deleted?: boolean; doc?: Doc; changes: { rev: string }[] }[];
    last_seq: number | string;
  }>;
}

export type BoardDb = IDBPDatabase<BoardDB>;

/** What an inbound step wrote into the board's database, for the pages to read again. */
export interface Applied {
  records: string[];
  photos: Id[];
  meta: string[];
  /** Documents refused by the checks (kept out; counted for staff). */
  refused: number;
  /** Records merged from two screens' versions (for "Dagens ændringer"). */
  merged: string[];
}

const CHUNK = 200;

const isStore = (s: unknown): s is RecordStore => (RECORD_STORES as readonly unknown[]).includes(s);

/** A record from another screen, by the same rules as a backup file (db/door.ts); null if refused. */
export function checkedRecord(store: RecordStore, raw: unknown): Record<string, unknown> | null {
  const result = checkRecord(store, raw);
  return result.ok ? (result.record as unknown as Record<string, unknown>) : null;
}

/** A photo from another screen: only what the photo intake makes (db/door.ts), whole. */
export async function checkedPhoto(doc: Doc, id: Id): Promise<Photo | null> {
  const full = doc._attachments?.full;
  const thumb = doc._attachments?.thumb;
  if (!full || !thumb || !('data' in full) || !('data' in thumb)) return null;
  const [f, t] = await Promise.all([full.data.arrayBuffer(), thumb.data.arrayBuffer()]);
  const checked = checkPhotoBytes(new Uint8Array(f), new Uint8Array(t));
  const createdAt = Number(doc.createdAt);
  if (!checked.ok || !(createdAt >= 0)) return null;
  return {
    id,
    blob: new Blob([f], { type: checked.full.type }),
    thumb: new Blob([t], { type: checked.thumb.type }),
    width: checked.full.width,
    height: checked.full.height,
    createdAt,
  };
}

async function docsById(replica: Replica, ids: string[]) {
  const out = new Map<string, { rev: string | null; deleted: boolean; doc: Doc | null }>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const { rows } = await replica.allDocs({ keys: ids.slice(i, i + CHUNK), include_docs: true });
    for (const r of rows) {
      out.set(r.key, {
        rev: r.value?.rev ?? null,
        deleted: !!r.value?.deleted,
        doc: r.value && !r.value.deleted ? (r.doc ?? null) : null,
      });
    }
  }
  return out;
}

/** Write docs; returns the ids refused because the replica changed meanwhile (tried again later). */
async function write(replica: Replica, docs: Doc[]): Promise<Set<string>> {
  const conflicted = new Set<string>();
  for (let i = 0; i < docs.length; i += CHUNK) {
    const results = await replica.bulkDocs(docs.slice(i, i + CHUNK));
    for (const r of results) {
      if (!r.error) continue;
      if (r.status === 409 || r.error === 'conflict') conflicted.add(r.id);
      else throw new Error(`replica refused ${r.id}: ${String(r.error)}`);
    }
  }
  return conflicted;
}

/** The task a day belongs to, for settling a merged day (ticks in order, done when all are). */
async function taskOf(db: BoardDb, day: TaskDay): Promise<Task | undefined> {
  return db.get('tasks', day.taskId);
}

/**
 * Take the outbox into the replica. Returns whether anything is left (a conflict with a write that
 * came in meanwhile: the next round takes it onto the new version).
 */
export async function drainOutbox(db: BoardDb, replica: Replica): Promise<boolean> {
  const entries = await db.getAll('outbox');
  if (entries.length === 0) return false;
  if (entries.some((e) => e.key === WHOLE_CAFE)) {
    await pushWholeCafe(db, replica);
    await forget(db, entries);
    return false;
  }
  const recordEntries = entries.filter((e) => isStore(e.store));
  const photoIds = new Set(entries.filter((e) => e.key.startsWith('photos:')).map((e) => e.key.slice(7)));
  const metaKeys = entries.filter((e) => e.key.startsWith('meta:')).map((e) => e.key.slice(5));

  const current = await docsById(
    replica,
    recordEntries.map((e) => e.key),
  );
  const docs: Doc[] = [];
  for (const e of recordEntries) {
    const store = e.store!;
    const now = current.get(e.key);
    const existed = now?.rev != null;
    // Never in the replica (made before joining and not sent yet): as a new record.
    const edit = existed ? e : { ...e, before: null };
    const stored = now?.doc ? docRecord(now.doc) : null;
    let next = rebase<Record<string, unknown>>(store, edit, stored);
    if (next && store === 'taskDays')
      next = settleTaskDay(
        next as unknown as TaskDay,
        await taskOf(db, next as unknown as TaskDay),
      ) as unknown as Record<string, unknown>;
    if (same(next, stored)) continue;
    if (next) {
      docs.push(recordDoc(store, next, now?.rev ?? undefined));
      for (const id of photoRefs(store, next)) photoIds.add(id);
    } else if (now?.doc && now.rev) docs.push({ _id: e.key, _rev: now.rev, _deleted: true });
  }
  // A photo a record points to must be live in the replica (the server's sweep may have removed it).
  const photoState = await docsById(
    replica,
    [...photoIds].map((id) => `photos:${id}`),
  );
  for (const id of photoIds) {
    const state = photoState.get(`photos:${id}`);
    if (state?.doc) continue;
    const photo = await db.get('photos', id);
    if (photo) docs.push(photoDoc(photo, state?.rev ?? undefined));
  }
  if (metaKeys.length) {
    const metaState = await docsById(
      replica,
      metaKeys.map((k) => `meta:${k}`),
    );
    for (const key of metaKeys) {
      const stored = await db.get('meta', key);
      const state = metaState.get(`meta:${key}`);
      if (stored === undefined) continue;
      if (state?.doc && same(state.doc.value, stored.value)) continue;
      docs.push(metaDoc(key, stored.value, state?.rev ?? undefined));
    }
  }
  const conflicted = await write(replica, docs);
  await forget(
    db,
    entries.filter((e) => !conflicted.has(e.key)),
  );
  return conflicted.size > 0;
}

/** Delete the entries taken, unless the board wrote to them again meanwhile (their n grew). */
async function forget(db: BoardDb, taken: readonly OutboxEntry[]) {
  if (taken.length === 0) return;
  const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
  const now = await Promise.all(taken.map((e) => tx.store.get(e.key)));
  taken.forEach((e, i) => {
    if (now[i] && now[i]!.n === e.n) void tx.store.delete(e.key).catch(() => undefined);
  });
  await tx.done;
}

/**
 * The whole café as this screen has it becomes the replica's: every record written or deleted,
 * every photo sent, the café's settings (first join to an empty server; a backup restored here).
 */
export async function pushWholeCafe(db: BoardDb, replica: Replica): Promise<void> {
  const { rows } = await replica.allDocs({ include_docs: true });
  const there = new Map(rows.map((r) => [r.id, r]));
  const docs: Doc[] = [];
  const here = new Set<string>();
  for (const store of RECORD_STORES) {
    for (const record of await db.getAll(store)) {
      const id = `${store}:${record.id}`;
      here.add(id);
      const row = there.get(id);
      if (row?.doc && same(docRecord(row.doc), record)) continue;
      docs.push(recordDoc(store, record, row?.value?.rev));
    }
  }
  for (const key of CAFE_META) {
    const stored = await db.get('meta', key);
    here.add(`meta:${key}`);
    const row = there.get(`meta:${key}`);
    if (stored === undefined || (row?.doc && same(row.doc.value, stored.value))) continue;
    docs.push(metaDoc(key, stored.value, row?.value?.rev));
  }
  for (const row of rows) {
    const kind = kindOf(row.id);
    if (!kind || kind.kind === 'photo' || here.has(row.id) || !row.value || row.value.deleted) continue;
    docs.push({ _id: row.id, _rev: row.value.rev, _deleted: true });
  }
  await write(replica, docs);
  // Photos last, a few at a time: each is up to 400 kB.
  for (const id of await db.getAllKeys('photos')) {
    const row = there.get(`photos:${id}`);
    if (row?.value && !row.value.deleted) continue;
    const photo = await db.get('photos', id);
    if (photo) await write(replica, [photoDoc(photo, row?.value?.rev)]);
  }
}

/**
 * Merge a document written apart on two screens. The same leaves give the same writes on every
 * screen (sorted keys, deterministic revisions), so screens resolving at once agree. A deletion
 * wins over an edit: a deleted task stays deleted.
 */
export async function resolveConflict(db: BoardDb, replica: Replica, docId: string): Promise<boolean> {
  const kind = kindOf(docId);
  const leaves = ((await replica.get(docId, { open_revs: 'all' })) as { ok?: Doc }[])
    .map((l) => l.ok)
    .filter((d): d is Doc => !!d);
  const live = leaves.filter((d) => !d._deleted);
  const deletions = leaves.filter((d) => d._deleted && !d.resolved);
  if (live.length === 0 || live.length + deletions.length < 2) return false;
  if (deletions.length > 0) {
    await write(
      replica,
      [...live, ...deletions].map((d) => resolvedTombstone(docId, d._rev!)),
    );
    return true;
  }
  const winner = (await replica.get(docId)) as Doc;
  let merged: Record<string, unknown>;
  if (kind?.kind === 'record') {
    merged = resolveLeaves(
      kind.store,
      live.map((d) => ({ rev: d._rev!, record: docRecord(d) })),
    );
    if (kind.store === 'taskDays')
      merged = settleTaskDay(
        merged as unknown as TaskDay,
        await taskOf(db, merged as unknown as TaskDay),
      ) as unknown as Record<string, unknown>;
  } else {
    // A photo is written once; shared settings: the winner as it is.
    merged = docRecord(winner);
  }
  const base = kind?.kind === 'record' ? recordDoc(kind.store, merged, winner._rev) : { ...winner };
  if (kind?.kind !== 'record') delete base._conflicts;
  const losers = live.filter((d) => d._rev !== winner._rev).map((d) => resolvedTombstone(docId, d._rev!));
  await write(replica, [base, ...losers]);
  return true;
}

/**
 * Documents that changed in the replica since `since`, into the board's database. Returns what
 * was written and the sequence to go on from; conflicts found on the way are merged first.
 */
export async function takeIn(
  db: BoardDb,
  replica: Replica,
  since: number | string,
  limit = 100,
): Promise<{ applied: Applied; last: number | string; more: boolean }> {
  const { results, last_seq } = await replica.changes({
    since,
    limit,
    include_docs: true,
    style: 'all_docs',
  });
  const applied: Applied = { records: [], photos: [], meta: [], refused: 0, merged: [] };
  const wanted: { store: RecordStore; id: Id; key: string; record: Record<string, unknown> | null }[] = [];
  const photoDocs: Id[] = [];
  const gonePhotos: { id: Id; rev: string }[] = [];
  const metaDocs: { key: string; value: unknown }[] = [];
  for (const change of results) {
    const kind = kindOf(change.id);
    if (!kind) continue;
    if (change.changes.length > 1 && (await resolveConflict(db, replica, change.id))) {
      // The merge comes back as a change of its own; take that one.
      if (kind.kind === 'record') applied.merged.push(change.id);
      continue;
    }
    const doc = change.doc;
    if (kind.kind === 'record') {
      if (change.deleted || !doc || doc._deleted) {
        wanted.push({ store: kind.store, id: kind.id, key: change.id, record: null });
        continue;
      }
      const record = checkedRecord(kind.store, docRecord(doc));
      if (!record || record.id !== kind.id) {
        applied.refused++;
        continue;
      }
      wanted.push({ store: kind.store, id: kind.id, key: change.id, record });
    } else if (kind.kind === 'photo') {
      if (!change.deleted && doc && !doc._deleted) photoDocs.push(kind.id);
      else gonePhotos.push({ id: kind.id, rev: change.changes[0]?.rev ?? '' });
    } else if (isCafeMeta(kind.key) && doc && !doc._deleted) {
      metaDocs.push({ key: kind.key, value: doc.value });
    }
  }
  if (gonePhotos.length) await keepUsedPhotos(db, replica, gonePhotos);
  // Photos are read with their bytes before the write (no other await may happen inside it), and
  // so are photos that records now point to but this screen lacks (a sweep removed them here).
  const needed = new Set(photoDocs);
  for (const w of wanted) for (const id of photoRefs(w.store, w.record)) needed.add(id);
  const have = new Set(await db.getAllKeys('photos'));
  const photos: Photo[] = [];
  for (const id of needed) {
    if (have.has(id)) continue;
    const doc = (await replica
      .get(`photos:${id}`, { attachments: true, binary: true })
      .catch(() => null)) as Doc | null;
    if (!doc) continue;
    const photo = await checkedPhoto(doc, id);
    if (photo) photos.push(photo);
    else applied.refused++;
  }

  const touched = new Set<StoreNames<BoardDB>>(wanted.map((w) => w.store));
  // Records that point to photos: read with them to see whether a photo lost its last pointer.
  if (wanted.some((w) => (PHOTO_STORES as readonly string[]).includes(w.store)))
    for (const s of PHOTO_STORES) touched.add(s);
  const stores: StoreNames<BoardDB>[] = [...touched, 'photos', 'meta', 'outbox'];
  const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  const quiet = (r: Promise<unknown>) => void r.catch(() => undefined);
  try {
    const [stored, pending] = await Promise.all([
      Promise.all(wanted.map((w) => tx.objectStore(w.store).get(w.id))),
      readEntries(tx, [...wanted.map((w) => w.key), ...metaDocs.map((m) => `meta:${m.key}`)]),
    ]);
    const leaving = new Set<Id>();
    wanted.forEach((w, i) => {
      // This screen's own change, not yet in the replica, stays on top of what came in.
      const mine = pending.get(w.key);
      const next = mine ? rebase(w.store, mine, w.record) : w.record;
      if (same(next, stored[i] ?? null)) return;
      const store = tx.objectStore(w.store);
      quiet(next ? store.put(next as never) : store.delete(w.id));
      applied.records.push(w.key);
      for (const id of photoRefs(w.store, stored[i]))
        if (!photoRefs(w.store, next).includes(id)) leaving.add(id);
    });
    for (const p of photos) {
      quiet(tx.objectStore('photos').put(p));
      applied.photos.push(p.id);
    }
    // A photo whose last pointer another screen removed goes here too, as with an edit made here.
    if (leaving.size && stores.includes('tasks') && stores.includes('people')) {
      const [tasks, people] = await Promise.all([
        tx.objectStore('tasks').getAll(),
        tx.objectStore('people').getAll(),
      ]);
      for (const r of tasks) for (const id of photoRefs('tasks', r)) leaving.delete(id);
      for (const r of people) for (const id of photoRefs('people', r)) leaving.delete(id);
      for (const id of leaving) quiet(tx.objectStore('photos').delete(id));
    }
    const metaStored = await Promise.all(metaDocs.map((m) => tx.objectStore('meta').get(m.key)));
    metaDocs.forEach((m, i) => {
      if (pending.has(`meta:${m.key}`) || same(metaStored[i]?.value, m.value)) return;
      quiet(tx.objectStore('meta').put({ key: m.key, value: m.value }));
      applied.meta.push(m.key);
    });
    quiet(tx.objectStore('meta').put({ key: SYNC_SEQ, value: last_seq }));
    await tx.done;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      /* already finished */
    }
    throw err;
  }
  return { applied, last: last_seq, more: results.length === limit };
}

/** Where the inbound side goes on from (stored with what it wrote, so a crash repeats nothing lost). */
export const SYNC_SEQ = SYNC_SEQ_KEY;

/**
 * A screen joining a café that is already on the server: everything in the replica becomes this
 * screen's café, in one transaction (checked record by record; the café's PIN and settings too).
 */
export async function takeWholeCafe(
  db: BoardDb,
  replica: Replica,
): Promise<{ refused: number; seq: number | string }> {
  const { results, last_seq } = await replica.changes({ since: 0, include_docs: true, style: 'all_docs' });
  let refused = 0;
  const records: { store: RecordStore; record: Record<string, unknown> }[] = [];
  const meta: { key: string; value: unknown }[] = [];
  const photoIds: Id[] = [];
  for (const change of results) {
    const kind = kindOf(change.id);
    const doc = change.doc;
    if (!kind || change.deleted || !doc || doc._deleted) continue;
    if (kind.kind === 'record') {
      const record = checkedRecord(kind.store, docRecord(doc));
      if (record && record.id === kind.id) records.push({ store: kind.store, record });
      else refused++;
    } else if (kind.kind === 'photo') photoIds.push(kind.id);
    else if (isCafeMeta(kind.key)) meta.push({ key: kind.key, value: doc.value });
  }
  const photos: Photo[] = [];
  for (const id of photoIds) {
    const doc = (await replica.get(`photos:${id}`, { attachments: true, binary: true })) as Doc;
    const photo = await checkedPhoto(doc, id);
    if (photo) photos.push(photo);
    else refused++;
  }
  const all: StoreNames<BoardDB>[] = [...RECORD_STORES, 'photos', 'meta', 'history', 'outbox'];
  const tx = db.transaction(all, 'readwrite', { durability: 'strict' });
  const quiet = (r: Promise<unknown>) => void r.catch(() => undefined);
  for (const s of [...RECORD_STORES, 'photos', 'history', 'outbox'] as const)
    quiet(tx.objectStore(s).clear());
  for (const { store, record } of records) quiet(tx.objectStore(store).put(record as never));
  for (const p of photos) quiet(tx.objectStore('photos').put(p));
  for (const key of CAFE_META) quiet(tx.objectStore('meta').delete(key));
  for (const m of meta) quiet(tx.objectStore('meta').put(m));
  quiet(tx.objectStore('meta').put({ key: SYNC_SEQ, value: last_seq }));
  // A café taken from the server is never replaced by the demo on the next start.
  quiet(tx.objectStore('meta').put({ key: 'demo', value: { joinedAt: Date.now() } }));
  await tx.done;
  return { refused, seq: last_seq };
}

/** A photo nothing points to is deleted from the server this long after it was made. */
const PHOTO_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Photos no record in the café points to leave the server too (a replaced task photo, a withdrawn
 * portrait). Every screen may run it: the same deletion of the same revision is the same revision
 * everywhere. A screen that still uses a photo swept meanwhile puts it back (keepUsedPhotos).
 */
export async function sweepPhotos(replica: Replica, now: number): Promise<number> {
  const used = new Set<Id>();
  for (const store of PHOTO_STORES) {
    const { rows } = await replica.allDocs({
      startkey: `${store}:`,
      endkey: `${store}:\ufff0`,
      include_docs: true,
    });
    for (const r of rows) if (r.doc) for (const id of photoRefs(store, docRecord(r.doc))) used.add(id);
  }
  const { rows } = await replica.allDocs({
    startkey: 'photos:',
    endkey: 'photos:\ufff0',
    include_docs: true,
  });
  const gone = rows.filter(
    (r) => r.doc && r.value && !used.has(r.id.slice(7)) && now - Number(r.doc.createdAt) > PHOTO_GRACE_MS,
  );
  await write(
    replica,
    gone.map((r) => ({ _id: r.id, _rev: r.value!.rev, _deleted: true })),
  );
  return gone.length;
}

/** A photo deleted elsewhere while a record here still points to it goes back up. */
async function keepUsedPhotos(db: BoardDb, replica: Replica, gone: { id: Id; rev: string }[]) {
  const used = new Set<Id>();
  for (const store of PHOTO_STORES)
    for (const r of await db.getAll(store)) for (const id of photoRefs(store, r)) used.add(id);
  const back: Doc[] = [];
  for (const { id, rev } of gone) {
    if (!used.has(id)) continue;
    const photo = await db.get('photos', id);
    if (photo) back.push(photoDoc(photo, rev));
  }
  if (back.length) await write(replica, back);
}
