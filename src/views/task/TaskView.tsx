import type { DayKey, Id } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { Pictogram } from '../../ui/Pictogram';
import { Photo } from '../common/Photo';
import { SaveStatus } from '../common/SaveStatus';
import { SpeakButton } from '../common/SpeakButton';
import { useStore, useText } from '../context';
import { HelpButton } from '../together/HelpButton';
import css from './task.module.css';

/** A task opened large: how it looks when done, then the steps as a checklist. */
export function TaskView({ taskId, day, from }: { taskId: Id; day: DayKey; from?: Id | undefined }) {
  const store = useStore();
  const text = useText();
  const t = text.board;
  const task = store.records.view.tasks.value.get(taskId);
  // Opened from someone's Min dag: back goes there.
  const back = () => store.go(from ? { screen: 'myday', personId: from } : { screen: 'board' });
  const backText = from ? t.backToMyDay : t.back;
  if (!task) {
    return (
      <main class={css.view}>
        <p class={css.missing}>{t.taskNotFound}</p>
        <Button icon="back" variant="primary" large onClick={back}>
          {backText}
        </Button>
      </main>
    );
  }
  const state = store.tasks.stateOf(day, taskId);
  const station = store.records.view.stations.value.get(task.stationId);
  const done = state?.done ?? false;
  const teacher = state?.teacherId ? store.records.view.people.value.get(state.teacherId) : undefined;
  const ownerId = state?.owner.kind === 'person' ? state.owner.id : null;
  return (
    <main class={css.view}>
      <div class={css.top}>
        <Button icon="back" variant="primary" large onClick={back}>
          {backText}
        </Button>
        <SaveStatus />
      </div>
      <div class={css.layout}>
        <figure class={css.result}>
          <Photo photoId={task.photoId} variant="full" alt={t.finishedLooks} pictogram={task.pictogram} />
          <figcaption>{t.finishedLooks}</figcaption>
        </figure>
        <section class={css.details}>
          <div class={css.titleRow}>
            <h1 class={css.title}>{task.title}</h1>
            <SpeakButton
              what={task.title}
              text={[
                task.title,
                ...task.steps.map((s, i) => `${text.together.stepsWord} ${i + 1}: ${s.text}`),
              ].join('. ')}
            />
          </div>
          {teacher && <p class={css.teacher}>{text.together.learnFrom(teacher.name)}</p>}
          <p class={css.meta}>
            {station && (
              <span class={css.metaItem}>
                <Pictogram name={station.pictogram} size={36} /> {station.name}
              </span>
            )}
            <span class={css.metaItem}>
              <Icon name="clock" size={28} /> {t.minutes(task.minutes)}
            </span>
            <span class={css.metaItem}>{t.energy[task.energy]}</span>
          </p>
          {task.steps.length > 0 && (
            <fieldset class={css.steps}>
              <legend class={css.stepsTitle}>{t.steps}</legend>
              {task.steps.map((step, i) => {
                const checked = state?.stepsDone.includes(step.id) ?? false;
                return (
                  <label key={step.id} class={`${css.step} ${checked ? css.stepDone : ''}`}>
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={() => void store.tasks.toggleStep(day, taskId, step.id)}
                    />
                    <span class={css.box} aria-hidden="true">
                      {checked && <Icon name="check" size={40} />}
                    </span>
                    <span class={css.stepNo} aria-hidden="true">
                      {i + 1}
                    </span>
                    <span class={css.stepText}>{step.text}</span>
                    <SpeakButton what={step.text} text={step.text} class={css.stepSpeak} />
                    {step.photoId && (
                      <Photo
                        photoId={step.photoId}
                        variant="thumb"
                        width={120}
                        alt=""
                        pictogram="plan"
                        class={css.stepPhoto}
                      />
                    )}
                  </label>
                );
              })}
            </fieldset>
          )}
          <div class={css.actions}>
            {done ? (
              <>
                <p class={css.doneNote} role="status">
                  <Icon name="check" size={36} /> {t.doneThanks}
                </p>
                <Button onClick={() => void store.tasks.setDone(day, taskId, false)}>{t.markNotDone}</Button>
              </>
            ) : (
              <Button
                icon="check"
                variant="primary"
                large
                onClick={() => void store.tasks.setDone(day, taskId, true)}
              >
                {t.markDone}
              </Button>
            )}
          </div>
          {!done && <HelpButton day={day} taskId={taskId} ownerId={ownerId} />}
        </section>
      </div>
    </main>
  );
}
