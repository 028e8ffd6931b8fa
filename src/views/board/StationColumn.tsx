import type { PlannedShift, PlannedTask } from '../../domain/plan';
import type { DayKey, Person, Station } from '../../domain/types';
import { Pictogram } from '../../ui/Pictogram';
import { Face } from '../common/Face';
import { MyDayFace } from '../common/MyDayFace';
import { useStore, useText } from '../context';
import { useDrag } from '../edit/dragContext';
import css from './board.module.css';
import { TaskCard } from './TaskCard';

interface Entry {
  station: Station;
  shifts: { shift: PlannedShift; people: Person[] }[];
  tasks: PlannedTask[];
}

/** One station: who is on, then its task cards. */
export function StationColumn({ entry, day }: { entry: Entry; day: DayKey }) {
  const t = useText().board;
  const { station, shifts, tasks } = entry;
  const changed = useStore().board.changedIds.value;
  const drag = useDrag();
  const editing = drag !== null;
  return (
    <section
      class={css.station}
      style={{ '--station': `var(--st-${station.color}, var(--st-other))` }}
      aria-labelledby={`station-${station.id}`}
      {...(editing ? { 'data-drop': 'station', 'data-id': station.id } : {})}
    >
      <h3 class={css.stationName} id={`station-${station.id}`}>
        <Pictogram name={station.pictogram} size={48} />
        {station.name}
      </h3>
      {shifts.length === 0 ? (
        <p class={css.empty}>{t.nobodyOnShift}</p>
      ) : (
        shifts.map(({ shift, people }) => (
          <div
            key={shift.id}
            class={`${css.shift} ${shift.mark || changed.has(shift.id) ? css.changed : ''}`}
            {...(drag ? { 'data-shift': shift.id } : {})}
          >
            <p class={css.shiftHead}>
              <span>{shift.label}</span>{' '}
              <span class={css.tabular}>{t.shiftTime(shift.start, shift.end)}</span>
            </p>
            <ul class={css.people}>
              {people.map((p) => (
                <li
                  key={p.id}
                  class={css.person}
                  {...(editing ? { 'data-drop': 'person', 'data-id': p.id } : {})}
                >
                  {drag ? (
                    // In edit mode a person can be dragged to another shift, or tapped for buttons.
                    <button
                      type="button"
                      class={css.personButton}
                      data-person={p.id}
                      {...drag.personHandlers(p.id, shift.id, day, p.name)}
                    >
                      <Face person={p} size={44} />
                      <span>{p.name}</span>
                    </button>
                  ) : (
                    <MyDayFace person={p} size={44} day={day} />
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <ul class={css.tasks}>
        {tasks.map((pt) => (
          <li key={pt.task.id}>
            <TaskCard planned={pt} day={day} changed={!!pt.mark} />
          </li>
        ))}
      </ul>
      {tasks.length === 0 && <p class={css.empty}>{t.noTasks}</p>}
    </section>
  );
}
