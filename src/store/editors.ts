// Staff editors' actions: validate a draft, then write it as one undoable edit. Errors come back
// per field in plain Danish, and nothing is stored unless everything is valid.
import { isDayKey } from '../domain/calendar';
import {
  PERSON_COLORS,
  PERSON_NAME_MAX,
  STEP_TEXT_MAX,
  STEPS_MAX,
  TASK_MINUTES_MAX,
  TASK_TITLE_MAX,
  TEAM_MAX,
} from '../domain/fields';
import { keysAfter } from '../domain/order';
import { defaultTaskDay } from '../domain/plan';
import type { DayKey, Energy, Id, Person, Photo, Task, Weekday } from '../domain/types';
import { historyKey } from '../i18n/historyKey';
import { staffTexts } from '../i18n/staffText';
import { intakePhoto, PhotoError, type Rendition } from '../photos/intake';
import { crewEdit, shiftName } from './crew';
import type { StoreCore } from './index';

export type FieldErrors = Record<string, string>;
export type SaveResult = { ok: true; id: Id } | { ok: false; errors: FieldErrors };

export interface PersonDraft {
  id: Id | null;
  name: string;
  color: string;
  team: string;
  startDate: string;
  portraitConsent: boolean;
  /** The stored portrait, or a new one just taken. */
  portraitId: Id | null;
  portrait: Rendition | null;
}

export interface StepDraft {
  id: Id;
  text: string;
  photoId: Id | null;
  photo: Rendition | null;
}

export interface TaskDraft {
  id: Id | null;
  title: string;
  stationId: Id;
  minutes: string;
  energy: Energy;
  weekdays: Weekday[];
  pool: boolean;
  photoId: Id | null;
  photo: Rendition | null;
  steps: StepDraft[];
  /** A copy keeps the pictogram of the task it was made from. */
  pictogram?: string;
}

