// The retention job: the days' records (check-ins with their energy answers, who did which task,
// help requests, one-off changes) are kept for the window staff chose, 12 months unless changed,
// then deleted, and so are a person's times away that ended before the window. The punch card
// keeps every punch: what the deleted days gave is added to each person's kept punches in the
// same transaction. Undo steps that touch a deleted record go too, so an undo can never bring one
// back. Loaded after the first paint (upkeep) and with the staff area.
import { type PruneFound, type PrunePlan, pruneBefore } from '../db/retention';
import { DATED_STORES, type HistoryEntry, type RecordChange } from '../db/schema';
import { firstDayKept, KEEP_MONTHS_CHOICES, type KeepMonths, keepMonthsOf } from '../domain/retention';
import { punchesByPerson } from '../domain/together';
import type { DayKey, Id, Instant, Person } from '../domain/types';
import { saveSettings } from './boardSettings';
import type { StoreCore } from './index';

type Kept = NonNullable<Person['punchesBefore']>;

const plus = (kept: Kept | undefined, more: { tasks: number; days: number }, through: DayKey): Kept => ({
  tasks: (kept?.tasks ?? 0) + more.tasks,
  days: (kept?.days ?? 0) + more.days,
  through,
});

const isDated = (store: string) => (DATED_STORES as readonly string[]).includes(store);

/**
 * What the deletion writes beside it, decided from what it found (pure, so it can run inside the
 * transaction): every copy of a person, stored or in an undo step, gains the deleted days'
 * punches; a stored person loses the times away that ended before the first day kept; undo steps that touch a deleted record, or any record of a deleted day, are removed.
 */
export function planPrune(
  { expired, people, history }: PruneFound,
  firstKept: DayKey,
  now: Instant,
): PrunePlan {
  // Days before a person's `through` were counted already (on another screen, whose deletions may
  // not have arrived here yet): each deleted day is counted once, whichever screen deletes it.
  const gained = new Map<Id, { tasks: number; days: number }>();
  for (const p of people) {
    const from = p.punchesBefore?.through ?? '';
    const counted = punchesByPerson(
      expired.taskDays.filter((d) => d.day >= from && d.doneBy === p.id),
      expired.checkIns.filter((c) => c.day >= from && c.personId === p.id),
    ).get(p.id);
    if (counted || (p.punchesBefore && from < firstKept)) gained.set(p.id, counted ?? { tasks: 0, days: 0 });
  }
  const withGain = (p: Person): Person => {
    const more = gained.get(p.id);
    return more ? { ...p, punchesBefore: plus(p.punchesBefore, more, firstKept) } : p;
  };
  const gone = new Set(DATED_STORES.flatMap((s) => expired[s].map((r) => `${s}/${r.id}`)));
  const touchesGone = (c: RecordChange) => gone.has(`${c.store}/${c.id}`) || beforeKept(c, firstKept);
  const put: HistoryEntry[] = [];
  const remove: number[] = [];
  for (const entry of history) {
    if (entry.changes.some(touchesGone)) {
      remove.push(entry.seq);
      continue;
    }
    let changed = false;
    const changes = entry.changes.map((c) => {
      if (c.store !== 'people' || !gained.has(c.id)) return c;
      changed = true;
      return { ...c, before: c.before && withGain(c.before), after: c.after && withGain(c.after) };
    });
    if (changed) put.push({ ...entry, changes });
  }
  return {
    people: people
      .filter((p) => gained.has(p.id) || endedBefore(p, firstKept))
      .map((p) => ({ ...withoutEnded(withGain(p), firstKept), updatedAt: now })),
    history: { put, delete: remove },
  };
}

/**
 * Delete what is older than the window, in the write queue's turn (no edit saved meanwhile is
 * overwritten), then let memory follow. Returns how many records went, or null when it failed:
 * then nothing changed, and a warning is in the log.
 */
