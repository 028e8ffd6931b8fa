import { useState } from 'preact/hooks';
import { STEPS_MAX } from '../../domain/fields';
import { byOrder } from '../../domain/order';
import type { Energy, Weekday } from '../../domain/types';
import type { FieldErrors, TaskDraft } from '../../store/editors';
import { Button } from '../../ui/Button';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { CheckField, FieldError, FormMessage, PhotoField, SaveActions, TextField, useReveal } from './fields';

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const DAY_NAMES = {
  da: ['Man', 'Tir', 'Ons', 'Tor', 'Fre', 'Lør', 'Søn'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const ENERGIES: Energy[] = ['gives', 'neutral', 'takes'];

/** Tasks: title, station, the finished-result photo, steps with photos, time, energy, days, pool. */
export function TaskEditor() {
  const store = useStaffStore();
  const text = useStaffText();
  const t = text.editors;
  const stations = [...store.records.lists.stations.value].sort(byOrder);
  const tasks = [...store.records.lists.tasks.value].sort((a, b) => a.title.localeCompare(b.title, 'da'));
  const firstStation = stations[0]?.id ?? '';
  const [draft, setDraft] = useState<TaskDraft>(() => store.editors.emptyTask(firstStation));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  const open = (d: TaskDraft) => {
    setDraft(d);
    setErrors({});
    setMessage(null);
  };
  const { heading, reveal } = useReveal();
  /** Chosen from the list: shown in the form, which comes into view on a phone. */
  const choose: typeof open = (d) => {
    open(d);
    reveal();
  };
  const set = (patch: Partial<TaskDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage(null);
  };
  const setStep = (i: number, patch: Partial<TaskDraft['steps'][number]>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const pick =
    (key: string, apply: (photo: NonNullable<TaskDraft['photo']>) => void) => async (file: File) => {
      const r = await store.editors.preparePhoto(file);
      if (r.ok) {
        apply(r.photo);
        setErrors((e) => ({ ...e, [key]: '' }));
      } else setErrors((e) => ({ ...e, [key]: r.error }));
    };
  const save = async (e: Event) => {
    e.preventDefault();
    const result = await store.editors.saveTask(draft);
    if (result.ok) {
      const saved = store.records.view.tasks.value.get(result.id);
      if (saved) open(store.editors.taskDraft(saved));
      setMessage(t.saved);
    } else setErrors(result.errors);
  };
  const dayNames = DAY_NAMES[text.lang];

  return (
    <section class={css.editor} aria-labelledby="tasks-title">
      <h2 id="tasks-title" class="visually-hidden">
        {t.task.title}
      </h2>
      <div class={css.list}>
        <Button icon="plus" variant="primary" onClick={() => choose(store.editors.emptyTask(firstStation))}>
          {t.task.add}
        </Button>
        {tasks.map((task) => (
          <Button
            key={task.id}
            aria-current={draft.id === task.id ? 'true' : undefined}
            onClick={() => choose(store.editors.taskDraft(task))}
          >
            {task.title}
          </Button>
        ))}
      </div>
      <form class={css.form} onSubmit={(e) => void save(e)} aria-labelledby="task-form-title" noValidate>
        <h2 id="task-form-title" ref={heading} tabIndex={-1}>
          {draft.id ? t.task.edit(draft.title) : t.task.newTitle}
        </h2>
        <TextField
          id="task-title"
          label={t.task.name}
          value={draft.title}
          error={errors.title}
          onInput={(title) => set({ title })}
        />
        <div class={css.field}>
          <label for="task-station">{t.task.station}</label>
          <select
            id="task-station"
            value={draft.stationId}
            aria-invalid={errors.stationId ? true : undefined}
            aria-describedby="task-station-error"
            onChange={(e) => set({ stationId: e.currentTarget.value })}
          >
            {stations.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id="task-station" error={errors.stationId} />
        </div>
        <PhotoField
          id="task-photo"
          label={t.task.photo}
          photoId={draft.photoId}
          photo={draft.photo}
          error={errors.photo}
          onPick={pick('photo', (photo) => set({ photo }))}
          onRemove={() => set({ photo: null, photoId: null })}
        />
        <TextField
          id="task-minutes"
          label={t.task.minutes}
          inputMode="numeric"
          value={draft.minutes}
          error={errors.minutes}
          onInput={(minutes) => set({ minutes })}
        />
        <fieldset class={css.field}>
          <legend class={css.groupLabel}>{t.task.energy}</legend>
          <div class={css.days}>
            {ENERGIES.map((en) => (
              <Button
                key={en}
                aria-pressed={draft.energy === en}
                variant={draft.energy === en ? 'primary' : 'quiet'}
                onClick={() => set({ energy: en })}
              >
                {text.board.energy[en]}
              </Button>
            ))}
          </div>
        </fieldset>
        <fieldset class={css.field}>
          <legend class={css.groupLabel}>{t.task.weekdays}</legend>
          <div class={css.days}>
            {WEEKDAYS.map((w) => {
              const on = draft.weekdays.includes(w);
              return (
                <Button
                  key={w}
                  aria-pressed={on}
                  variant={on ? 'primary' : 'quiet'}
                  onClick={() =>
                    set({ weekdays: on ? draft.weekdays.filter((x) => x !== w) : [...draft.weekdays, w] })
                  }
                >
                  {dayNames[w - 1]}
                </Button>
              );
            })}
          </div>
          <FieldError id="task-days" error={errors.weekdays} />
        </fieldset>
        <CheckField
          id="task-pool"
          label={t.task.pool}
          checked={draft.pool}
          onChange={(pool) => set({ pool })}
        />
        <fieldset class={css.field}>
          <legend class={css.groupLabel}>{t.task.steps}</legend>
          {draft.steps.map((s, i) => (
            <div key={s.id} class={css.stepRow}>
              <TextField
                id={`step-${i}`}
                label={t.task.step(i + 1)}
                value={s.text}
                error={errors[`step-${i}`]}
                onInput={(v) => setStep(i, { text: v })}
              />
              <PhotoField
                id={`step-photo-${i}`}
                label={t.task.stepPhoto(i + 1)}
                photoId={s.photoId}
                photo={s.photo}
                error={errors[`step-photo-${i}`]}
                onPick={pick(`step-photo-${i}`, (photo) => setStep(i, { photo }))}
                onRemove={() => setStep(i, { photo: null, photoId: null })}
              />
              <Button icon="trash" onClick={() => set({ steps: draft.steps.filter((_, j) => j !== i) })}>
                {t.task.removeStep(i + 1)}
              </Button>
            </div>
          ))}
          {draft.steps.length < STEPS_MAX ? (
            <Button
              icon="plus"
              onClick={() =>
                set({
                  steps: [...draft.steps, { id: crypto.randomUUID(), text: '', photoId: null, photo: null }],
                })
              }
            >
              {t.task.addStep}
            </Button>
          ) : (
            <p class={css.fieldHelp}>{t.task.stepsMany}</p>
          )}
          <FieldError id="task-steps" error={errors.steps} />
        </fieldset>
        <FormMessage id="task-form" errors={errors} message={message} />
        <SaveActions
          key={draft.id ?? ''}
          what={draft.title}
          uses={() => (draft.id ? store.editors.taskUses(draft.id) : [])}
          onDelete={
            draft.id
              ? async () => {
                  await store.editors.deleteTask(draft.id!);
                  open(store.editors.emptyTask(firstStation));
                }
              : undefined
          }
        />
      </form>
    </section>
  );
}
