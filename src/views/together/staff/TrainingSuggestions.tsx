import { peopleOnShift } from '../../../domain/plan';
import { needsTeacher, teachersFor } from '../../../domain/together';
import type { DayKey } from '../../../domain/types';
import { staffStore } from '../../../store/staff';
import { Button } from '../../../ui/Button';
import { Pictogram } from '../../../ui/Pictogram';
import { useStore } from '../../context';
import { useStaffText } from '../../staff/context';
import css from './staffTogether.module.css';

/**
 * Learners holding one of the day's tasks, with the people on shift who can teach it offered in
 * one tap. On the board in edit mode it shows only learners still without a teacher, right after
 * staff gave them the task.
 */
export function TrainingSuggestions({ day, onBoard = false }: { day: DayKey; onBoard?: boolean }) {
  const store = useStore();
  const t = useStaffText().togetherStaff;
  const { board, records } = store;
  const { togetherStaff } = staffStore(store);
  const plan = board.planOf(day);
  const people = records.view.people.value;
  const onShift = new Set(peopleOnShift(plan));
  const learners = plan.tasks.filter((x) => {
    const owner = x.state.owner;
    if (onBoard && x.state.teacherId) return false;
    return owner.kind === 'person' && needsTeacher(people.get(owner.id), x.task);
  });
  if (onBoard && learners.length === 0) return null;
  return (
    <section class={`${css.panel} ${onBoard ? css.onBoard : ''}`} aria-labelledby="training-title">
      <h2 id="training-title">{t.trainingTitle}</h2>
      {learners.length === 0 && <p class={css.quiet}>{t.noLearners}</p>}
      <ul class={css.list}>
        {learners.map(({ task, state }) => {
          const learnerId = state.owner.kind === 'person' ? state.owner.id : null;
          const teacher = state.teacherId ? people.get(state.teacherId) : undefined;
          const options = teachersFor(task.id, [...people.values()], onShift, learnerId);
          return (
            <li key={task.id} class={css.row}>
              <Pictogram name="learn" size={40} />
              <span class={css.grow}>{t.learns(board.personName(learnerId ?? ''), task.title)}</span>
              {teacher ? (
                <>
                  <strong>{t.paired(teacher.name)}</strong>
                  <Button onClick={() => void togetherStaff.setTeacher(day, task.id, null)}>
                    {t.unpair}
                  </Button>
                </>
              ) : options.length === 0 ? (
                <span class={css.quiet}>{t.noTeacher}</span>
              ) : (
                <span class={css.options}>
                  <span>{t.suggest}</span>
                  {options.map((p) => (
                    <Button key={p.id} onClick={() => void togetherStaff.setTeacher(day, task.id, p.id)}>
                      {t.pairWith(p.name)}
                    </Button>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
