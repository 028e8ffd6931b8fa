// The usual week: stations, the day's structure per weekday, and fixed shifts. Each save is one
// undoable edit; deleting something in use says first what it touches (the view asks).
import { parseMinutes } from '../domain/calendar';
import {
  BLOCK_TITLE_MAX,
  type PictogramKey,
  SHIFT_CAPACITY_MAX,
  SHIFT_LABEL_MAX,
  STATION_COLORS,
  STATION_NAME_MAX,
} from '../domain/fields';
import { keysAfter } from '../domain/order';
import type { DayBlockFields, DayBlockTemplate, Id, ShiftTemplate, Station, Weekday } from '../domain/types';
import { historyKey } from '../i18n/historyKey';
import { staffTexts } from '../i18n/staffText';
import type { FieldErrors, SaveResult } from './editors';
import type { StoreCore } from './index';

export const BLOCK_KINDS: DayBlockFields['kind'][] = [
  'checkin',
  'work',
  'break',
  'meal',
  'clean',
  'meeting',
  'home',
];
const KIND_PICTOGRAM: Record<DayBlockFields['kind'], PictogramKey> = {
  checkin: 'checkin',
  work: 'open',
  break: 'break',
  meal: 'lunch',
  clean: 'clean',
  meeting: 'meeting',
  home: 'home',
};

export interface StationDraft {
  id: Id | null;
  name: string;
  color: string;
  pictogram: string;
}
export interface BlockDraft {
  id: Id | null;
  weekday: Weekday;
  title: string;
  kind: DayBlockFields['kind'];
  start: string;
  end: string;
}
export interface ShiftDraft {
  id: Id | null;
  weekday: Weekday;
  stationId: Id;
  label: string;
  start: string;
  end: string;
  capacity: string;
  personIds: Id[];
}

type Edit = Parameters<StoreCore['records']['apply']>[0][number];

