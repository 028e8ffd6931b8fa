// The café's records as signals, and the one way they change: `apply` shows a change at once
// (pending overlay), writes it in one transaction through an ordered queue, and keeps it only if
// the write succeeded. Undo and redo replay the changed fields, persisted with each edit.
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import type { RecordSets, Repo } from '../db/repo';
import {
  type HistoryEntry,
  RECORD_STORES,
  type RecordChange,
  type RecordEdit,
  type RecordStore,
  type Records,
} from '../db/schema';
import { defaultTaskDay } from '../domain/plan';
import { same } from '../domain/same';
import type { Id, Person, Photo, TaskDay } from '../domain/types';
import { PHOTO_STORES, photoRefs, withoutMissingPhotos } from '../photos/refs';

export interface ApplyOptions {
  /** A label for the readable list of changes; edits without one are not undoable (ticks). */
  label?: string;
  /** New photos the records refer to, written in the same transaction (never a dangling id). */
  photos?: readonly Photo[];
  /** Photos this change deletes for good: never kept for undo (a portrait whose consent is withdrawn). */
  forgetPhotos?: readonly Id[];
}

/** Keep at most this many undo steps. */
const HISTORY_LIMIT = 200;
/** Deleted photos kept in memory for undo in this session, at most this many. */
const TRASH_LIMIT = 40;

export interface RecordsHooks {
  /** Photos were deleted from the store (their object URLs can go). */
  photosGone?: (ids: readonly Id[]) => void;
}

interface PhotoPlan {
  put: readonly Photo[];
  drop: readonly Id[];
  /** Of `drop`: not kept in the undo trash. */
  forget?: readonly Id[];
}

