import { useEffect, useRef, useState } from 'preact/hooks';
import { refusal } from '../../domain/planner';
import type { Away, DayKey, Person } from '../../domain/types';
import { formatDay, formatWeekday } from '../../i18n';
import { Button } from '../../ui/Button';
import { Face } from '../common/Face';
import { TextField } from '../edit/fields';
import { useStaffStore, useStaffText } from '../staff/context';
import { Choices } from './Choices';
import { shiftOn, type Tapped, usePlannerState } from './Planner';
import css from './planner.module.css';

const REASONS: Away['reason'][] = ['ill', 'holiday', 'course', 'other'];

/**
 * The tapped face's buttons, in the page at a fixed place above the rail: the same moves as a drag
 * (onto a shift of a day, to another shift, off), and away or sick. Nothing covers the grid.
 */
export function FacePanel() {
  const store = useStaffStore();
  const { tapped } = usePlannerState();
  const tap = tapped.value;
  const person = tap ? store.records.view.people.value.get(tap.personId) : undefined;
  if (!tap || !person) return null;
  return <Panel key={`${tap.personId}|${tap.from?.shiftId}|${tap.from?.day}`} tap={tap} person={person} />;
}

function Panel({ tap, person }: { tap: Tapped; person: Person }) {
  const store = useStaffStore();
  const text = useStaffText();
  const t = text.plannerView;
  const { planner, days, dayIndex, tapped, said } = usePlannerState();
  const lang = store.settings.value.lang;
  const today = store.board.today.value;
  const [day, setDay] = useState<DayKey>(tap.from?.day ?? days[dayIndex]!);
  const [from, setFrom] = useState<string>(day);
  const [to, setTo] = useState<string>(day);
  const [reason, setReason] = useState<Away['reason']>('ill');
  const [error, setError] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const close = () => {
    tapped.value = null;
  };
  const plan = store.board.planOf(day);
  const here = tap.from;
  const name = person.name;

  const place = async (shiftId: string) => {
    const result = await planner.place(day, person.id, shiftId, here?.shiftId ?? null, here?.day);
    if (!result.ok) {
      said.value = result.why;
      return;
    }
    said.value = t.placed(name, shiftOn(store, day, shiftId));
    close();
  };
  const takeOff = async () => {
    if (!here) return;
    const ok = await planner.remove(here.day, person.id, here.shiftId);
    said.value = ok ? t.removed(name, shiftOn(store, here.day, here.shiftId)) : t.notDone;
    if (ok) close();
  };
  const away = async (a: DayKey, b: DayKey, why: Away['reason']) => {
    const result = await planner.setAway(person.id, a, b, why);
    setError(result.ok ? null : result.why);
    said.value = result.ok ? t.awaySet(name) : result.why;
  };
  const endAway = async (id: string) => {
    said.value = (await planner.endAway(person.id, id)) ? t.awayEnded(name) : t.notDone;
  };

  return (
    <section class={css.panel} aria-labelledby="planner-panel-title">
      <div class={css.panelHead}>
        <Face person={person} size={48} />
        <h3 id="planner-panel-title">{t.panelTitle(name)}</h3>
        <Button ref={closeRef} icon="close" onClick={close}>
          {t.close}
        </Button>
      </div>
      {here && (
        <Button icon="minus" onClick={() => void takeOff()}>
          {t.takeOff(shiftOn(store, here.day, here.shiftId))}
        </Button>
      )}
      <Choices
        class={css.panelDays}
        small
        legend={t.chooseDay}
        choices={days.map((d) => {
          const text = formatWeekday(d, lang).slice(0, 3);
          return { value: d, text, label: `${text}, ${formatDay(d, lang)}` };
        })}
        value={day}
        onChoose={setDay}
      />
      <h4 class={css.panelSub}>
        {here && here.day === day ? t.moveTo : t.putOn}: {formatDay(day, lang)}
      </h4>
      <div class={css.panelShifts}>
        {plan.shifts.length === 0 && <p class={css.quiet}>{t.closed}</p>}
        {plan.shifts.map((s) => {
          const why = refusal(plan, person, s.id, here && here.day === day ? here.shiftId : null);
          const reasonId = `why-${s.id}`;
          return (
            <Button
              key={s.id}
              class={css.shiftChoice}
              disabled={why !== null}
              aria-describedby={why ? reasonId : undefined}
              onClick={() => void place(s.id)}
            >
              <span class={css.choiceWords}>
                <strong>{store.crew.shiftName(day, s.id)}</strong>{' '}
                <span class={css.time}>{text.board.shiftTime(s.start, s.end)}</span>
                {why && (
                  <span id={reasonId} class={css.why}>
                    {planner.refusalText(why, person.id, day)}
                  </span>
                )}
              </span>
            </Button>
          );
        })}
      </div>
      <Button icon="alert" onClick={() => void away(today, today, 'ill')}>
        {t.sickToday}
      </Button>
      <fieldset class={css.awayForm}>
        <legend class={css.panelSub}>{t.awayTitle}</legend>
        <div class={css.dates}>
          <TextField id="away-from" type="date" label={t.from} value={from} onInput={setFrom} />
          <TextField id="away-to" type="date" label={t.to} value={to} onInput={setTo} />
        </div>
        <Choices
          class={css.reasons}
          small
          legend={t.reason}
          choices={REASONS.map((r) => ({ value: r, text: t.reasons[r] }))}
          value={reason}
          onChoose={setReason}
        />
        {error && (
          <p class={css.why} role="alert">
            {error}
          </p>
        )}
        <Button variant="primary" onClick={() => void away(from as DayKey, to as DayKey, reason)}>
          {t.setAway}
        </Button>
      </fieldset>
      {(person.away ?? []).length > 0 && (
        <div>
          <h4 class={css.panelSub}>{t.awayList}</h4>
          <ul class={css.awayList}>
            {(person.away ?? []).map((a) => (
              <li key={a.id}>
                <span>
                  {t.awayEntry(formatDay(a.from, lang), formatDay(a.to, lang), t.reasons[a.reason])}
                </span>
                <Button class={css.small} onClick={() => void endAway(a.id)}>
                  {t.endAway}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
