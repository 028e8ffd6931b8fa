import { tasksOf } from '../../domain/plan';
import type { DayKey } from '../../domain/types';
import { Pictogram } from '../../ui/Pictogram';
import { TaskCard } from '../board/TaskCard';
import { useStore } from '../context';
import { useStaffText } from '../staff/context';
import css from './edit.module.css';

/** In edit mode, the pool shows as a drop target below the stations. */
export function PoolZone({ day }: { day: DayKey }) {
  const { board } = useStore();
  const t = useStaffText().edit;
  const pool = tasksOf(board.planOf(day), { kind: 'pool' });
  return (
    <section class={css.pool} data-drop="pool" aria-labelledby="pool-zone">
      <h2 id="pool-zone" class={css.poolTitle}>
        <Pictogram name="pool" size={40} />
        {t.poolZone}
      </h2>
      <ul class={css.poolList}>
        {pool.map((p) => (
          <li key={p.task.id}>
            <TaskCard planned={p} day={day} changed={!!p.mark} />
          </li>
        ))}
      </ul>
    </section>
  );
}