export function createRecords(repo: Repo, onError: (err: unknown) => void, hooks: RecordsHooks = {}) {
  const committed = {} as { [S in RecordStore]: ReturnType<typeof signal<ReadonlyMap<Id, Records[S]>>> };
  for (const s of RECORD_STORES) committed[s] = signal(new Map()) as never;
  const pending = signal<readonly RecordChange[][]>([]);
  const history = signal<readonly HistoryEntry[]>([]);
  const saving = signal(0);
  const savedAt = signal<number | null>(null);

  /** Ids in the photos store: known from the start, kept up to date by every write. */
  const storedPhotos = new Set<Id>();
  /**
   * Photos this session deleted because nothing points to them any more, kept in memory only so
   * that an undo or redo can put them back. A restart forgets them; an undo then leaves no picture.
   */
  const trash = new Map<Id, Photo>();

  const view = {} as { [S in RecordStore]: ReadonlySignal<ReadonlyMap<Id, Records[S]>> };
  const lists = {} as { [S in RecordStore]: ReadonlySignal<readonly Records[S][]> };
  for (const s of RECORD_STORES) {
    view[s] = computed(() => {
      const base = committed[s].value as ReadonlyMap<Id, Records[typeof s]>;
      const mine = pending.value.flat().filter((c) => c.store === s);
      if (mine.length === 0) return base;
      const next = new Map(base);
      for (const c of mine) {
        if (c.after) next.set(c.id, c.after as never);
        else next.delete(c.id);
      }
      return next;
    }) as never;
    lists[s] = computed(() => [...view[s].value.values()]) as never;
  }

  function setCommitted(changes: readonly RecordChange[]) {
    const touched = new Set(changes.map((c) => c.store));
    for (const s of touched) {
      const next = new Map(committed[s].value as Map<Id, unknown>);
      for (const c of changes) {
        if (c.store !== s) continue;
        if (c.after) next.set(c.id, c.after);
        else next.delete(c.id);
      }
      committed[s].value = next as never;
    }
  }

  function load(sets: Partial<RecordSets>, merge = false) {
    batch(() => {
      for (const s of RECORD_STORES) {
        const rows = sets[s] as { id: Id }[] | undefined;
        if (!rows) continue;
        const next = merge ? new Map(committed[s].value as Map<Id, unknown>) : new Map<Id, unknown>();
        for (const r of rows) next.set(r.id, r);
        committed[s].value = next as never;
      }
    });
  }

  /**
   * Which photos a change stores and deletes: new ones, ones an undo or redo brings back from the
   * trash, and every photo whose last pointer the change removes (deleted in the same transaction).
   */
  function photoPlan(changes: readonly RecordChange[], added: readonly Photo[]): PhotoPlan {
    const leaving = new Set<Id>();
    const arriving = new Set<Id>();
    for (const c of changes) {
      for (const id of photoRefs(c.store, c.before)) leaving.add(id);
      for (const id of photoRefs(c.store, c.after)) arriving.add(id);
    }
    const back = [...arriving].filter((id) => !storedPhotos.has(id) && trash.has(id));
    const candidates = [...leaving].filter((id) => !arriving.has(id) && storedPhotos.has(id));
    if (candidates.length === 0) return { put: [...added, ...back.map((id) => trash.get(id)!)], drop: [] };
    // Photos can be shared (the demo café uses one picture for several steps): only the last goes.
    const touched = new Set(changes.map((c) => `${c.store}/${c.id}`));
    const still = new Set<Id>();
    for (const s of PHOTO_STORES)
      for (const r of view[s].value.values())
        if (!touched.has(`${s}/${r.id}`)) for (const id of photoRefs(s, r)) still.add(id);
    return {
      put: [...added, ...back.map((id) => trash.get(id)!)],
      drop: candidates.filter((id) => !still.has(id)),
    };
  }

  function keepInTrash(photo: Photo) {
    trash.set(photo.id, photo);
    if (trash.size > TRASH_LIMIT) trash.delete(trash.keys().next().value!);
  }

  /**
   * How a write is adjusted when its turn comes, given the stored person records. The retention
   * job sets it (its code loads after the first paint) so that a write prepared before it ran
   * never brings back a deleted day or overwrites a person's kept punches.
   */
  let settle = (changes: RecordEdit[], _people: (id: Id) => Person | undefined) => changes;

  let queue: Promise<unknown> = Promise.resolve();

  function enqueue(
    changes: RecordEdit[],
    hist: { put?: HistoryEntry[]; delete?: number[] } | undefined,
    nextHistory: readonly HistoryEntry[] | undefined,
    photos: PhotoPlan,
  ): Promise<boolean> {
    pending.value = [...pending.value, changes];
    saving.value++;
    // Known at once, so a quick undo right after a save sees the photo it just stored.
    for (const p of photos.put) storedPhotos.add(p.id);
    for (const id of photos.drop) storedPhotos.delete(id);
    const run = queue.then(async () => {
      try {
        const settled = settle(changes, (id) => (committed.people.value as ReadonlyMap<Id, Person>).get(id));
        // Read what will be deleted before deleting it (its own read; never inside the write).
        for (const id of photos.drop) {
          if (photos.forget?.includes(id)) continue;
          const photo = await repo.getPhoto(id);
          if (photo) keepInTrash(photo);
        }
        const written = await repo.commit({
          records: settled,
          ...(hist ? { history: hist } : {}),
          ...(photos.put.length || photos.drop.length
            ? { photos: { put: photos.put, delete: photos.drop } }
            : {}),
        });
        for (const p of photos.put) trash.delete(p.id);
        batch(() => {
          setCommitted(written);
          if (nextHistory) history.value = nextHistory;
          savedAt.value = Date.now();
        });
        if (photos.drop.length) hooks.photosGone?.(photos.drop);
        return true;
      } catch (err) {
        onError(err);
        // Nothing was written: learn again which photos are really stored.
        void repo.photoIds().then(knowPhotos, () => undefined);
        return false;
      } finally {
        batch(() => {
          pending.value = pending.value.filter((p) => p !== changes);
          saving.value--;
        });
      }
    });
    queue = run;
    return run;
  }

  /**
   * Run a read-and-take-in after every write queued before it and before any queued after it, so a
   * change saved while the read was on its way is never replaced by the read's older copy
   * (midnight's window move, an editor's days, a restore). `work` must not wait for a write.
   */
  function inTurn(work: () => Promise<void>): Promise<void> {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  }

  /** A task's day is stored only once it differs from the usual: its first write started from that. */
  function usualOf(store: RecordStore, after: unknown): unknown {
    if (store !== 'taskDays' || !after) return undefined;
    const { day, taskId } = after as TaskDay;
    const task = view.tasks.value.get(taskId);
    return task ? defaultTaskDay(task, day) : undefined;
  }

  /**
   * Records another tab or screen wrote: read them again in the queue's turn (after every write
   * queued before) and show what is stored. `keep` says which belong in memory (the days' window).
   */
  function reread(
    keys: readonly { store: RecordStore; id: Id }[],
    keep: (store: RecordStore, record: Records[RecordStore]) => boolean,
  ): Promise<void> {
    return inTurn(async () => {
      const found = await repo.getRecords(keys);
      const changes = keys.map(
        (k, i) =>
          ({
            store: k.store,
            id: k.id,
            before: null,
            after: found[i] && keep(k.store, found[i]!) ? found[i] : null,
          }) as RecordChange,
      );
      // What is on screen already stays the same object, so nothing renders for it.
      const differ = changes.filter((c) => {
        const shown = (committed[c.store].value as ReadonlyMap<Id, unknown>).get(c.id) ?? null;
        return !same(shown, c.after);
      });
      if (differ.length) setCommitted(differ);
    });
  }

  /**
   * Make a change: `before` is read from what is on screen now. `base` is what an edit started
   * from when nothing is stored (a task's day in its usual place), so that it is written field by
   * field onto whatever another tab or screen stored meanwhile.
   */
  function apply(
    edits: readonly { store: RecordStore; id: Id; after: Records[RecordStore] | null; base?: unknown }[],
    opts: ApplyOptions = {},
  ): Promise<boolean> {
    const changes = edits.map((e) => {
      const before = (view[e.store].value as ReadonlyMap<Id, unknown>).get(e.id) ?? null;
      const base = before === null ? (e.base ?? usualOf(e.store, e.after)) : undefined;
      return { store: e.store, id: e.id, after: e.after, before, ...(base ? { base } : {}) } as RecordEdit;
    });
    if (changes.length === 0) return Promise.resolve(true);
    const photos = { ...photoPlan(changes, opts.photos ?? []), forget: opts.forgetPhotos ?? [] };
    if (!opts.label) return enqueue(changes, undefined, undefined, photos);
    const current = history.value;
    const redoable = current.filter((h) => h.undone);
    const kept = current.filter((h) => !h.undone);
    const overflow = kept.length >= HISTORY_LIMIT ? kept.slice(0, kept.length - HISTORY_LIMIT + 1) : [];
    const seq = (current.at(-1)?.seq ?? 0) + 1;
    const undoable = changes.map(({ base: _, ...c }) => c as RecordChange);
    const entry: HistoryEntry = { seq, at: Date.now(), label: opts.label, changes: undoable, undone: false };
    const drop = [...redoable, ...overflow].map((h) => h.seq);
    return enqueue(
      changes,
      { put: [entry], delete: drop },
      [...kept.filter((h) => !drop.includes(h.seq)), entry],
      photos,
    );
  }

  /** Replay only the fields an entry changed, so later edits to other fields survive an undo. */
  function replay(entry: HistoryEntry, direction: 'undo' | 'redo'): RecordChange[] {
    return entry.changes.map((c) => {
      const from = (direction === 'undo' ? c.after : c.before) as Record<string, unknown> | null;
      const to = (direction === 'undo' ? c.before : c.after) as Record<string, unknown> | null;
      const current =
        (view[c.store].value as unknown as ReadonlyMap<Id, Record<string, unknown>>).get(c.id) ?? null;
      let after: unknown = to;
      if (from && to && current) {
        const next: Record<string, unknown> = { ...current };
        // A field the edit added (a person's first time away) goes again: it is absent in `to`.
        for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
          if (JSON.stringify(from[key]) === JSON.stringify(to[key])) continue;
          if (key in to) next[key] = to[key];
          else delete next[key];
        }
        after = { ...next, updatedAt: Date.now() };
      }
      return { store: c.store, id: c.id, before: current, after } as RecordChange;
    });
  }

  function step(direction: 'undo' | 'redo'): Promise<boolean> {
    const list = history.value;
    const own = list.filter((h) => !h.remote);
    const entry = direction === 'undo' ? own.filter((h) => !h.undone).at(-1) : own.find((h) => h.undone);
    if (!entry) return Promise.resolve(false);
    // A photo deleted before this session cannot come back: its pointer is left empty instead.
    const exists = (id: Id) => storedPhotos.has(id) || trash.has(id);
    const changes = replay(entry, direction).map(
      (c) => ({ ...c, after: withoutMissingPhotos(c.store, c.after, exists) }) as RecordChange,
    );
    const updated = { ...entry, undone: direction === 'undo' };
    return enqueue(
      changes,
      { put: [updated] },
      list.map((h) => (h.seq === entry.seq ? updated : h)),
      photoPlan(changes, []),
    );
  }

  /** The ids in the photos store (at start, and after the whole café was replaced or cleared). */
  function knowPhotos(ids: readonly Id[]) {
    storedPhotos.clear();
    for (const id of ids) storedPhotos.add(id);
    for (const id of trash.keys()) if (storedPhotos.has(id)) trash.delete(id);
  }

  return {
    view,
    lists,
    history: history as ReadonlySignal<readonly HistoryEntry[]>,
    saving: saving as ReadonlySignal<number>,
    savedAt: savedAt as ReadonlySignal<number | null>,
    canUndo: computed(() => history.value.some((h) => !h.undone && !h.remote)),
    canRedo: computed(() => history.value.some((h) => h.undone && !h.remote)),
    load,
    inTurn,
    reread,
    settleWith: (f: typeof settle) => {
      settle = f;
    },
    setHistory: (h: HistoryEntry[]) => {
      history.value = h.sort((a, b) => a.seq - b.seq);
    },
    apply,
    knowPhotos,
    /** Forget every deleted photo kept for undo (the café was replaced or cleared). */
    emptyTrash: () => trash.clear(),
    undo: () => step('undo'),
    redo: () => step('redo'),
    /** Resolves when every queued write has finished (for pagehide and tests). */
    flush: () => queue.then(() => undefined),
  };
}
export type RecordsState = ReturnType<typeof createRecords>;
