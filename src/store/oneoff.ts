// One-off changes for a date: move a block or a shift in time, cancel it, or add a block. Each is
// an Override for that date only; back to the usual removes the override, so nothing is announced.
import { isDayKey, parseMinutes } from '../domain/calendar';
import { BLOCK_TITLE_MAX } from '../domain/fields';
import type { DayBlockFields, DayKey, Id, Override, ShiftFields } from '../domain/types';
import { historyKey } from '../i18n/historyKey';
import { staffTexts } from '../i18n/staffText';
import type { FieldErrors } from './editors';
import type { StoreCore } from './index';

type Kind = 'block' | 'shift';

export function createOneOffActions(store: StoreCore) {
  const { records, session } = store;
  const words = () => staffTexts(store.settings.value.lang).editors;
  const t = () => words().oneOff;

  const find = (day: DayKey, kind: Kind, id: Id) =>
    records.lists.overrides.value.find(
      (o) => o.day === day && o.kind === kind && (o.targetId === id || (o.targetId === null && o.id === id)),
    );
  const template = (kind: Kind, id: Id) =>
    kind === 'block' ? records.view.blocks.value.get(id) : records.view.shiftTemplates.value.get(id);

  /** Write the override, or remove it when it no longer differs from the usual. */
  function write(
    day: DayKey,
    kind: Kind,
    id: Id,
    patch: Record<string, unknown>,
    cancelled: boolean,
    what: string,
  ) {
    const existing = find(day, kind, id);
    const usual = template(kind, id) as Record<string, unknown> | undefined;
    const differs = Object.entries(patch).filter(
      ([k, v]) => !usual || JSON.stringify(usual[k]) !== JSON.stringify(v),
    );
    const clean = Object.fromEntries(usual ? differs : Object.entries(patch));
    const label = historyKey('oneOff', what);
    if (usual && !cancelled && differs.length === 0) {
      return existing
        ? records.apply([{ store: 'overrides', id: existing.id, after: null }], { label })
        : Promise.resolve(true);
    }
    const next = {
      id: existing?.id ?? crypto.randomUUID(),
      updatedAt: Date.now(),
      day,
      kind,
      targetId: existing ? existing.targetId : id,
      cancelled,
      patch: clean,
    } as Override;
    return records.apply([{ store: 'overrides', id: next.id, after: next }], { label });
  }

  function times(start: string, end: string): { errors: FieldErrors; start?: number; end?: number } {
    const s = parseMinutes(start);
    const e = parseMinutes(end);
    const errors: FieldErrors = {};
    if (s === null) errors.start = t().timeInvalid;
    if (e === null) errors.end = t().timeInvalid;
    else if (s !== null && e <= s) errors.end = t().endBeforeStart;
    return s === null || e === null || errors.end ? { errors } : { errors, start: s, end: e };
  }

  return {
    /** Move a block or shift in time on one date. */
    async setTime(day: DayKey, kind: Kind, id: Id, start: string, end: string): Promise<FieldErrors> {
      if (!session.unlocked.value) return { form: words().locked };
      const r = times(start, end);
      if (r.start === undefined || r.end === undefined) return r.errors;
      if (!(await store.haveDay(day))) return { form: words().notSaved };
      const existing = find(day, kind, id);
      const plan = store.board.planOf(day);
      const item =
        kind === 'block' ? plan.blocks.find((b) => b.id === id) : plan.shifts.find((s) => s.id === id);
      if (!item) return { form: t().gone };
      const what = 'title' in item ? item.title : item.label;
      const ok = await write(
        day,
        kind,
        id,
        { ...(existing?.patch ?? {}), start: r.start, end: r.end },
        existing?.cancelled ?? false,
        what,
      );
      return ok ? {} : { form: words().notSaved };
    },

    /** Cancel a block or shift for one date, or bring it back. */
    async setCancelled(day: DayKey, kind: Kind, id: Id, cancelled: boolean, what: string): Promise<boolean> {
      if (!session.unlocked.value || !(await store.haveDay(day))) return false;
      const existing = find(day, kind, id);
      if (existing?.targetId === null && cancelled) {
        // Something added for the day is simply taken out again.
        return records.apply([{ store: 'overrides', id: existing.id, after: null }], {
          label: historyKey('oneOff', what),
        });
      }
      return write(day, kind, id, { ...(existing?.patch ?? {}) }, cancelled, what);
    },

    /** An extra item in the day's programme on one date. */
    async addBlock(day: DayKey, title: string, start: string, end: string): Promise<FieldErrors> {
      if (!session.unlocked.value) return { form: words().locked };
      const r = times(start, end);
      const errors = { ...r.errors };
      if (!title.trim()) errors.title = t().titleMissing;
      else if (title.trim().length > BLOCK_TITLE_MAX) errors.title = t().titleLong;
      // The editor offers the form only for a real date the board keeps; anything else is refused.
      if (!isDayKey(day)) errors.form = words().person.dateInvalid;
      if (Object.keys(errors).length || r.start === undefined || r.end === undefined) return errors;
      const patch: DayBlockFields = {
        title: title.trim(),
        start: r.start,
        end: r.end,
        kind: 'meeting',
        pictogram: 'meeting',
      };
      const override: Override = {
        id: crypto.randomUUID(),
        updatedAt: Date.now(),
        day,
        kind: 'block',
        targetId: null,
        cancelled: false,
        patch,
      };
      const ok = await records.apply([{ store: 'overrides', id: override.id, after: override }], {
        label: historyKey('oneOff', patch.title),
      });
      return ok ? {} : { form: words().notSaved };
    },

    /** Whether an item differs from the usual on that date. */
    changed(day: DayKey, kind: Kind, id: Id): boolean {
      return find(day, kind, id) !== undefined;
    },
  };
}

export type ShiftPatch = Partial<ShiftFields>;
