// Who is on which shift on a date (dated assignments): an Override with the people for that date
// only. Back to the usual crew removes the override, so nothing is announced.
import type { DayKey, Id, Override } from '../domain/types';
import { historyKey } from '../i18n/historyKey';
import { staffTexts } from '../i18n/staffText';
import type { StoreCore } from './index';

type Edit = Parameters<StoreCore['records']['apply']>[0][number];

export function createCrewActions(store: StoreCore) {
  const { records, session } = store;

  /** The one override write that makes `personIds` the crew of a shift on `day` (null: nothing to do). */
  function crewEdit(day: DayKey, shiftId: Id, personIds: Id[]): Edit | null {
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

  const shiftName = (day: DayKey, shiftId: Id) => {
    const shift = store.board.planOf(day).shifts.find((s) => s.id === shiftId);
    const station = shift ? (records.view.stations.value.get(shift.stationId)?.name ?? '') : '';
    return shift ? `${station} ${shift.label}` : '';
  };

  return {
    shiftName,

    async setShiftPeople(day: DayKey, shiftId: Id, personIds: Id[]): Promise<boolean> {
      if (!session.unlocked.value || !(await store.haveDay(day))) return false;
      const edit = crewEdit(day, shiftId, personIds);
      if (!edit) return true;
      return records.apply([edit], { label: historyKey('oneOff', shiftName(day, shiftId)) });
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
        crewEdit(
          day,
          fromShiftId,
          from.personIds.filter((p) => p !== personId),
        ),
        crewEdit(day, toShiftId, [...to.personIds, personId]),
      ].filter((e): e is Edit => e !== null);
      const name = store.board.personName(personId);
      return records.apply(edits, { label: historyKey('personMoved', name, shiftName(day, toShiftId)) });
    },
  };
}
