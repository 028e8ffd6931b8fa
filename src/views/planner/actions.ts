// What the week planner asks of the store: the staff store's planner group. Until that group is
// part of every build, plain moves go through the day's crew actions, so the grid works either way.

import type { Refusal } from '../../domain/planner';
import type { Away, DayKey, Id } from '../../domain/types';
import { staffTexts } from '../../i18n/staffText';
import type { StaffStore } from '../../store/staff';

type Result = { ok: true } | { ok: false; why: string };

export interface PlannerActions {
  place(day: DayKey, personId: Id, shiftId: Id, fromShiftId: Id | null): Promise<Result>;
  remove(day: DayKey, personId: Id, shiftId: Id): Promise<boolean>;
  resetDay(day: DayKey): Promise<boolean>;
  resetWeek(monday: DayKey): Promise<boolean>;
  copyLastWeek(monday: DayKey): Promise<boolean>;
  setAway(personId: Id, from: DayKey, to: DayKey, reason: Away['reason']): Promise<Result>;
  endAway(personId: Id, awayId: Id): Promise<boolean>;
  takeSuggestion(day: DayKey, shiftId: Id, personId: Id): Promise<boolean>;
  refusalText(r: Refusal, personId: Id, day: DayKey): string;
}

export function plannerOf(store: StaffStore): PlannerActions {
  const own = (store as StaffStore & { planner?: PlannerActions }).planner;
  return own ?? crewOnly(store);
}

function crewOnly(store: StaffStore): PlannerActions {
  const t = () => staffTexts(store.settings.value.lang).plannerView;
  const notYet = async () => {
    store.notice.value = { kind: 'info', text: t().notDone };
    return false;
  };
  return {
    async place(day, personId, shiftId, fromShiftId) {
      const ok = fromShiftId
        ? await store.crew.movePerson(day, personId, fromShiftId, shiftId)
        : await store.crew.setOnShift(day, shiftId, personId, true);
      return ok ? { ok: true } : { ok: false, why: t().notDone };
    },
    remove: (day, personId, shiftId) => store.crew.setOnShift(day, shiftId, personId, false),
    resetDay: notYet,
    resetWeek: notYet,
    copyLastWeek: notYet,
    setAway: async () => ({ ok: false, why: t().notDone }),
    endAway: notYet,
    takeSuggestion: (day, shiftId, personId) => store.crew.setOnShift(day, shiftId, personId, true),
    refusalText(r, _personId, day) {
      const words = t().refused;
      if (r.kind !== 'overlap') return words[r.kind];
      return words.overlap(store.crew.shiftName(day, r.with.id));
    },
  };
}
