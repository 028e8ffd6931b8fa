import type { PlannedTask } from '../../domain/plan';
import type { DayKey } from '../../domain/types';
import { Icon } from '../../ui/icons';
import { Face } from '../common/Face';
import { Photo } from '../common/Photo';
import { useStore, useText } from '../context';
import { useDrag, useLifted } from '../edit/dragContext';
import mine from '../together/card.module.css';
import css from './board.module.css';

/** A task on the board: the finished-result picture first, then a few words. */
export function TaskCard({ planned, day, changed }: { planned: PlannedTask; day: DayKey; changed: boolean }) {
  const store = useStore();
  const text = useText();
  const t = text.board;
  const { task, state } = planned;
  // In edit mode a card can be dragged, and a tap opens the move panel instead of the task.
  const drag = useDrag();
  // Only the card that is lifted, or was, redraws as a finger moves: not the whole board.
  const dragged = useLifted(task.id);
  const owner = state.owner.kind === 'person' ? store.records.view.people.value.get(state.owner.id) : null;
  const steps = task.steps.length;
  const teacher = state.teacherId ? store.records.view.people.value.get(state.teacherId) : null;
  // Staff know the marker; the room sees only a small dot, never who asked or why.
  const helpAsked = day === store.board.today.value && store.together.helpTasks.value.has(task.id);
  return (
    <button
      type="button"
      class={`${css.card} ${state.done ? css.cardDone : ''} ${changed ? css.changed : ''} ${drag ? css.editCard : ''} ${dragged ? css.cardLifted : ''}`}
      onClick={(e) => {
        // A tap on the owner's face opens their day (Min dag); anywhere else on the card, the task.
        const face = (e.target as Element).closest('[data-face]')?.getAttribute('data-face');
        store.go(face ? { screen: 'myday', personId: face } : { screen: 'task', taskId: task.id, day });
      }}
      {...(drag?.handlers(task.id, day, task.title) ?? {})}
      data-task={task.id}
      data-owner={state.owner.kind}
    >
      <Photo
        photoId={task.photoId}
        variant="thumb"
        width={80}
        alt=""
        pictogram={task.pictogram}
        class={css.cardPhoto}
      />
      <span class={css.cardBody}>
        <span class={css.cardTitle}>{task.title}</span>
        <span class={css.cardMeta}>
          {state.done ? (
            <span class={css.doneTag}>
              <Icon name="check" size={22} /> {t.taskDone}
            </span>
          ) : (
            <span>
              {t.minutes(task.minutes)}
              {steps > 0 && state.stepsDone.length > 0 && ` · ${t.stepsDone(state.stepsDone.length, steps)}`}
            </span>
          )}
        </span>
        {owner && (
          <span class={css.cardOwner}>
            <Face person={owner} size={32} /> {owner.name}
          </span>
        )}
        {teacher && <span class={mine.teacher}>{text.together.learnFrom(teacher.name)}</span>}
        {changed && <span class={css.changeTag}>{t.changed}</span>}
        {helpAsked && (
          <span class={mine.helpMarker} data-help-marker>
            <span class="visually-hidden">{text.together.helpMarker}</span>
          </span>
        )}
      </span>
    </button>
  );
}
