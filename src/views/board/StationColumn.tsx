import type { PlannedShift, PlannedTask } from '../../domain/plan';
import type { DayKey, Person, Station } from '../../domain/types';
import { Pictogram } from '../../ui/Pictogram';
import { Face } from '../common/Face';
import { MyDayFace } from '../common/MyDayFace';
import { useStore, useText } from '../context';
import { useDrag } from '../edit/dragContext';
import css from './station.module.css';
import { TaskCard } from './TaskCard';

interface Entry {
  station: Station;
  shifts: { shift: PlannedShift; people: Person[] }[];
  tasks: PlannedTask[];
}

/**
 * One station: who is on, the tasks given to one of them (each card with that person's face), then
 * under "Alle på Bar" the tasks anyone at the station may take.
 */
export function StationColumn({ entry, day }: { entry: Entry; day: DayKey }) {
  const t = useText().board;
  const { station, shifts, tasks } = entry;
  const changed = useStore().board.changedIds.value;
  const drag = useDrag();
  const editing = drag !== null;
  const given = tasks.filter((pt) => pt.state.owner.kind === 'person');
  const open = tasks.filter((pt) => pt.state.owner.kind !== 'person');
  const anyone = t.anyoneAt(station.name);
  return (
    <section
      class={css.station}
      style={{ '--station': `var(--st-${station.color}, var(--st-other))` }}
      aria-labelledby={`station-${station.id}`}
      {...(editing ? { 'data-drop': 'station', 'data-id': station.id } : {})}
    >
      <div class={css.crew}>
        <h3 class={css.stationName} id={`station-${station.id}`}>
          <Pictogram name={station.pictogram} size={40} />
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
                <span class={css.shiftLabel}>{shift.label}</span>{' '}
                <span class={css.shiftTime}>{t.shiftTime(shift.start, shift.end)}</span>
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
                        <Face person={p} size={40} />
                        <span>{p.name}</span>
                      </button>
                    ) : (
                      <MyDayFace person={p} size={40} day={day} />
                    )}
                  </li>
                ))}
              </ul>
              {drag && <drag.TakeOver day={day} shiftId={shift.id} />}
            </div>
          ))
        )}
      </div>
      <div class={css.work}>
        {given.length > 0 && (
          <ul class={css.tasks}>
            {given.map((pt) => (
              <li key={pt.task.id}>
                <TaskCard planned={pt} day={day} changed={!!pt.mark} />
              </li>
            ))}
          </ul>
        )}
        {open.length > 0 && (
          <>
            {/* Each card below says it too, in its accessible name. */}
            <p class={css.anyone} aria-hidden="true">
              {anyone}
            </p>
            <ul class={css.tasks}>
              {open.map((pt) => (
                <li key={pt.task.id}>
                  <TaskCard planned={pt} day={day} changed={!!pt.mark} anyone={anyone} />
                </li>
              ))}
            </ul>
          </>
        )}
        {tasks.length === 0 && <p class={css.empty}>{t.noTasks}</p>}
      </div>
    </section>
  );
}
