import { useEffect, useState } from 'preact/hooks';
import type { DayPlan, PlannedShift } from '../../domain/plan';
import { awayOn, dayTotals, type Gap, gaps, unstaffed } from '../../domain/planner';
import type { DayKey, Id, Person, Station } from '../../domain/types';
import { capitalize, formatDay, formatWeekday } from '../../i18n';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { Pictogram } from '../../ui/Pictogram';
import { Face } from '../common/Face';
import { useDrag } from '../edit/dragContext';
import { useStaffStore, useStaffText } from '../staff/context';
import { shiftOn, usePlannerState } from './Planner';
import css from './planner.module.css';
import { TakeOver } from './TakeOver';

/** Station rows in the first paint: what a wall or a tablet shows before scrolling. */
const FIRST_ROWS = 3;

interface Day {
  plan: DayPlan;
  minutes: number;
  people: number;
  nobody: Set<Id>;
  gaps: Map<Id, Gap>;
  away: Person[];
}

/** The week as a grid: a head per day (totals, who is away, back to the usual week), then a row per station. */
export function WeekGrid() {
  const store = useStaffStore();
  const t = useStaffText().plannerView;
  const { days, dayIndex, planner, said } = usePlannerState();
  const lang = store.settings.value.lang;
  const people = store.records.view.people.value;
  const all = [...people.values()];
  const tasks = store.records.lists.tasks.value;
  const templates = store.records.view.shiftTemplates.value;
  const usual = (id: Id) => templates.get(id)?.personIds ?? [];
  const week: Day[] = days.map((day) => {
    const plan = store.board.planOf(day);
    return {
      plan,
      ...dayTotals(plan),
      nobody: unstaffed(plan),
      gaps: new Map(gaps(plan, usual, all, tasks).map((g) => [g.shift.id, g])),
      away: all.filter((p) => p.active && awayOn(p, day)),
    };
  });
  const off = (i: number) => (i === dayIndex ? '' : (css.otherDay ?? ''));
  // The first rows paint with the tap that opened the planner; the rows below the fold follow in
  // the next quiet moment (below what is seen, so nothing moves under a finger).
  const [rows, setRows] = useState(FIRST_ROWS);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setRows(Number.POSITIVE_INFINITY));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const resetDay = async (day: DayKey) => {
    const name = capitalize(formatDay(day, lang));
    said.value = (await planner.resetDay(day)) ? t.dayReset(name) : t.notDone;
  };

  return (
    <div class={css.grid}>
      <div class={`${css.row} ${css.heads}`}>
        {week.map(({ plan, minutes, people: count, away }, i) => {
          const name = capitalize(formatDay(plan.day, lang));
          const [, month, date] = plan.day.split('-').map(Number);
          return (
            <div key={plan.day} class={`${css.dayHead} ${off(i)}`}>
              <h3 class={css.dayName} aria-label={name}>
                {capitalize(formatWeekday(plan.day, lang))} {date}/{month}
              </h3>
              <p class={css.total}>{plan.open ? t.dayTotal(count, minutes) : t.closed}</p>
              {away.length > 0 && (
                <p class={css.awayLine}>
                  <Icon name="user" size={24} /> {t.awayOnDay(away.map((p) => p.name).join(', '))}
                </p>
              )}
              <Button
                class={css.small}
                aria-label={t.resetDayName(name)}
                onClick={() => void resetDay(plan.day)}
              >
                {t.resetDay}
              </Button>
            </div>
          );
        })}
      </div>
      {store.board.stations.value.slice(0, rows).map((station) => (
        <StationRow key={station.id} station={station} week={week} off={off} />
      ))}
    </div>
  );
}

function StationRow({ station, week, off }: { station: Station; week: Day[]; off: (i: number) => string }) {
  const t = useStaffText().plannerView;
  return (
    // A row of its own, so a row below the fold is laid out only when it scrolls into view.
    <section class={css.row} aria-label={station.name}>
      <h3 class={css.stationHead} style={{ '--station': `var(--st-${station.color}, var(--st-other))` }}>
        <Pictogram name={station.pictogram} size={30} />
        {station.name}
      </h3>
      {week.map((day, i) => {
        const shifts = day.plan.shifts.filter((s) => s.stationId === station.id);
        const nobody = day.nobody.has(station.id);
        return (
          <div
            key={day.plan.day}
            class={`${css.cell} ${nobody ? css.nobody : ''} ${off(i)}`}
            data-station={station.id}
          >
            {shifts.length === 0 && <p class={css.quiet}>{day.plan.open ? t.noShifts : t.closed}</p>}
            {nobody && (
              <p class={css.problem}>
                <Icon name="alert" size={24} /> <span aria-hidden="true">{t.nobodyOn}</span>
                <span class="visually-hidden">{t.nobodyOnLong(station.name)}</span>
              </p>
            )}
            {shifts.map((shift) => (
              <ShiftBox key={shift.id} shift={shift} day={day.plan.day} gap={day.gaps.get(shift.id)} />
            ))}
          </div>
        );
      })}
    </section>
  );
}

function ShiftBox({ shift, day, gap }: { shift: PlannedShift; day: DayKey; gap: Gap | undefined }) {
  const store = useStaffStore();
  const text = useStaffText();
  const t = text.plannerView;
  const drag = useDrag()!;
  const { said } = usePlannerState();
  const people = store.records.view.people.value;
  const crew = shift.personIds.map((id) => people.get(id)).filter((p): p is Person => !!p && p.active);
  const where = shiftOn(store, day, shift.id);
  const headId = `shift-${day}-${shift.id}`;
  return (
    <div class={css.shift} data-shift={shift.id} data-day={day}>
      <p class={css.shiftHead} id={headId}>
        <span class={css.shiftLabel}>{shift.label}</span>{' '}
        <span class={css.time}>{text.board.shiftTime(shift.start, shift.end)}</span>
      </p>
      {crew.length > 0 && (
        <ul class={css.faces}>
          {crew.map((p) => {
            const away = awayOn(p, day) !== null;
            return (
              <li key={p.id}>
                <button
                  type="button"
                  class={`${css.face} ${away ? css.isAway : ''}`}
                  aria-describedby={headId}
                  data-person={p.id}
                  {...drag.planHandlers(p.id, shift.id, day, p.name)}
                >
                  <Face person={p} size={36} />
                  <span class={css.faceName}>{p.name}</span>
                  {away && <span class={css.awayTag}>{t.away}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {gap && (
        <TakeOver
          day={day}
          shiftId={shift.id}
          onTaken={(name, ok) => (said.value = ok ? t.placed(name, where) : t.notDone)}
        />
      )}
    </div>
  );
}
