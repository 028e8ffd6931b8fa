// Who is on which shift on a date (dated assignments): an Override with the people for that date
// only. Back to the usual crew removes the override, so nothing is announced.
import type { DayKey, Id, Override } from '../domain/types';
import { historyKey } from '../i18n/historyKey';
import { staffTexts } from '../i18n/staffText';
import type { StoreCore } from './index';

type Edit = Parameters<StoreCore['records']['apply']>[0][number];

/** The one override write that makes `personIds` the crew of a shift on `day` (null: nothing to do). */
export function crewEdit(store: StoreCore, day: DayKey, shiftId: Id, personIds: Id[]): Edit | null {
  const { records } = store;
  const shift = store.board.planOf(day).shifts.find((s) => s.id === shiftId);
  if (!shift) return null;
  const unique = [...new Set(personIds)];
  const existing = records.lists.overrides.value.find(
    (o) =>
      o.day === day &&
      o.kind === 'shift' &&
      (o.targetId === shiftId || (o.targetId === null && o.id === shiftId)),
  );
  const template = shift.templateId ? records.view.shiftTemplates.value.get(shift.templateId) : undefined;
  const patch = { ...(existing?.patch ?? {}), personIds: unique };
  const sameAsUsual =
    template !== undefined &&
    !existing?.cancelled &&
    Object.keys(patch).length === 1 &&
    JSON.stringify([...template.personIds].sort()) === JSON.stringify([...unique].sort());
  if (sameAsUsual) return existing ? { store: 'overrides', id: existing.id, after: null } : null;
  const override: Override = existing
    ? { ...existing, kind: 'shift', patch, updatedAt: Date.now() }
    : {
        id: crypto.randomUUID(),
        updatedAt: Date.now(),
        day,
        kind: 'shift',
        targetId: shiftId,
        cancelled: false,
        patch,
      };
  return { store: 'overrides', id: override.id, after: override };
}

/** "Bar Formiddag": a shift of a date by its station and name. */
export function shiftName(store: StoreCore, day: DayKey, shiftId: Id): string {
  const { records } = store;
  const shift = store.board.planOf(day).shifts.find((s) => s.id === shiftId);
  const station = shift ? (records.view.stations.value.get(shift.stationId)?.name ?? '') : '';
  return shift ? `${station} ${shift.label}` : '';
}

export function createCrewActions(store: StoreCore) {
  const { records, session } = store;
  const edit = (day: DayKey, shiftId: Id, personIds: Id[]) => crewEdit(store, day, shiftId, personIds);
  const nameOf = (day: DayKey, shiftId: Id) => shiftName(store, day, shiftId);

  return {
    shiftName: nameOf,

    async setShiftPeople(day: DayKey, shiftId: Id, personIds: Id[]): Promise<boolean> {
      if (!session.unlocked.value || !(await store.haveDay(day))) return false;
      const write = edit(day, shiftId, personIds);
      if (!write) return true;
      return records.apply([write], { label: historyKey('oneOff', nameOf(day, shiftId)) });
    },

    /** Put a person on a shift of a date, or take them off: the board's one-off change, one undo step. */
    async setOnShift(day: DayKey, shiftId: Id, personId: Id, on: boolean): Promise<boolean> {
      if (!session.unlocked.value || !(await store.haveDay(day))) return false;
      const shift = store.board.planOf(day).shifts.find((s) => s.id === shiftId);
      const name = records.view.people.value.get(personId)?.name;
      if (!shift || !name) return false;
      const ids = shift.personIds.filter((p) => p !== personId);
      const write = edit(day, shiftId, on ? [...ids, personId] : ids);
      if (!write) return true;
      return records.apply([write], {
        label: historyKey(on ? 'onShift' : 'offShift', name, nameOf(day, shiftId), day),
      });
    },

    /** Move a person from one shift to another on a date: one undoable step. */
    async movePerson(day: DayKey, personId: Id, fromShiftId: Id, toShiftId: Id): Promise<boolean> {
      if (!session.unlocked.value || fromShiftId === toShiftId || !(await store.haveDay(day))) return false;
      const plan = store.board.planOf(day);
      const from = plan.shifts.find((s) => s.id === fromShiftId);
      const to = plan.shifts.find((s) => s.id === toShiftId);
      if (!from || !to || !from.personIds.includes(personId)) return false;
      if (to.personIds.includes(personId)) {
        store.notice.value = {
          kind: 'info',
          text: staffTexts(store.settings.value.lang).edit.alreadyOnShift,
        };
        return false;
      }
      const edits = [
        edit(
          day,
          fromShiftId,
          from.personIds.filter((p) => p !== personId),
        ),
        edit(day, toShiftId, [...to.personIds, personId]),
      ].filter((e): e is Edit => e !== null);
      const name = store.board.personName(personId);
      return records.apply(edits, { label: historyKey('personMoved', name, nameOf(day, toShiftId)) });
    },
  };
}
