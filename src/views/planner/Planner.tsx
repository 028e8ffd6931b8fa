import { signal, useSignalEffect } from '@preact/signals';
import { createContext } from 'preact';
import { useContext, useMemo, useRef, useState } from 'preact/hooks';
import { addDays, isoWeek, mondayOf, weekdayOf } from '../../domain/calendar';
import { refusal } from '../../domain/planner';
import type { DayKey, Id } from '../../domain/types';
import { formatDay, formatWeekday, type Lang } from '../../i18n';
import { staffTexts } from '../../i18n/staffText';
import type { PlannerActions } from '../../store/planner';
import type { StaffStore } from '../../store/staff';
import { Button } from '../../ui/Button';
import { useDays } from '../common/useDays';
import { DragLayer } from '../edit/DragLayer';
import { createDrag, type PlanHooks } from '../edit/drag';
import { DragContext } from '../edit/dragContext';
import { useStaffStore, useStaffText } from '../staff/context';
import { Choices } from './Choices';
import { FacePanel } from './FacePanel';
import css from './planner.module.css';
import { Rail } from './Rail';
import { WeekGrid } from './WeekGrid';

/** The face whose buttons are open: from a shift of a day, or from the rail. */
export interface Tapped {
  personId: Id;
  from: { shiftId: Id; day: DayKey } | null;
}

interface PlannerState {
  planner: PlannerActions;
  days: DayKey[];
  /** On a phone, the one day shown (its index in the week). */
  dayIndex: number;
  tapped: ReturnType<typeof signal<Tapped | null>>;
  said: ReturnType<typeof signal<string>>;
}
const PlannerContext = createContext<PlannerState | null>(null);
export const usePlannerState = () => useContext(PlannerContext)!;

function hooksFor(
  store: StaffStore,
  planner: PlannerActions,
  state: Omit<PlannerState, 'days' | 'dayIndex'>,
) {
  const hooks: PlanHooks = {
    refusal(personId, to, from) {
      const person = store.records.view.people.value.get(personId);
      if (!person) return null;
      const why = refusal(
        store.board.planOf(to.day),
        person,
        to.shiftId,
        from && from.day === to.day ? from.shiftId : null,
      );
      return why ? planner.refusalText(why, personId, to.day) : null;
    },
    drop(personId, to, from) {
      state.tapped.value = null;
      void dropFace(store, planner, state.said, personId, to, from);
    },
    tap(personId, from) {
      state.tapped.value = { personId, from };
    },
    notAShift: () => words(store).notAShift,
    refused(why) {
      state.said.value = why;
    },
  };
  return hooks;
}
const words = (store: StaffStore) => staffTexts(store.settings.value.lang).plannerView;

async function dropFace(
  store: StaffStore,
  planner: PlannerActions,
  said: PlannerState['said'],
  personId: Id,
  to: Parameters<PlanHooks['drop']>[1],
  from: { shiftId: Id; day: DayKey } | null,
) {
  const t = words(store);
  const name = store.board.personName(personId);
  if (to.plan === 'rail') {
    if (!from) return;
    const ok = await planner.remove(from.day, personId, from.shiftId);
    said.value = ok ? t.removed(name, shiftOn(store, from.day, from.shiftId)) : t.notDone;
    return;
  }
  // From one day's shift to another day's the face leaves the first day too, in the same step.
  const result = await planner.place(to.day, personId, to.shiftId, from?.shiftId ?? null, from?.day);
  if (!result.ok) {
    said.value = result.why;
    return;
  }
  said.value = t.placed(name, shiftOn(store, to.day, to.shiftId));
}

/** "14. december": the day's date without its weekday. */
const dateOnly = (day: DayKey, lang: Lang) => formatDay(day, lang).split(' ').slice(1).join(' ');

/** "Bar Formiddag mandag 14. december". */
export function shiftOn(store: StaffStore, day: DayKey, shiftId: Id): string {
  return `${store.crew.shiftName(day, shiftId)} ${formatDay(day, store.settings.value.lang)}`;
}

/**
 * "Planlæg ugen": the seven days as columns and the stations as rows, each cell that day's shifts
 * with their faces; beside it every active person with their hours. Faces are dragged onto shifts,
 * between them and off the grid (onto the rail), or tapped for the same moves as buttons.
 */
export function Planner() {
  const store = useStaffStore();
  const t = useStaffText().plannerView;
  const lang = store.settings.value.lang;
  const today = store.board.today.value;
  const [ahead, setAhead] = useState(0);
  const monday = addDays(mondayOf(today), 7 * ahead);
  // On a phone the day shown first is today in this week, Monday in another.
  const [dayIndex, setDayIndex] = useState(() => (weekdayOf(today) - 1) % 7);
  const days = useMemo(() => [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i)), [monday]);
  useDays(days[0]!, days[6]!);
  const state = useMemo(() => {
    const planner = store.planner;
    const s = { planner, tapped: signal<Tapped | null>(null), said: signal('') };
    const drag = createDrag(store, hooksFor(store, planner, s));
    return { ...s, drag };
  }, [store]);
  const { planner, said, drag } = state;
  // A drag's start and end toggle one class here, not a render of the whole week (about 2000
  // elements): the outlines of the drop targets come from the stylesheet.
  const planRef = useRef<HTMLDivElement>(null);
  useSignalEffect(() => {
    planRef.current?.classList.toggle(css.dragging ?? '', drag.active.value);
  });
  const run = async (work: Promise<boolean>, done: string) => {
    said.value = (await work) ? done : t.notDone;
  };

  return (
    <PlannerContext.Provider value={{ planner, days, dayIndex, tapped: state.tapped, said }}>
      <DragContext.Provider value={drag}>
        <div class={css.planner} ref={planRef} data-planner>
          <div class={css.bar}>
            <h2 class={css.title}>
              {t.weekOf(isoWeek(monday), dateOnly(days[0]!, lang), dateOnly(days[6]!, lang))}
            </h2>
            <Choices
              class={css.weeks}
              legend={t.weeks}
              choices={[t.thisWeek, t.nextWeek, t.weekAfter].map((text, i) => ({ value: i, text }))}
              value={ahead}
              onChoose={(i) => {
                setAhead(i);
                setDayIndex(i === 0 ? (weekdayOf(today) - 1) % 7 : 0);
                state.tapped.value = null;
              }}
            />
            <div class={css.weekActions}>
              <Button icon="undo" onClick={() => void run(planner.resetWeek(monday), t.weekReset)}>
                {t.resetWeek}
              </Button>
              <Button icon="copy" onClick={() => void run(planner.copyLastWeek(monday), t.weekCopied)}>
                {t.copyLastWeek}
              </Button>
            </div>
          </div>
          <p class={css.help}>{t.help}</p>
          {/* What the last tap or drop did, on a line kept for it: nothing pops up. */}
          <p class={css.said} role="status">
            {said.value}
          </p>
          <Choices
            class={css.dayTabs}
            legend={t.days}
            choices={days.map((d, i) => ({ value: i, text: formatWeekday(d, lang).slice(0, 3) }))}
            value={dayIndex}
            onChoose={setDayIndex}
          />
          <div class={css.layout}>
            <WeekGrid />
            <div class={css.side}>
              <FacePanel />
              <Rail />
            </div>
          </div>
          <DragLayer />
        </div>
      </DragContext.Provider>
    </PlannerContext.Provider>
  );
}
