import { addDays, isoWeek, weekOf } from '../../domain/calendar';
import type { DayPlan } from '../../domain/plan';
import type { DayKey, Id, Person } from '../../domain/types';
import { capitalize, formatDay, formatWeekday } from '../../i18n';
import { weekTexts } from '../../i18n/week';
import { printPage } from '../../platform/print';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import { useDays } from '../common/useDays';
import { useStore, useText } from '../context';
import css from './week.module.css';

/** In the address instead of a person's id: every person's week, one A4 page each on paper. */
export const EVERYONE = 'alle';

/** The week plan (ugeskema), Monday to Sunday, for the café or for one person; prints on A4. */
export function Week({ day, personId }: { day: DayKey; personId: Id | null }) {
  const store = useStore();
  const t = weekTexts(useText().lang);
  const { board, records } = store;
  const lang = store.settings.value.lang;
  const today = board.today.value;
  const tomorrow = addDays(today, 1);
  const everyone = personId === EVERYONE;
  const person = personId && !everyone ? records.view.people.value.get(personId) : undefined;
  const people = store.together.everyone.value;
  const days = weekOf(day);
  useDays(days[0]!, days[6]!);
  const go = (next: { day?: DayKey; personId?: Id | null }) =>
    store.go({
      screen: 'week',
      day: next.day ?? day,
      personId: next.personId === undefined ? personId : next.personId,
    });
  const title = everyone ? t.everyonesWeek : person ? t.weekFor(person.name) : t.cafeWeek;
  const weekLine = `${t.weekOf(isoWeek(days[0]!))} · ${formatDay(days[0]!, lang)} – ${formatDay(days[6]!, lang)}`;
  const label = (d: DayKey) => (d === today ? t.today : d === tomorrow ? t.tomorrow : null);

  return (
    <main class={css.view}>
      <div class={`${css.top} ${css.noPrint}`}>
        <Button icon="back" variant="primary" large onClick={() => store.go({ screen: 'board' })}>
          {t.back}
        </Button>
        <nav class={css.weekNav} aria-label={t.weekTitle}>
          <Button
            icon="chevron-left"
            aria-label={t.prevWeek}
            onClick={() => go({ day: addDays(days[0]!, -7) })}
          />
          <Button onClick={() => go({ day: today })}>{t.thisWeek}</Button>
          <Button
            icon="chevron-right"
            aria-label={t.nextWeek}
            onClick={() => go({ day: addDays(days[0]!, 7) })}
          />
          <Button icon="calendar" onClick={() => go({ day: tomorrow })}>
            {t.tomorrow}
          </Button>
          {/* Where no printer is set up, the browser's print dialog (and its file picker) is
              for staff only: nobody at the wall should land in it. */}
          {(store.settings.value.printer || store.session.unlocked.value) && (
            <Button icon="printer" onClick={() => printPage()}>
              {t.print}
            </Button>
          )}
        </nav>
      </div>
      <header class={`${css.heading} ${everyone ? css.noPrint : ''}`}>
        <h1 class={css.title}>{title}</h1>
        <p class={css.weekNo}>{weekLine}</p>
      </header>
      <ul class={`${css.pick} ${css.noPrint}`} aria-label={t.choosePerson}>
        <li>
          <button
            type="button"
            class={`${css.pickButton} ${person ? '' : css.pickOn}`}
            aria-pressed={!person}
            onClick={() => go({ personId: null })}
          >
            <Pictogram name="coffee" size={40} /> {t.wholeCafe}
          </button>
        </li>
        <li>
          <button
            type="button"
            class={`${css.pickButton} ${everyone ? css.pickOn : ''}`}
            aria-pressed={everyone}
            onClick={() => go({ personId: EVERYONE })}
          >
            <Pictogram name="plan" size={40} /> {t.everyone}
          </button>
        </li>
        {people.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              class={`${css.pickButton} ${p.id === personId ? css.pickOn : ''}`}
              aria-pressed={p.id === personId}
              onClick={() => go({ personId: p.id })}
            >
              <Avatar name={p.name} color={p.color} size={40} /> {p.name}
            </button>
          </li>
        ))}
      </ul>
      {everyone ? (
        people.map((p) => (
          <section key={p.id} class={css.personPage} aria-label={t.weekFor(p.name)}>
            <h2 class={css.title}>{t.weekFor(p.name)}</h2>
            <p class={css.weekNo}>{weekLine}</p>
            <div class={css.days}>
              {days.map((d) => (
                <DayColumn key={d} plan={board.planOf(d)} person={p} label={label(d)} />
              ))}
            </div>
          </section>
        ))
      ) : (
        <div class={css.days}>
          {days.map((d) => (
            <DayColumn key={d} plan={board.planOf(d)} person={person} label={label(d)} />
          ))}
        </div>
      )}
    </main>
  );
}