export function createEditorActions(store: StoreCore) {
  const { records, session } = store;
  const t = () => staffTexts(store.settings.value.lang).editors;
  const now = () => Date.now();
  const newId = () => crypto.randomUUID();
  const photoOf = (id: Id, r: Rendition): Photo => ({ id, ...r, createdAt: now() });

  /** A failed write has just put its plain reason (e.g. a full disk) in the notice: say it here too. */
  const whyNotSaved = () => (store.notice.value?.kind === 'error' ? store.notice.value.text : t().notSaved);

  function locked() {
    return session.unlocked.value ? null : { ok: false as const, errors: { form: t().locked } };
  }

  function taskDraft(task: Task): TaskDraft {
    return {
      id: task.id,
      title: task.title,
      stationId: task.stationId,
      minutes: String(task.minutes),
      energy: task.energy,
      weekdays: [...task.weekdays],
      pool: task.pool,
      photoId: task.photoId,
      photo: null,
      steps: task.steps.map((s) => ({ ...s, photo: null })),
    };
  }

  /** A person's draft checked and made into its write (or the errors beside the fields). */
  function personWrite(d: PersonDraft) {
    const refused = locked();
    if (refused) return refused;
    const e: FieldErrors = {};
    const name = d.name.trim();
    if (!name) e.name = t().person.nameMissing;
    else if (name.length > PERSON_NAME_MAX) e.name = t().person.nameLong;
    else if (/\s/.test(name)) e.name = t().person.firstNameOnly;
    if (!(PERSON_COLORS as readonly string[]).includes(d.color)) e.color = t().person.colorMissing;
    if (d.startDate && !isDayKey(d.startDate)) e.startDate = t().person.dateInvalid;
    if (d.team.trim().length > TEAM_MAX) e.team = t().person.teamLong;
    // A new portrait needs consent first; withdrawing consent takes a stored one away (below).
    if (d.portrait && !d.portraitConsent) e.portrait = t().person.consentNeeded;
    if (Object.keys(e).length) return { ok: false as const, errors: e };

    const old = d.id ? records.view.people.value.get(d.id) : undefined;
    const id = old?.id ?? newId();
    const portraitId = d.portrait ? newId() : d.portraitConsent ? d.portraitId : null;
    // Consent withdrawn: the portrait is deleted with this save, and not kept for undo either.
    const withdrawn = old?.portraitId && !d.portraitConsent ? [old.portraitId] : [];
    const person: Person = {
      id,
      updatedAt: now(),
      name,
      color: d.color,
      portraitId,
      portraitConsent: d.portraitConsent,
      team: d.team.trim(),
      startDate: d.startDate || null,
      active: old?.active ?? true,
      note: old?.note ?? '',
      goals: old?.goals ?? [],
      showGoals: old?.showGoals ?? false,
      skills: old?.skills ?? {},
      // Kept as they are: the form does not show them, and a save must not clear them.
      ...(old?.punchesBefore ? { punchesBefore: old.punchesBefore } : {}),
      ...(old?.away ? { away: old.away } : {}),
    };
    return {
      ok: true as const,
      id,
      name,
      added: !old,
      edit: { store: 'people' as const, id, after: person },
      photos: {
        ...(d.portrait && portraitId ? { photos: [photoOf(portraitId, d.portrait)] } : {}),
        forgetPhotos: withdrawn,
      },
    };
  }

  return {
    /** Decode and downscale a picture from the camera or a file; a plain-Danish reason if not. */
    async preparePhoto(file: Blob): Promise<{ ok: true; photo: Rendition } | { ok: false; error: string }> {
      try {
        return { ok: true, photo: await intakePhoto(file) };
      } catch (err) {
        const kind = err instanceof PhotoError ? err.kind : 'corrupt';
        return { ok: false, error: t().photo[kind] };
      }
    },

    emptyPerson(): PersonDraft {
      const used = new Set(records.lists.people.value.map((p) => p.color));
      return {
        id: null,
        name: '',
        color: PERSON_COLORS.find((c) => !used.has(c)) ?? 'p1',
        team: '',
        startDate: '',
        portraitConsent: false,
        portraitId: null,
        portrait: null,
      };
    },

    personDraft(p: Person): PersonDraft {
      return {
        id: p.id,
        name: p.name,
        color: p.color,
        team: p.team,
        startDate: p.startDate ?? '',
        portraitConsent: p.portraitConsent,
        portraitId: p.portraitId,
        portrait: null,
      };
    },

    async savePerson(d: PersonDraft): Promise<SaveResult> {
      const w = personWrite(d);
      if (!w.ok) return w;
      const ok = await records.apply([w.edit], {
        label: historyKey(w.added ? 'added' : 'saved', w.name),
        ...w.photos,
      });
      return ok ? { ok: true, id: w.id } : { ok: false, errors: { form: whyNotSaved() } };
    },

    /** A person saved and put on a shift of a date in one undo step (a new person, "Sæt på vagt"). */
    async savePersonOnShift(d: PersonDraft, day: DayKey, shiftId: Id): Promise<SaveResult> {
      const w = personWrite(d);
      if (!w.ok) return w;
      if (!(await store.haveDay(day))) return { ok: false, errors: { form: whyNotSaved() } };
      const shift = store.board.planOf(day).shifts.find((s) => s.id === shiftId);
      if (!shift) return { ok: false, errors: { form: t().oneOff.gone } };
      const onShift = crewEdit(store, day, shiftId, [...shift.personIds, w.id]);
      const label = historyKey(
        w.added ? 'addedOnShift' : 'onShift',
        w.name,
        shiftName(store, day, shiftId),
        day,
      );
      const ok = await records.apply(onShift ? [w.edit, onShift] : [w.edit], { label, ...w.photos });
      return ok ? { ok: true, id: w.id } : { ok: false, errors: { form: whyNotSaved() } };
    },

    /** What deleting a person would touch, in words (empty: not in use). */
    personUses(id: Id): string[] {
      const shifts = records.lists.shiftTemplates.value.filter((s) => s.personIds.includes(id)).length;
      const tasks = records.lists.taskDays.value.filter(
        (d) => d.owner.kind === 'person' && d.owner.id === id && !d.done,
      ).length;
      const out: string[] = [];
      if (shifts) out.push(t().uses.shifts(shifts));
      if (tasks) out.push(t().uses.tasks(tasks));
      return out;
    },

    /** Delete a person; their fixed shifts lose them and their tasks go back to their usual place. */
    async deletePerson(id: Id): Promise<boolean> {
      const person = records.view.people.value.get(id);
      if (!person || !session.unlocked.value) return false;
      const edits: Parameters<typeof records.apply>[0][number][] = [{ store: 'people', id, after: null }];
      for (const s of records.lists.shiftTemplates.value)
        if (s.personIds.includes(id))
          edits.push({
            store: 'shiftTemplates',
            id: s.id,
            after: { ...s, personIds: s.personIds.filter((p) => p !== id), updatedAt: now() },
          });
      for (const d of records.lists.taskDays.value) {
        const task = records.view.tasks.value.get(d.taskId);
        if (task && d.owner.kind === 'person' && d.owner.id === id)
          edits.push({
            store: 'taskDays',
            id: d.id,
            after: { ...d, owner: defaultTaskDay(task, d.day).owner, moved: false, updatedAt: now() },
          });
      }
      return records.apply(edits, { label: historyKey('deleted', person.name) });
    },

    emptyTask(stationId: Id): TaskDraft {
      return {
        id: null,
        title: '',
        stationId,
        minutes: '15',
        energy: 'neutral',
        weekdays: [1, 2, 3, 4, 5],
        pool: false,
        photoId: null,
        photo: null,
        steps: [],
      };
    },

    taskDraft,

    /** "Lav en kopi": a new task's draft from a stored one; its photos are shared, its steps get ids of their own. */
    copyTask(task: Task): TaskDraft {
      return {
        ...taskDraft(task),
        id: null,
        title: t().task.copyName(task.title),
        pictogram: task.pictogram,
        steps: task.steps.map((s) => ({ ...s, id: newId(), photo: null })),
      };
    },

    async saveTask(d: TaskDraft): Promise<SaveResult> {
      const refused = locked();
      if (refused) return refused;
      const e: FieldErrors = {};
      const title = d.title.trim();
      if (!title) e.title = t().task.titleMissing;
      else if (title.length > TASK_TITLE_MAX) e.title = t().task.titleLong;
      if (!records.view.stations.value.has(d.stationId)) e.stationId = t().task.stationMissing;
      const minutes = Number(d.minutes);
      if (!/^\d+$/.test(d.minutes.trim()) || minutes < 1 || minutes > TASK_MINUTES_MAX)
        e.minutes = t().task.minutesInvalid;
      if (!d.pool && d.weekdays.length === 0) e.weekdays = t().task.weekdaysMissing;
      if (d.steps.length > STEPS_MAX) e.steps = t().task.stepsMany;
      d.steps.forEach((s, i) => {
        if (!s.text.trim()) e[`step-${i}`] = t().task.stepEmpty;
        else if (s.text.trim().length > STEP_TEXT_MAX) e[`step-${i}`] = t().task.stepLong;
      });
      if (Object.keys(e).length) return { ok: false, errors: e };

      const old = d.id ? records.view.tasks.value.get(d.id) : undefined;
      const id = old?.id ?? newId();
      const photos: Photo[] = [];
      const photoId = d.photo ? newId() : d.photoId;
      if (d.photo && photoId) photos.push(photoOf(photoId, d.photo));
      const steps = d.steps.map((s) => {
        const stepPhoto = s.photo ? newId() : s.photoId;
        if (s.photo && stepPhoto) photos.push(photoOf(stepPhoto, s.photo));
        return { id: s.id, text: s.text.trim(), photoId: stepPhoto };
      });
      const last =
        records.lists.tasks.value
          .map((x) => x.order)
          .sort()
          .at(-1) ?? null;
      const task: Task = {
        id,
        updatedAt: now(),
        title,
        stationId: d.stationId,
        photoId,
        pictogram:
          old?.pictogram ?? d.pictogram ?? records.view.stations.value.get(d.stationId)?.pictogram ?? 'plan',
        steps,
        minutes,
        energy: d.energy,
        weekdays: [...d.weekdays].sort(),
        pool: d.pool,
        order: old?.order ?? keysAfter(last, 1)[0]!,
      };
      const ok = await records.apply([{ store: 'tasks', id, after: task }], {
        label: historyKey(old ? 'saved' : 'added', title),
        photos,
      });
      return ok ? { ok: true, id } : { ok: false, errors: { form: whyNotSaved() } };
    },

    taskUses(id: Id): string[] {
      const days = records.lists.taskDays.value.filter((d) => d.taskId === id && d.owner.kind === 'person');
      return days.length ? [t().uses.taskGiven(days.length)] : [];
    },

    async deleteTask(id: Id): Promise<boolean> {
      const task = records.view.tasks.value.get(id);
      if (!task || !session.unlocked.value) return false;
      const edits: Parameters<typeof records.apply>[0][number][] = [{ store: 'tasks', id, after: null }];
      for (const d of records.lists.taskDays.value)
        if (d.taskId === id) edits.push({ store: 'taskDays', id: d.id, after: null });
      return records.apply(edits, { label: historyKey('deleted', task.title) });
    },
  };
}
