import type { Id } from '../../domain/types';
import type { myDayTexts } from '../../i18n/myday';
import type { MyDayView } from '../../store/myday';
import { Icon } from '../../ui/icons';
import { Photo } from '../common/Photo';
import { useStore } from '../context';
import css from './myday.module.css';

/**
 * A person's tasks in order, each with its picture: their own first, then what anyone at their
 * station may take. A tap opens the task; going back returns here.
 */
export function MyTasks({
  view,
  personId,
  t,
}: {
  view: MyDayView;
  personId: Id;
  t: ReturnType<typeof myDayTexts>;
}) {
  const store = useStore();
  // A day off with nothing given to them: no task list to show.
  if (view.shifts.length === 0 && view.tasks.length === 0) return null;
  const teacherOf = new Map(view.teachers.map((x) => [x.task.id, x.teacher.name]));
  return (
    <section class={css.tasksPanel} aria-labelledby="my-tasks">
      <h2 class={css.panelTitle} id="my-tasks">
        {t.tasksTitle}
      </h2>
      {view.tasks.length === 0 && <p class={css.line}>{t.noTasks}</p>}
      <ul class={css.tasks}>
        {view.tasks.map(({ planned, kind, stationId }) => {
          const { task, state } = planned;
          const teacher = teacherOf.get(task.id);
          const steps = task.steps.length;
          return (
            <li key={task.id}>
              <button
                type="button"
                class={`${css.task} ${state.done ? css.taskDone : ''} ${kind === 'mine' ? css.taskMine : ''}`}
                data-task={task.id}
                onClick={() => store.go({ screen: 'task', taskId: task.id, day: state.day, from: personId })}
              >
                <Photo
                  photoId={task.photoId}
                  variant="thumb"
                  width={160}
                  alt=""
                  pictogram={task.pictogram}
                  class={css.taskPhoto}
                />
                <span class={css.taskBody}>
                  <span class={css.taskTitle}>{task.title}</span>
                  <span class={css.taskMeta}>
                    {state.done ? (
                      <span class={css.doneTag}>
                        <Icon name="check" size={26} /> {t.taskDone}
                      </span>
                    ) : (
                      <>
                        {t.minutes(task.minutes)}
                        {steps > 0 &&
                          state.stepsDone.length > 0 &&
                          ` · ${t.stepsDone(state.stepsDone.length, steps)}`}
                      </>
                    )}
                  </span>
                  <span class={css.taskWho}>
                    {kind === 'mine' ? t.forYou : t.anyoneAt(view.stations.get(stationId)?.name ?? '')}
                  </span>
                  {teacher && <span class={css.teacher}>{t.learnFrom(teacher)}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
