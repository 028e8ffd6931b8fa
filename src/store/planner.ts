// The week planner's actions: put people on shifts and take them off, set a day or a week back to
// the usual week, copy last week, and mark someone away. Every change is a dated change of a shift
// (an Override, the kind the board announces), and each intent is one undo step. Refused moves
// write nothing and say why in plain Danish.
import { addDays, isDayKey, weekdayOf } from '../domain/calendar';
import { AWAY_DAYS_MAX, AWAY_MAX, AWAY_REASONS } from '../domain/fields';
import { awayIds, daysOf, type Refusal, refusal, weekFrom } from '../domain/planner';
import { same } from '../domain/same';
import type { Away, DayKey, Id, Override, Person } from '../domain/types';
import { historyKey } from '../i18n/historyKey';
import { hours } from '../i18n/planner';
import { staffTexts } from '../i18n/staffText';
import { crewEdit, shiftName } from './crew';
import type { StoreCore } from './index';

type Edit = Parameters<StoreCore['records']['apply']>[0][number];
type ShiftOverride = Extract<Override, { kind: 'shift' }>;
export type PlannerResult = { ok: true } | { ok: false; why: string };

/** The same override apart from when it was written. */
const sameOverride = (a: ShiftOverride, b: ShiftOverride) =>
  a.targetId === b.targetId && a.cancelled === b.cancelled && same(a.patch, b.patch);

