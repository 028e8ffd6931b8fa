import { awayOn, minutesByPerson } from '../../domain/planner';
import { formatWeekday } from '../../i18n';
import { Face } from '../common/Face';
import { useDrag } from '../edit/dragContext';
import { useStaffStore, useStaffText } from '../staff/context';
import { usePlannerState } from './Planner';
import css from './planner.module.css';

/** "Slip her …", shown only while a face is dragged (its line is kept, so nothing moves). */
function DropOffHint({ text }: { text: string }) {
  const active = useDrag()!.active.value;
  return (
    <p class={css.dropOff} aria-hidden={!active}>
      {text}
    </p>
  );
}

/**
 * Every active person with their hours in the week and the days they are away. A face dragged from
 * here goes onto a shift; a face from a shift dropped here comes off it.
 */
export function Rail() {
  const store = useStaffStore();
  const t = useStaffText().plannerView;
  const drag = useDrag()!;
  const { days, dayIndex } = usePlannerState();
  const lang = store.settings.value.lang;
  const minutes = minutesByPerson(days.map((d) => store.board.planOf(d)));
  const people = [...store.records.view.people.value.values()]
    .filter((p) => p.active)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return (
    <section class={css.rail} data-rail aria-labelledby="planner-rail">
      <h3 id="planner-rail" class={css.railTitle}>
        {t.people}
      </h3>
      <DropOffHint text={t.dropOff} />
      <ul class={css.railList}>
        {people.map((p) => {
          const away = days.filter((d) => awayOn(p, d)).map((d) => formatWeekday(d, lang).slice(0, 3));
          return (
            <li key={p.id}>
              <button
                type="button"
                class={css.railFace}
                data-person={p.id}
                {...drag.planHandlers(p.id, null, days[dayIndex]!, p.name)}
              >
                <Face person={p} size={40} />
                <span class={css.railWords}>
                  <span class={css.railName}>{p.name}</span>
                  <span class={css.hours}>{t.hours(minutes.get(p.id) ?? 0)}</span>
                  {away.length > 0 && <span class={css.awayTag}>{t.awayDays(away.join(', '))}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
