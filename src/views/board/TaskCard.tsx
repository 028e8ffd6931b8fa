import type { PlannedTask } from '../../domain/plan';
import type { DayKey } from '../../domain/types';
import { Icon } from '../../ui/icons';
import { Face } from '../common/Face';
import { Photo } from '../common/Photo';
import { useStore, useText } from '../context';
import { useDrag, useLifted } from '../edit/dragContext';
import css from './station.module.css';

interface Props {
  planned: PlannedTask;
  day: DayKey;
  changed: boolean;
  /** "Alle på Bar": anyone at the station may take it (shown once above these cards, said by each). */
  anyone?: string;
}

/**
 * A task on the board: the finished-result picture first, then a few words. The board's density
 * (full, compact, tight) decides how many of the words show; the title and whose it is always do.
 */
export function TaskCard({ planned, day, changed, anyone }: Props) {
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
  // Staff know the sign; the room sees only a small hand, never who asked or why.
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
      <span class={css.cardPicture}>
        <Photo photoId={task.photoId} variant="thumb" width={80} alt="" pictogram={task.pictogram} />
        {state.done && (
          <span class={css.doneMark}>
            <Icon name="check" size={24} />
          </span>
        )}
      </span>
      <span class={css.cardBody}>
        <span class={`${css.cardTitle} ${/\S{17}/.test(task.title) ? css.longWord : ''}`}>{task.title}</span>
        <span class={css.cardMeta}>
          {state.done
            ? t.taskDone
            : `${t.minutes(task.minutes)}${steps > 0 && state.stepsDone.length > 0 ? ` · ${t.stepsDone(state.stepsDone.length, steps)}` : ''}`}
        </span>
        {owner ? (
          // The person, and who teaches them, on one line where it fits.
          <span class={css.cardOwner}>
            <Face person={owner} size={40} />
            <span>{owner.name}</span>
            {teacher && <span class={css.teacher}>{text.together.learnFrom(teacher.name)}</span>}
          </span>
        ) : (
          <>
            {anyone && <span class="visually-hidden">{anyone}</span>}
            {teacher && <span class={css.teacher}>{text.together.learnFrom(teacher.name)}</span>}
          </>
        )}
        {changed && <span class={css.changeTag}>{t.changed}</span>}
      </span>
      {helpAsked && (
        <span class={css.helpSign} data-help-marker>
          <Icon name="hand" size={28} />
          <span class="visually-hidden">{text.together.helpMarker}</span>
        </span>
      )}
    </button>
  );
}