export function createPlannerActions(store: StoreCore) {
  const { records, session } = store;
  const t = () => staffTexts(store.settings.value.lang).planner;
  const no = (why: string): PlannerResult => ({ ok: false, why });
  const person = (id: Id): Person | undefined => records.view.people.value.get(id);
  const load = (from: DayKey, to: DayKey): Promise<boolean> =>
    store.ensureDays(from, to).then(
      () => true,
      (err: unknown) => {
        store.fail(err);
        return false;
      },
    );
  /** The write that takes `personId` off a shift of `day` (null: nothing to write). */
  const offShift = (day: DayKey, shift: { id: Id; personIds: readonly Id[] }, personId: Id) =>
    crewEdit(
      store,
      day,
      shift.id,
      shift.personIds.filter((p) => p !== personId),
    );
  const apply = (edits: Edit[], label: string): Promise<boolean> =>
    edits.length === 0 ? Promise.resolve(true) : records.apply(edits, { label });

  /**
   * The writes that make a day's shifts `wanted` (its shift overrides, as another week had them, or
   * none: the usual week), with everyone away that day kept off. A stored override for the same
   * shift keeps its id, so screens holding it see it change rather than go and come back.
   */
  function dayEdits(day: DayKey, wanted: readonly ShiftOverride[]): Edit[] {
    const away = awayIds(records.lists.people.value, day);
    const without = (ids: readonly Id[]) => ids.filter((p) => !away.has(p));
    const templates = records.lists.shiftTemplates.value.filter((s) => s.weekday === weekdayOf(day));
    const now = Date.now();
    const next: ShiftOverride[] = [];
    for (const o of wanted) {
      const usual = o.targetId === null ? undefined : templates.find((s) => s.id === o.targetId);
      if (o.targetId !== null && !usual) continue;
      const crew = o.patch.personIds ?? usual?.personIds ?? [];
      const patch = crew.some((p) => away.has(p)) ? { ...o.patch, personIds: without(crew) } : o.patch;
      const asUsual =
        usual &&
        !o.cancelled &&
        Object.keys(patch).every((k) => k === 'personIds') &&
        same([...(patch.personIds ?? usual.personIds)].sort(), [...usual.personIds].sort());
      if (!asUsual) next.push({ ...o, day, patch });
    }
    for (const s of templates) {
      if (next.some((o) => o.targetId === s.id) || !s.personIds.some((p) => away.has(p))) continue;
      next.push({
        id: crypto.randomUUID(),
        updatedAt: now,
        day,
        kind: 'shift',
        targetId: s.id,
        cancelled: false,
        patch: { personIds: without(s.personIds) },
      });
    }
    const stored = records.lists.overrides.value.filter(
      (o): o is ShiftOverride => o.day === day && o.kind === 'shift',
    );
    const kept = new Set<Id>();
    const edits: Edit[] = [];
    for (const o of next) {
      const was =
        o.targetId === null ? undefined : stored.find((s) => s.targetId === o.targetId && !kept.has(s.id));
      if (was) kept.add(was.id);
      if (was && sameOverride(was, o)) continue;
      const id = was?.id ?? o.id;
      edits.push({ store: 'overrides', id, after: { ...o, id, updatedAt: now } });
    }
    for (const s of stored) if (!kept.has(s.id)) edits.push({ store: 'overrides', id: s.id, after: null });
    return edits;
  }

  function refusalText(r: Refusal, personId: Id, day: DayKey): string {
    const name = person(personId)?.name ?? '';
    const words = t().refusal;
    switch (r.kind) {
      case 'same':
        return words.same(name);
      case 'overlap':
        return words.overlap(name, shiftName(store, day, r.with.id), hours(r.with.start, r.with.end));
      case 'away':
        return words.away(name);
      case 'gone':
        return words.gone;
    }
  }

  /**
   * Put a person on a shift (from another shift of that day or of `fromDay`, or from the rail), or
   * say why not. A move between days is one step too: undoing it half would leave them on both.
   */
  async function put(
    day: DayKey,
    personId: Id,
    shiftId: Id,
    fromShiftId: Id | null,
    fromDay: DayKey,
    label: (name: string, shift: string) => string,
  ): Promise<PlannerResult> {
    if (!session.unlocked.value) return no(t().locked);
    if (!(await store.haveDay(day)) || !(await store.haveDay(fromDay))) return no(t().notSaved);
    const who = person(personId);
    const plan = store.board.planOf(day);
    const to = plan.shifts.find((s) => s.id === shiftId);
    if (!who || !to) return no(t().refusal.gone);
    const sameDay = fromDay === day;
    if (sameDay && fromShiftId === shiftId) return no(refusalText({ kind: 'same' }, personId, day));
    const r = refusal(plan, who, shiftId, sameDay ? fromShiftId : null);
    if (r) return no(refusalText(r, personId, day));
    const from = store.board
      .planOf(fromDay)
      .shifts.find((s) => s.id === fromShiftId && s.personIds.includes(personId));
    const edits = [
      from ? offShift(fromDay, from, personId) : null,
      crewEdit(store, day, shiftId, [...to.personIds, personId]),
    ].filter((e): e is Edit => e !== null);
    const ok = await apply(edits, label(who.name, shiftName(store, day, shiftId)));
    return ok ? { ok: true } : no(t().notSaved);
  }

  return {
    refusalText,

    /**
     * Put a person on a shift of `day`, or move them there from `fromShiftId` (a shift of `fromDay`,
     * that same day unless said): one undo step.
     */
    place(
      day: DayKey,
      personId: Id,
      shiftId: Id,
      fromShiftId: Id | null,
      fromDay: DayKey = day,
    ): Promise<PlannerResult> {
      return put(day, personId, shiftId, fromShiftId, fromDay, (name, shift) =>
        fromShiftId ? historyKey('personMoved', name, shift) : historyKey('onShift', name, shift, day),
      );
    },

    /** Take a person off a shift of `day` (dragged off the grid). */
    async remove(day: DayKey, personId: Id, shiftId: Id): Promise<boolean> {
      if (!session.unlocked.value || !(await store.haveDay(day))) return false;
      const shift = store.board.planOf(day).shifts.find((s) => s.id === shiftId);
      const who = person(personId);
      if (!shift || !who || !shift.personIds.includes(personId)) return false;
      const edit = offShift(day, shift, personId);
      return apply(edit ? [edit] : [], historyKey('offShift', who.name, shiftName(store, day, shiftId), day));
    },

    /** "Som den faste uge" for one day: its shift changes go; people away stay off. One undo step. */
    async resetDay(day: DayKey): Promise<boolean> {
      if (!session.unlocked.value || !isDayKey(day) || !(await load(day, day))) return false;
      return apply(dayEdits(day, []), historyKey('dayReset', day));
    },

    /** "Som den faste uge" for the week that holds `monday`. One undo step. */
    async resetWeek(monday: DayKey): Promise<boolean> {
      if (!session.unlocked.value || !isDayKey(monday)) return false;
      const week = weekFrom(monday);
      if (!(await load(week[0]!, week[6]!))) return false;
      return apply(
        week.flatMap((day) => dayEdits(day, [])),
        historyKey('weekReset', week[0]!),
      );
    },

    /** "Kopiér sidste uge": last week's shift changes in place of this week's; people away stay off. */
    async copyLastWeek(monday: DayKey): Promise<boolean> {
      if (!session.unlocked.value || !isDayKey(monday)) return false;
      const week = weekFrom(monday);
      if (!(await load(addDays(week[0]!, -7), week[6]!))) return false;
      const edits = week.flatMap((day) => {
        const before = addDays(day, -7);
        const copied = records.lists.overrides.value
          .filter((o): o is ShiftOverride => o.day === before && o.kind === 'shift')
          .map((o) => ({ ...o, id: crypto.randomUUID(), day }));
        return dayEdits(day, copied);
      });
      return apply(edits, historyKey('weekCopied', week[0]!));
    },

    /**
     * Mark a person away from `from` to `to` (both included) and take them off every shift of those
     * days, in one undo step. The reason is staff-only: it never reaches the wall.
     */
    async setAway(personId: Id, from: DayKey, to: DayKey, reason: Away['reason']): Promise<PlannerResult> {
      if (!session.unlocked.value) return no(t().locked);
      const words = t().away;
      if (!isDayKey(from) || !isDayKey(to)) return no(words.dateInvalid);
      if (!AWAY_REASONS.includes(reason)) return no(words.reason);
      if (from > to) return no(words.endsFirst);
      const days = daysOf(from, to, AWAY_DAYS_MAX);
      if (!days) return no(words.tooLong(AWAY_DAYS_MAX));
      const who = person(personId);
      if (!who) return no(words.gone);
      if ((who.away?.length ?? 0) >= AWAY_MAX) return no(words.tooMany(who.away!.length));
      if (!(await load(from, to))) return no(t().notSaved);
      // A second tap on "syg i dag" adds nothing: a time away that covers the range is kept as it is.
      const covered = who.away?.some((a) => a.from <= from && to <= a.to);
      const entry: Away = { id: crypto.randomUUID(), from, to, reason };
      const edits: Edit[] = covered
        ? []
        : [
            {
              store: 'people',
              id: who.id,
              after: { ...who, away: [...(who.away ?? []), entry], updatedAt: Date.now() },
            },
          ];
      for (const day of days)
        for (const s of store.board.planOf(day).shifts) {
          if (!s.personIds.includes(personId)) continue;
          const edit = offShift(day, s, personId);
          if (edit) edits.push(edit);
        }
      const ok = await apply(edits, historyKey('awaySet', who.name, from, to));
      return ok ? { ok: true } : no(t().notSaved);
    },

    /**
     * End a time away (they came back, or it was a mistake). Their shifts stay as planned: "Som den
     * faste uge" on a day puts them back on their usual ones.
     */
    async endAway(personId: Id, awayId: Id): Promise<boolean> {
      const who = person(personId);
      if (!session.unlocked.value || !who?.away?.some((a) => a.id === awayId)) return false;
      const { away: all = [], ...rest } = who;
      const left = all.filter((a) => a.id !== awayId);
      const after: Person = { ...rest, ...(left.length ? { away: left } : {}), updatedAt: Date.now() };
      return apply([{ store: 'people', id: who.id, after }], historyKey('awayEnded', who.name));
    },

    /** One tap on a suggestion: the person takes over on the shift that day. One undo step. */
    async takeSuggestion(day: DayKey, shiftId: Id, personId: Id): Promise<boolean> {
      const r = await put(day, personId, shiftId, null, day, (name, shift) =>
        historyKey('tookOver', name, shift),
      );
      return r.ok;
    },
  };
}

export type PlannerActions = ReturnType<typeof createPlannerActions>;