export async function pruneExpired(
  store: StoreCore,
  today: DayKey = store.board.today.value,
): Promise<number | null> {
  const { repo, records } = store;
  const firstKept = firstDayKept(today, keepMonthsOf(store.settings.value.keepMonths));
  try {
    let count = 0;
    await records.inTurn(async () => {
      const pruned = await pruneBefore(repo.db, firstKept, (found) =>
        planPrune(found, firstKept, Date.now()),
      );
      count = pruned.count;
      // Writes queued behind the job were prepared from memory as it was before it: from here on
      // each is adjusted when its turn comes (they all run after this).
      records.settleWith((changes, stored) =>
        changes.filter((c) => !beforeKept(c, firstKept)).map((c) => keepPunches(c, stored)),
      );
      if (count === 0) return;
      const dropped = new Set(pruned.history.delete);
      // At once, so an undo tapped now cannot pick a step that is gone, and a person edited now
      // starts from the kept punches.
      records.setHistory(records.history.value.filter((h) => !dropped.has(h.seq)));
      records.load({ people: pruned.people }, true);
    });
    if (count === 0) return 0;
    await repo.log({
      at: Date.now(),
      level: 'info',
      message: `retention: ${count} records before ${firstKept} deleted`,
    });
    // Memory follows in one read: records, people, undo steps, and the punch card counts again.
    // The deletion stands even if that read fails (the next start reads everything anyway).
    await store.reload().catch((err: unknown) => store.fail(err));
    store.replaced();
    return count;
  } catch (err) {
    await repo.log({ at: Date.now(), level: 'warn', message: `retention: ${String(err)}` });
    return null;
  }
}

/** Whether a person has a time away that ended before the first day kept. */
const endedBefore = (p: Person, firstKept: DayKey) => p.away?.some((a) => a.to < firstKept) ?? false;

/** A person without the times away that ended before the first day kept: those days are gone. */
function withoutEnded(p: Person, firstKept: DayKey): Person {
  if (!endedBefore(p, firstKept)) return p;
  const { away = [], ...rest } = p;
  const left = away.filter((a) => a.to >= firstKept);
  return left.length ? { ...rest, away: left } : rest;
}

/** A change to a dated record of a day before the first day kept (an undo or an edit prepared earlier). */
function beforeKept(c: RecordChange, firstKept: DayKey): boolean {
  const day = ((c.before ?? c.after) as { day?: DayKey } | null)?.day;
  return isDated(c.store) && day !== undefined && day < firstKept;
}

/** A person written from an older copy keeps the punches the job stored. */
function keepPunches(c: RecordChange, stored: (id: Id) => Person | undefined): RecordChange {
  const now = c.store === 'people' && c.after ? stored(c.id) : undefined;
  if (!now || c.store !== 'people' || !c.after || now.punchesBefore === c.after.punchesBefore) return c;
  const { punchesBefore: _, ...rest } = c.after;
  return { ...c, after: now.punchesBefore ? { ...rest, punchesBefore: now.punchesBefore } : rest };
}

/** Staff choose how long the days are kept; a shorter window deletes at once (the view asks first). */
export function createRetentionActions(store: StoreCore) {
  return {
    choices: KEEP_MONTHS_CHOICES,
    months: (): KeepMonths => keepMonthsOf(store.settings.value.keepMonths),
    /** The first day kept if `months` were chosen today (for the question before a shorter window). */
    firstKept: (months: KeepMonths): DayKey => firstDayKept(store.board.today.value, months),
    /**
     * Save the window and delete what is now older at once. `deleted` is how many records went,
     * null when the deletion failed (the setting stays; the next start or midnight tries again).
     */
    async setKeepMonths(months: KeepMonths): Promise<{ saved: boolean; deleted: number | null }> {
      if (!(KEEP_MONTHS_CHOICES as readonly number[]).includes(months))
        return { saved: false, deleted: null };
      if (!(await saveSettings(store, { keepMonths: months }))) return { saved: false, deleted: null };
      return { saved: true, deleted: await pruneExpired(store) };
    },
  };
}