export function createTemplateActions(store: StoreCore) {
  const { records, session } = store;
  const t = () => staffTexts(store.settings.value.lang).editors;
  const now = () => Date.now();

  function times(start: string, end: string, e: FieldErrors) {
    const s = parseMinutes(start);
    const en = parseMinutes(end);
    if (s === null) e.start = t().oneOff.timeInvalid;
    if (en === null) e.end = t().oneOff.timeInvalid;
    else if (s !== null && en <= s) e.end = t().oneOff.endBeforeStart;
    return { s: s ?? 0, en: en ?? 0 };
  }
  const locked = (): SaveResult | null =>
    session.unlocked.value ? null : { ok: false, errors: { form: t().locked } };
  const done = async (edits: Edit[], label: string, id: Id): Promise<SaveResult> =>
    (await records.apply(edits, { label }))
      ? { ok: true, id }
      : { ok: false, errors: { form: t().notSaved } };

  return {
    async saveStation(d: StationDraft): Promise<SaveResult> {
      const refused = locked();
      if (refused) return refused;
      const e: FieldErrors = {};
      const name = d.name.trim();
      if (!name) e.name = t().week.nameMissing;
      else if (name.length > STATION_NAME_MAX) e.name = t().week.nameLong;
      if (!(STATION_COLORS as readonly string[]).includes(d.color)) e.color = t().person.colorMissing;
      if (Object.keys(e).length) return { ok: false, errors: e };
      const old = d.id ? records.view.stations.value.get(d.id) : undefined;
      const last =
        records.lists.stations.value
          .map((s) => s.order)
          .sort()
          .at(-1) ?? null;
      const station: Station = {
        id: old?.id ?? crypto.randomUUID(),
        updatedAt: now(),
        name,
        color: d.color,
        pictogram: d.pictogram || 'plan',
        order: old?.order ?? keysAfter(last, 1)[0]!,
      };
      return done(
        [{ store: 'stations', id: station.id, after: station }],
        historyKey(old ? 'saved' : 'added', name),
        station.id,
      );
    },

    stationUses(id: Id): string[] {
      const tasks = records.lists.tasks.value.filter((x) => x.stationId === id).length;
      const shifts = records.lists.shiftTemplates.value.filter((s) => s.stationId === id).length;
      const out: string[] = [];
      if (tasks) out.push(t().week.usesTasks(tasks));
      if (shifts) out.push(t().week.usesShifts(shifts));
      return out;
    },

    /** A station goes with its fixed shifts and its tasks, in one undoable step. */
    async deleteStation(id: Id): Promise<boolean> {
      const station = records.view.stations.value.get(id);
      if (!station || !session.unlocked.value) return false;
      const edits: Edit[] = [{ store: 'stations', id, after: null }];
      const taskIds = new Set<Id>();
      for (const x of records.lists.tasks.value)
        if (x.stationId === id) {
          taskIds.add(x.id);
          edits.push({ store: 'tasks', id: x.id, after: null });
        }
      for (const d of records.lists.taskDays.value)
        if (taskIds.has(d.taskId)) edits.push({ store: 'taskDays', id: d.id, after: null });
      for (const s of records.lists.shiftTemplates.value)
        if (s.stationId === id) edits.push({ store: 'shiftTemplates', id: s.id, after: null });
      return records.apply(edits, { label: historyKey('deleted', station.name) });
    },

    async saveBlock(d: BlockDraft): Promise<SaveResult> {
      const refused = locked();
      if (refused) return refused;
      const e: FieldErrors = {};
      const title = d.title.trim();
      if (!title) e.title = t().oneOff.titleMissing;
      else if (title.length > BLOCK_TITLE_MAX) e.title = t().oneOff.titleLong;
      const { s, en } = times(d.start, d.end, e);
      if (Object.keys(e).length) return { ok: false, errors: e };
      const old = d.id ? records.view.blocks.value.get(d.id) : undefined;
      const block: DayBlockTemplate = {
        id: old?.id ?? crypto.randomUUID(),
        updatedAt: now(),
        weekday: d.weekday,
        title,
        start: s,
        end: en,
        kind: d.kind,
        pictogram: old && old.kind === d.kind ? old.pictogram : KIND_PICTOGRAM[d.kind],
      };
      return done(
        [{ store: 'blocks', id: block.id, after: block }],
        historyKey(old ? 'saved' : 'added', title),
        block.id,
      );
    },

    async deleteBlock(id: Id): Promise<boolean> {
      const block = records.view.blocks.value.get(id);
      if (!block || !session.unlocked.value) return false;
      return records.apply([{ store: 'blocks', id, after: null }], {
        label: historyKey('deleted', block.title),
      });
    },

    async saveShift(d: ShiftDraft): Promise<SaveResult> {
      const refused = locked();
      if (refused) return refused;
      const e: FieldErrors = {};
      const label = d.label.trim();
      if (!label) e.label = t().week.labelMissing;
      else if (label.length > SHIFT_LABEL_MAX) e.label = t().week.labelLong;
      if (!records.view.stations.value.has(d.stationId)) e.stationId = t().task.stationMissing;
      const { s, en } = times(d.start, d.end, e);
      const capacity = Number(d.capacity);
      if (!/^\d+$/.test(d.capacity.trim()) || capacity < 1 || capacity > SHIFT_CAPACITY_MAX)
        e.capacity = t().week.capacityInvalid;
      if (Object.keys(e).length) return { ok: false, errors: e };
      const old = d.id ? records.view.shiftTemplates.value.get(d.id) : undefined;
      const shift: ShiftTemplate = {
        id: old?.id ?? crypto.randomUUID(),
        updatedAt: now(),
        weekday: d.weekday,
        stationId: d.stationId,
        label,
        start: s,
        end: en,
        capacity,
        personIds: [...new Set(d.personIds)],
      };
      return done(
        [{ store: 'shiftTemplates', id: shift.id, after: shift }],
        historyKey(old ? 'saved' : 'added', label),
        shift.id,
      );
    },

    async deleteShift(id: Id): Promise<boolean> {
      const shift = records.view.shiftTemplates.value.get(id);
      if (!shift || !session.unlocked.value) return false;
      const edits: Edit[] = [{ store: 'shiftTemplates', id, after: null }];
      // One-off changes of a shift that no longer exists would point at nothing.
      for (const o of records.lists.overrides.value)
        if (o.kind === 'shift' && o.targetId === id)
          edits.push({ store: 'overrides', id: o.id, after: null });
      return records.apply(edits, { label: historyKey('deleted', shift.label) });
    },
  };
}
