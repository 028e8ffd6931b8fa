import { addDays, formatMinutes } from '../../domain/calendar';
import type { PlannedShift } from '../../domain/plan';
import type { DayKey, Id } from '../../domain/types';
import { capitalize, formatDay } from '../../i18n';
import { myDayTexts } from '../../i18n/myday';
import { type MyDayView, type MyNowNext, myDayOf } from '../../store/myday';
import { Button } from '../../ui/Button';
import { Pictogram } from '../../ui/Pictogram';
import { Face } from '../common/Face';
import { SpeakButton } from '../common/SpeakButton';
import { useDays } from '../common/useDays';
import { useStore, useText } from '../context';
import { MyTasks } from './MyTasks';
import css from './myday.module.css';

type Texts = ReturnType<typeof myDayTexts>;

/**
 * "Min dag": one person's day, large. Their shifts and station, their own Nu / Bagefter, their
 * tasks with pictures, who teaches them, what is different for them, and tomorrow. Nothing private.
 */
export function MyDay({ personId }: { personId: Id }) {
  const store = useStore();
  const text = useText();
  const lang = text.lang;
  const t = myDayTexts(lang);
  const { day, current } = myDayOf(store, personId);
  const view = day.value;
  // Tomorrow and the next shift may lie beyond the days the board keeps in memory.
  useDays(view?.day ?? null, view ? addDays(view.day, 15) : null);
  const back = (
    <Button icon="back" variant="primary" large onClick={() => store.go({ screen: 'board' })}>
      {t.back}
    </Button>
  );
  if (!view) {
    return (
      <main class={css.view}>
        <p class={css.lead}>{t.notFound}</p>
        <div>{back}</div>
      </main>
    );
  }

  const today = store.board.today.value;
  const when = (d: DayKey) =>
    d === today ? t.todayLabel : d === addDays(today, 1) ? t.tomorrowLabel : capitalize(formatDay(d, lang));
  const station = (id: Id) => view.stations.get(id);
  const shiftLine = (s: PlannedShift) =>
    `${station(s.stationId)?.name ?? ''} · ${s.label} ${t.shiftTime(s.start, s.end)}`;
  const names = {
    station: (id: string) => station(id)?.name ?? '',
    person: (id: string) => store.board.personName(id),
    task: (id: string) => store.records.view.tasks.value.get(id)?.title ?? '',
  };
  const changes = view.changes.map((c) => text.change(c, names));
  const now = current.value;
  const title = t.title(view.person.name);
  const dayWord = when(view.day);
  const nextDay = nextDayLines(view, t, when, shiftLine);

  return (
    <main class={css.view} data-myday={personId}>
      <div class={css.top}>
        {back}
        <SpeakButton
          what={title}
          text={[
            title,
            dayWord,
            ...view.shifts.map((s) => `${t.yourShift}: ${shiftLine(s)}`),
            ...nowLines(now, t),
            view.tasks.length > 0
              ? `${t.tasksTitle}: ${view.tasks.map((x) => x.planned.task.title).join(', ')}`
              : '',
            ...view.teachers.map((x) => t.learnFrom(x.teacher.name)),
            ...changes,
            `${when(view.tomorrow.day)}: ${nextDay.join('. ')}`,
          ]
            .filter(Boolean)
            .join('. ')}
        />
      </div>
      <header class={css.heading}>
        <Face person={view.person} size={112} />
        <div>
          <h1 class={css.title}>{title}</h1>
          <p class={css.date}>
            {dayWord}
            {view.day === today || view.day === addDays(today, 1) ? ` · ${formatDay(view.day, lang)}` : ''}
          </p>
        </div>
      </header>
      <div class={css.layout}>
        <div class={css.side}>
          <section class={css.panel} aria-labelledby="my-shift">
            <h2 class={css.panelTitle} id="my-shift">
              {view.shifts.length > 1 ? t.yourShifts : t.yourShift}
            </h2>
            {view.shifts.length === 0 ? (
              <p class={css.line}>{t.noShift(dayWord.toLowerCase())}</p>
            ) : (
              <Shifts shifts={view.shifts} view={view} t={t} />
            )}
          </section>
          {now && now.phase !== 'closed' && <MyNow now={now} t={t} />}
          {view.teachers.length > 0 && (
            <section class={css.panel} aria-labelledby="my-teachers">
              <h2 class={css.panelTitle} id="my-teachers">
                {t.teachersTitle}
              </h2>
              <ul class={css.list}>
                {view.teachers.map(({ teacher, task }) => (
                  <li key={task.id} class={css.person}>
                    <Face person={teacher} size={56} />
                    <span>{t.teaches(teacher.name, task.title)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {changes.length > 0 && (
            <section class={`${css.panel} ${css.changes}`} aria-labelledby="my-changes">
              <h2 class={css.panelTitle} id="my-changes">
                {t.changesTitle}
              </h2>
              <ul class={css.bullets}>
                {changes.map((c, i) => (
                  <li key={`${i}-${c}`}>{c}</li>
                ))}
              </ul>
            </section>
          )}
          <section class={css.panel} aria-labelledby="my-tomorrow">
            <h2 class={css.panelTitle} id="my-tomorrow">
              {when(view.tomorrow.day)}
            </h2>
            {view.tomorrow.shifts.length > 0 ? (
              <Shifts shifts={view.tomorrow.shifts} view={view} t={t} />
            ) : (
              <>
                <p class={css.line}>{view.tomorrow.open ? t.dayOff : t.closed}</p>
                {view.later && (
                  <>
                    <p class={css.line}>{t.nextShift(when(view.later.day))}</p>
                    <Shifts shifts={view.later.shifts} view={view} t={t} />
                  </>
                )}
              </>
            )}
          </section>
        </div>
        <MyTasks view={view} personId={personId} t={t} />
      </div>
    </main>
  );
}

/** Shifts with their station's picture, name, the shift's name and its time. */
function Shifts({ shifts, view, t }: { shifts: PlannedShift[]; view: MyDayView; t: Texts }) {
  return (
    <ul class={css.list}>
      {shifts.map((s) => {
        const station = view.stations.get(s.stationId);
        return (
          <li
            key={s.id}
            class={css.shift}
            style={{ '--station': `var(--st-${station?.color}, var(--st-other))` }}
          >
            <Pictogram name={station?.pictogram ?? 'plan'} size={56} />
            <span>
              <strong>{station?.name}</strong> · {s.label}{' '}
              <span class={css.time}>{t.shiftTime(s.start, s.end)}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Their own Nu and Bagefter, within their shifts. */
function MyNow({ now, t }: { now: MyNowNext; t: Texts }) {
  const [first, second] = nowLines(now, t, false);
  return (
    <section class={css.now} aria-labelledby="my-now">
      <h2 class={css.nowLabel} id="my-now">
        {t.now}
      </h2>
      {now.now && <Pictogram name={now.now.pictogram} size={64} />}
      <p class={css.nowTitle}>{first}</p>
      {now.minutesLeft !== null && now.phase !== 'after' && (
        <p class={css.nowLeft}>{now.now ? t.minutesLeft(now.minutesLeft) : t.startsIn(now.minutesLeft)}</p>
      )}
      {second && (
        <>
          <h2 class={css.nowLabel}>{t.next}</h2>
          <p class={css.nextLine}>{second}</p>
        </>
      )}
    </section>
  );
}

/** What is on now and what comes next, as sentences (for the panel and for reading aloud). */
function nowLines(now: MyNowNext | null, t: Texts, labelled = true): string[] {
  if (!now || now.phase === 'closed') return [];
  let first: string;
  let second: string | null = null;
  if (now.phase === 'before') first = t.shiftStarts(now.opens);
  else if (now.phase === 'after') first = t.shiftOver;
  else {
    first = now.now ? now.now.title : t.nothingNow;
    second = now.next ? `${formatMinutes(now.next.start)} ${now.next.title}` : t.shiftEnds(now.closes);
  }
  if (!labelled) return second ? [first, second] : [first];
  return [`${t.now}: ${first}`, ...(second ? [`${t.next}: ${second}`] : [])];
}

/** The next day in a sentence or two: the shifts, or a day off (and when the next shift is). */
function nextDayLines(
  view: MyDayView,
  t: Texts,
  when: (d: DayKey) => string,
  shiftLine: (s: PlannedShift) => string,
): string[] {
  const { tomorrow, later } = view;
  if (tomorrow.shifts.length > 0) return tomorrow.shifts.map(shiftLine);
  const first = tomorrow.open ? t.dayOff : t.closed;
  const next = later ? t.nextShift(`${when(later.day)}, ${later.shifts.map(shiftLine).join(', ')}`) : null;
  return next ? [first, next] : [first];
}
