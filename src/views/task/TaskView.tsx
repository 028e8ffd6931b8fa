import type { DayKey, Id } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { Pictogram } from '../../ui/Pictogram';
import { Photo } from '../common/Photo';
import { SaveStatus } from '../common/SaveStatus';
import { useStore, useText } from '../context';
import css from './task.module.css';

/** A task opened large: how it looks when done, then the steps as a checklist. */
export function TaskView({ taskId, day }: { taskId: Id; day: DayKey }) {
  const store = useStore();
  const t = useText().board;
  const task = store.records.view.tasks.value.get(taskId);
  const back = () => store.go({ screen: 'board' });
  if (!task) {
    return (
      <main class={css.view}>
        <p class={css.missing}>{t.taskNotFound}</p>
        <Button icon="back" variant="primary" large onClick={back}>
          {t.back}
        </Button>
      </main>
    );
  }
  const state = store.tasks.stateOf(day, taskId);
  const station = store.records.view.stations.value.get(task.stationId);
  const done = state?.done ?? false;
  return (
    <main class={css.view}>
      <div class={css.top}>
        <Button icon="back" variant="primary" large onClick={back}>
          {t.back}
        </Button>
        <SaveStatus />
      </div>
      <div class={css.layout}>
        <figure class={css.result}>
          <Photo photoId={task.photoId} variant="full" alt={t.finishedLooks} pictogram={task.pictogram} />
          <figcaption>{t.finishedLooks}</figcaption>
        </figure>
        <section class={css.details}>
          <h1 class={css.title}>{task.title}</h1>
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
                    {step.photoId && (
                      <Photo
                        photoId={step.photoId}
                        variant="thumb"
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
        </section>
      </div>
    </main>
  );
}