function DayColumn({
  plan,
  person,
  label,
}: {
  plan: DayPlan;
  person: Person | undefined;
  label: string | null;
}) {
  const store = useStore();
  const t = weekTexts(useText().lang);
  const lang = store.settings.value.lang;
  const stations = store.board.stations.value;
  const names = store.records.view.people.value;
  const shifts = person ? plan.shifts.filter((s) => s.personIds.includes(person.id)) : plan.shifts;
  const mine = person
    ? plan.tasks.filter((x) => x.state.owner.kind === 'person' && x.state.owner.id === person.id)
    : [];
  return (
    <section
      class={`${css.day} ${label ? css.dayMarked : ''}`}
      aria-label={capitalize(formatDay(plan.day, lang))}
      data-week-day={plan.day}
    >
      <h2 class={css.dayName}>
        <span>
          {capitalize(formatWeekday(plan.day, lang))} <span class={css.date}>{shortDate(plan.day)}</span>
        </span>
        {label && <span class={css.dayLabel}>{label}</span>}
      </h2>
      {!plan.open ? (
        <p class={css.closed}>
          <Pictogram name="closed" size={40} /> {t.closed}
        </p>
      ) : (
        <>
          <p class={css.hours}>{t.hours(plan.opens, plan.closes)}</p>
          {person && shifts.length === 0 && (
            <p class={css.closed}>
              <Pictogram name="home" size={40} /> {t.offDay}
            </p>
          )}
          {shifts.length > 0 && (
            <ul class={css.shifts} aria-label={t.shifts}>
              {stations
                .filter((st) => shifts.some((s) => s.stationId === st.id))
                .map((station) => (
                  <li
                    key={station.id}
                    class={css.shift}
                    style={{ borderColor: `var(--st-${station.color})` }}
                  >
                    <span class={css.shiftHead}>
                      <Pictogram name={station.pictogram} size={32} />
                      <strong>{station.name}</strong>
                    </span>
                    {shifts
                      .filter((s) => s.stationId === station.id)
                      .map((s) => (
                        <span key={s.id} class={css.shiftLine}>
                          <span class={css.shiftTime}>{t.hours(s.start, s.end)}</span>
                          {!person && (
                            <span class={css.shiftPeople}>
                              {s.personIds
                                .map((id) => names.get(id)?.name)
                                .filter(Boolean)
                                .join(', ')}
                            </span>
                          )}
                        </span>
                      ))}
                  </li>
                ))}
            </ul>
          )}
          {mine.length > 0 && (
            <ul class={css.tasks}>
              {mine.map((x) => (
                <li key={x.task.id}>
                  <Pictogram name={x.task.pictogram} size={28} /> {x.task.title}
                </li>
              ))}
            </ul>
          )}
          {(!person || shifts.length > 0) && (
            <ul class={css.blocks} aria-label={t.dayStructure}>
              {plan.blocks.map((b) => (
                <li key={b.id}>
                  <Pictogram name={b.pictogram} size={28} />
                  <span class={css.blockTime}>{t.hours(b.start, b.end).split('–')[0]}</span> {b.title}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** "23/11": the weekday carries the meaning, the date only confirms it. */
function shortDate(day: DayKey): string {
  const [, m, d] = day.split('-');
  return `${Number(d)}/${Number(m)}`;
}
