import type { ReadonlySignal } from '@preact/signals';
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { capitalize, formatDay } from '../../i18n';
import type { Store } from '../../store';
import { SaveStatus } from '../common/SaveStatus';
import { useStore, useText } from '../context';
import type { Drag } from '../edit/drag';
import { DragContext } from '../edit/dragContext';
import { lazyScreen } from '../lazy';
import { BoardNav, EditBar } from './BoardNav';
// The stations' and cards' styles come before the frame's, as the cards' own imports order them;
// otherwise the build splits Photo, Pictogram and Avatar into chunks of their own (1 kB more).
import './station.module.css';
import css from './board.module.css';
import { ChangeNotice } from './ChangeNotice';
import { Clock } from './Clock';
import { refit, useFit } from './fit';
import { NowNext } from './NowNext';
import { StationColumn } from './StationColumn';
import { Timeline } from './Timeline';

// Edit mode's parts load with the staff chunk, not with the public board's first paint.
const DragLayer = lazyScreen(() => import('../edit/DragLayer').then((m) => m.DragLayer));
const MovePanel = lazyScreen(() => import('../edit/MovePanel').then((m) => m.MovePanel));
const PersonMovePanel = lazyScreen(() => import('../edit/MovePanel').then((m) => m.PersonMovePanel));
const PoolZone = lazyScreen(() => import('../edit/PoolZone').then((m) => m.PoolZone));
const TrainingSuggestions = lazyScreen(() =>
  import('../together/staff/TrainingSuggestions').then((m) => m.TrainingSuggestions),
);

const EDIT_PARTS = [DragLayer, MovePanel, PersonMovePanel, PoolZone, TrainingSuggestions, EditBar];

type DragModule = typeof import('../edit/drag');
let dragModule: DragModule | null = null;
let editCode: Promise<DragModule> | null = null;

/**
 * Fetch all of edit mode's code at once. Started when staff unlock, so that by the time the board
 * shows in edit mode everything is here and its first render is already complete: a part arriving
 * later would push the stations down under a finger that is about to drag.
 */
export function prefetchEditMode(): Promise<DragModule> {
  editCode ??= Promise.all([import('../edit/drag'), ...EDIT_PARTS.map((p) => p.prefetch())]).then(
    ([m]) => {
      dragModule = m;
      return m;
    },
    (err: unknown) => {
      // A failed fetch (offline before the cache filled) may succeed next time.
      editCode = null;
      throw err;
    },
  );
  return editCode;
}

/** Edit mode's drag controller, made when edit mode opens; its code loads with the staff area. */
function useEditDrag(store: Store, editing: boolean): Drag | null {
  const [drag, setDrag] = useState<Drag | null>(null);
  let current = editing ? drag : null;
  // The code is here (fetched at unlock): the controller exists on this very render, so the cards
  // are buttons and the pool is in place before anything is painted or tapped.
  if (editing && !drag && dragModule) {
    current = dragModule.createDrag(store);
    setDrag(current);
  }
  useEffect(() => {
    if (!editing) {
      setDrag(null);
      return;
    }
    if (dragModule) return;
    let live = true;
    // Not fetched yet: every part arrives before any shows, so the board still changes once.
    prefetchEditMode().then(
      (m) => live && setDrag((d) => d ?? m.createDrag(store)),
      (err: unknown) => store.kiosk.renderError(err),
    );
    return () => {
      live = false;
    };
  }, [editing, store]);
  return current;
}

/**
 * The today board: the same things in the same places every day. It lies hidden under an opened
 * task or someone's day; the hidden attribute follows the screen through a signal bound to the
 * element, so opening or leaving a task renders only that screen, not the board around it.
 */
export function Board() {
  const store = useStore();
  const hidden = store.board.covered;
  const { board, settings } = store;
  const editing = store.session.unlocked.value;
  const drag = useEditDrag(store, editing);
  const t = useText();
  const { plan, relation } = board.shown.value;
  const lang = settings.value.lang;
  const dayName = capitalize(formatDay(plan.day, lang));
  const dayLabel =
    relation === 'today' ? t.board.todayLabel : relation === 'tomorrow' ? t.board.tomorrowLabel : dayName;
  const roster = board.roster.value;
  const ref = useRef<HTMLDivElement>(null);
  const fitted = useFit(ref);

  return (
    <DragContext.Provider value={drag}>
      <div
        ref={ref}
        class={`${css.board} ${drag?.active.value ? css.dragging : ''}`}
        // Stations keep their place whatever their tasks: only how many there are decides it. Up
        // to five side by side on a landscape wall, then in two rows; three across in portrait,
        // or two wide ones (who is on beside the cards).
        style={{
          '--wide': roster.length <= 5 ? roster.length : Math.ceil(roster.length / 2),
          '--tall': roster.length <= 3 ? roster.length : roster.length === 4 || roster.length > 6 ? 2 : 3,
        }}
        data-day={plan.day}
        data-board
        hidden={hidden}
      >
        <header class={css.header}>
          <Clock />
          <WhenShown hidden={hidden} board={ref} fitted={fitted} />
          <BoardNav />
        </header>
        <aside class={css.side} aria-label={t.board.timeline}>
          <NowNext />
          <Timeline />
        </aside>
        <ChangeNotice />
        <main class={css.main} data-fit>
          {relation !== 'today' && (
            <p class={css.otherDay}>
              <strong>{dayLabel}</strong>
              {relation === 'tomorrow' && <span> · {dayName}</span>}
            </p>
          )}
          {drag && <PoolZone day={plan.day} />}
          {drag && <TrainingSuggestions day={plan.day} onBoard />}
          <h2 class="visually-hidden">{t.board.stations}</h2>
          {roster.length === 0 && <p class={css.emptyBoard}>{t.board.emptyCafe}</p>}
          <div class={css.stations}>
            {roster.map((entry) => (
              <StationColumn key={entry.station.id} entry={entry} day={plan.day} />
            ))}
          </div>
        </main>
        {drag && <DragLayer />}
        {drag && <MovePanel />}
        {drag && <PersonMovePanel />}
      </div>
    </DragContext.Provider>
  );
}

/**
 * The board's own save status, only while the board shows (a tick under an opened task changes
 * only the task's); and the moment it shows again, the board fits itself to whatever changed
 * while it lay hidden, before that frame is painted.
 */
function WhenShown({
  hidden,
  board,
  fitted,
}: {
  hidden: ReadonlySignal<boolean>;
  board: RefObject<HTMLElement | null>;
  fitted: RefObject<string>;
}) {
  const isHidden = hidden.value;
  useLayoutEffect(() => {
    if (!isHidden) refit(board.current, fitted);
  }, [isHidden, board, fitted]);
  return isHidden ? null : <SaveStatus />;
}
