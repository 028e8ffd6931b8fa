import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { STEPS_MAX } from '../../domain/fields';
import { byOrder } from '../../domain/order';
import type { Energy, Weekday } from '../../domain/types';
import type { TaskDraft } from '../../store/editors';
import { Button } from '../../ui/Button';
import { useStaffStore, useStaffText } from '../staff/context';
import css from './edit.module.css';
import { CheckField, FieldError, PhotoField, TextField } from './fields';
import { RecordEditor } from './RecordEditor';
import { type LibraryFilter, TaskLibrary } from './TaskLibrary';

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const DAY_NAMES = {
  da: ['Man', 'Tir', 'Ons', 'Tor', 'Fre', 'Lør', 'Søn'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const ENERGIES: Energy[] = ['gives', 'neutral', 'takes'];

/** A task's form may hold a copy not yet saved: its heading says what it was copied from. */
type Draft = TaskDraft & { copyOf?: string };

/** Tasks: the library of cards, then one task's title, station, photo, steps, time, energy, days, pool. */
export function TaskEditor() {
  const store = useStaffStore();
  const text = useStaffText();
  const t = text.editors;
  const { editors } = store;
  const stations = [...store.records.lists.stations.value].sort(byOrder);
  const tasks = [...store.records.lists.tasks.value].sort((a, b) => a.title.localeCompare(b.title, 'da'));
  const firstStation = stations[0]?.id ?? '';
  // Kept while a task is open, so going back finds the library as it was left.
  const [filter, setFilter] = useState<LibraryFilter>({ stationId: null, words: '' });
  const dayNames = DAY_NAMES[text.lang];

  return (
    <RecordEditor<Draft>
      name="task"
      title={t.task.title}
      add={t.task.add}
      all={t.task.all}
      empty={() => editors.emptyTask(filter.stationId ?? firstStation)}
      heading={(d) => (d.id ? t.task.edit(d.title) : d.copyOf ? t.task.copyOf(d.copyOf) : t.task.newTitle)}
      what={(d) => d.title}
      save={editors.saveTask}
      stored={(id) => {
        const task = store.records.view.tasks.value.get(id);
        return task ? editors.taskDraft(task) : null;
      }}
      uses={editors.taskUses}
      remove={editors.deleteTask}
      list={(open) => (
        <TaskLibrary
          tasks={tasks}
          stations={stations}
          filter={filter}
          onFilter={setFilter}
          onOpen={(task) => open(editors.taskDraft(task))}
        />
      )}
      actions={({ draft, open }) => {
        const task = draft.id ? store.records.view.tasks.value.get(draft.id) : undefined;
        return (
          task && (
            <Button icon="copy" onClick={() => open({ ...editors.copyTask(task), copyOf: task.title })}>
              {t.task.copy}
            </Button>
          )
        );
      }}
      fields={({ draft, errors, set, update, pick }) => {
        const setStep = (i: number, patch: Partial<TaskDraft['steps'][number]>) =>
          update((d) => ({ ...d, steps: d.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
        return (
          <>
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
            <Choices label={t.task.energy}>
              {ENERGIES.map((en) => (
                <Toggle key={en} on={draft.energy === en} onClick={() => set({ energy: en })}>
                  {text.board.energy[en]}
                </Toggle>
              ))}
            </Choices>
            <Choices label={t.task.weekdays} error={<FieldError id="task-days" error={errors.weekdays} />}>
              {WEEKDAYS.map((w) => {
                const on = draft.weekdays.includes(w);
                const weekdays = on ? draft.weekdays.filter((x) => x !== w) : [...draft.weekdays, w];
                return (
                  <Toggle key={w} on={on} onClick={() => set({ weekdays })}>
                    {dayNames[w - 1]}
                  </Toggle>
                );
              })}
            </Choices>
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
                      steps: [
                        ...draft.steps,
                        { id: crypto.randomUUID(), text: '', photoId: null, photo: null },
                      ],
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
          </>
        );
      }}
    />
  );
}

/** A row of buttons under one label, pressed or not (energy, weekdays). */
function Choices({
  label,
  error,
  children,
}: {
  label: string;
  error?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <fieldset class={css.field}>
      <legend class={css.groupLabel}>{label}</legend>
      <div class={css.days}>{children}</div>
      {error}
    </fieldset>
  );
}

function Toggle({
  on,
  onClick,
  children,
}: {
  on: boolean;
  onClick: () => void;
  children: ComponentChildren;
}) {
  return (
    <Button aria-pressed={on} variant={on ? 'primary' : 'quiet'} onClick={onClick}>
      {children}
    </Button>
  );
}
