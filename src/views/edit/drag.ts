// Dragging task cards on the board in edit mode, by touch, pen or mouse (pointer events with
// capture). Nothing is written until the drop, so a reload mid-drag loses and duplicates nothing.
import { computed, signal } from '@preact/signals';
import type { DayKey, Id, Owner } from '../../domain/types';
import { staffTexts } from '../../i18n/staffText';
import type { Store } from '../../store';
import { type StaffStore, staffStore } from '../../store/staff';
import { TakeOver } from '../planner/TakeOver';

/** Movement before a press becomes a drag (so a tap still opens the move panel). */
const THRESHOLD_PX = 10;

export interface DragState {
  /** A task card, a person chip moving between shifts, or a face on the week planner. */
  kind: 'task' | 'person' | 'plan';
  /** The task id, or the person id. */
  taskId: Id;
  /** For a person: the shift they come from. */
  fromShift: Id | null;
  day: DayKey;
  title: string;
  x: number;
  y: number;
  /** Where it would land, or null over nothing. */
  target: { owner: Owner; index?: number } | { shiftId: Id } | PlanTarget | null;
  /** Why it cannot land here (shown on the moving card). */
  refusal: string | null;
}

/** Where a face lands on the week planner: a shift of a day, or the rail (off the grid). */
export type PlanTarget = { plan: 'shift'; shiftId: Id; day: DayKey } | { plan: 'rail' };

/**
 * What the week planner does with its faces: why one cannot land on a shift, the drop, and the tap
 * (its panel of buttons). Given when the planner makes its drag; the board gives none.
 */
export interface PlanHooks {
  refusal(
    personId: Id,
    to: { shiftId: Id; day: DayKey },
    from: { shiftId: Id; day: DayKey } | null,
  ): string | null;
  drop(personId: Id, to: PlanTarget, from: { shiftId: Id; day: DayKey } | null): void;
  tap(personId: Id, from: { shiftId: Id; day: DayKey } | null): void;
  /** Said on the moving face over something that is neither a shift nor the rail. */
  notAShift(): string;
  /** A drop that was refused: the planner says why where it says what a tap did. */
  refused(why: string): void;
}

export function createDrag(board: Store, plan?: PlanHooks) {
  const store = staffStore(board);
  const drag = signal<DragState | null>(null);
  // What the board and the cards read: these change when a drag starts or ends, not on every
  // move, so a moving finger redraws only the card under it (DragLayer), not a hundred cards.
  const active = computed(() => drag.value !== null);
  const lifted = computed(() => drag.value?.taskId ?? null);
  /** The move panel (the button way to move a card). */
  const moving = signal<{ taskId: Id; day: DayKey } | null>(null);
  /** The move panel for a person (the button way to move between shifts). */
  const movingPerson = signal<{ personId: Id; shiftId: Id; day: DayKey } | null>(null);
  let press: {
    x: number;
    y: number;
    id: number;
    kind: DragState['kind'];
    taskId: Id;
    fromShift: Id | null;
    day: DayKey;
    title: string;
  } | null = null;
  let suppressClick = false;
  // Measured once per drag, not on every move: where the cards of a station sit (their middles)
  // and whether a task may land with an owner. Nothing on the board moves while a finger drags.
  let middles = new Map<Element, number[]>();
  let refusals = new Map<string, ReturnType<StaffStore['arrange']['refusal']>>();
  let planRefusals = new Map<string, string | null>();
  const forget = () => {
    middles = new Map();
    refusals = new Map();
    planRefusals = new Map();
  };

  function planTargetAt(x: number, y: number, state: { taskId: Id; day: DayKey; fromShift: Id | null }) {
    const hit = document.elementFromPoint(x, y);
    const from = state.fromShift ? { shiftId: state.fromShift, day: state.day } : null;
    if (hit?.closest('[data-rail]'))
      return { target: from ? ({ plan: 'rail' } as const) : null, refusal: null };
    const el = hit?.closest<HTMLElement>('[data-shift][data-day]');
    if (!el || !plan)
      return { target: null, refusal: hit?.closest('[data-planner]') ? plan!.notAShift() : null };
    const to = { shiftId: el.dataset.shift!, day: el.dataset.day as DayKey };
    if (from && to.shiftId === from.shiftId && to.day === from.day) return { target: null, refusal: null };
    const key = `${to.day}|${to.shiftId}`;
    let reason = planRefusals.get(key);
    if (reason === undefined) {
      reason = plan.refusal(state.taskId, to, from);
      planRefusals.set(key, reason);
    }
    return { target: reason ? null : ({ plan: 'shift', ...to } as const), refusal: reason };
  }

  /** While a face is dragged near the top or bottom of what scrolls, scroll it a step. */
  function scrollNearEdge(y: number) {
    const section = document.querySelector<HTMLElement>('[data-planner]')?.closest<HTMLElement>('main');
    const scroller =
      section && section.scrollHeight > section.clientHeight ? section : document.scrollingElement;
    if (!scroller) return;
    const box = scroller === section ? section.getBoundingClientRect() : { top: 0, bottom: innerHeight };
    if (y < box.top + 48) scroller.scrollBy(0, -24);
    else if (y > box.bottom - 48) scroller.scrollBy(0, 24);
  }

  function shiftTargetAt(x: number, y: number, state: { taskId: Id; day: DayKey; fromShift: Id | null }) {
    const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-shift]');
    if (!el) {
      const onBoard = document.elementFromPoint(x, y)?.closest('[data-board]');
      return { target: null, refusal: onBoard ? staffTexts(store.settings.value.lang).edit.notAShift : null };
    }
    const shiftId = el.dataset.shift!;
    if (shiftId === state.fromShift) return { target: null, refusal: null };
    const shift = store.board.planOf(state.day).shifts.find((s) => s.id === shiftId);
    if (shift?.personIds.includes(state.taskId))
      return { target: null, refusal: staffTexts(store.settings.value.lang).edit.alreadyOnShift };
    return { target: { shiftId }, refusal: null };
  }

  function targetAt(x: number, y: number, state: { taskId: Id; day: DayKey }) {
    const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-drop]');
    if (!el) {
      const onBoard = document.elementFromPoint(x, y)?.closest('[data-board]');
      return {
        target: null,
        refusal: onBoard ? staffTexts(store.settings.value.lang).edit.notATarget : null,
      };
    }
    const kind = el.dataset.drop as Owner['kind'];
    const owner: Owner = kind === 'pool' ? { kind } : { kind, id: el.dataset.id! };
    let index: number | undefined;
    if (kind === 'station') {
      let mids = middles.get(el);
      if (!mids) {
        mids = [...el.querySelectorAll<HTMLElement>('[data-task][data-owner="station"]')]
          .filter((c) => c.dataset.task !== state.taskId)
          .map((c) => {
            const r = c.getBoundingClientRect();
            return r.top + r.height / 2;
          });
        // Only once the board shows the drag (its outlines drawn) is the layout the drag's own.
        if (drag.value) middles.set(el, mids);
      }
      index = mids.filter((m) => m < y).length;
    }
    const ownerKey = `${owner.kind}:${'id' in owner ? owner.id : ''}`;
    let reason = refusals.get(ownerKey);
    if (reason === undefined) {
      reason = store.arrange.refusal(state.day, state.taskId, owner);
      refusals.set(ownerKey, reason);
    }
    return {
      target: reason ? null : { owner, ...(index === undefined ? {} : { index }) },
      refusal: reason ? staffTexts(store.settings.value.lang).edit.refused[reason] : null,
    };
  }

  return {
    drag,
    active,
    lifted,
    moving,
    movingPerson,
    /**
     * "Kan tage over:" under a shift in edit mode. It comes with the drag controller (edit mode's
     * code), so the board's first paint carries no loader of its own for it.
     */
    TakeOver,
    /** Pointer handlers for one card (only attached in edit mode). */
    handlers(taskId: Id, day: DayKey, title: string) {
      return pointer('task', taskId, null, day, title);
    },
    /** Pointer handlers for a person chip in a shift. */
    personHandlers(personId: Id, shiftId: Id, day: DayKey, name: string) {
      return pointer('person', personId, shiftId, day, name);
    },
    /** Pointer handlers for a face on the week planner: on a shift of `day`, or on the rail (no shift). */
    planHandlers(personId: Id, shiftId: Id | null, day: DayKey, name: string) {
      return pointer('plan', personId, shiftId, day, name);
    },
  };

  function pointer(kind: DragState['kind'], taskId: Id, fromShift: Id | null, day: DayKey, title: string) {
    return {
      onPointerDown(e: PointerEvent) {
        if (e.button !== 0 || press) return;
        e.stopPropagation();
        press = { x: e.clientX, y: e.clientY, id: e.pointerId, kind, taskId, fromShift, day, title };
        forget();
        (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
      },
      onPointerMove(e: PointerEvent) {
        if (!press || e.pointerId !== press.id) return;
        const current = drag.value;
        if (!current && Math.hypot(e.clientX - press.x, e.clientY - press.y) < THRESHOLD_PX) return;
        if (kind === 'plan') scrollNearEdge(e.clientY);
        const found =
          kind === 'task'
            ? targetAt(e.clientX, e.clientY, press)
            : kind === 'plan'
              ? planTargetAt(e.clientX, e.clientY, press)
              : shiftTargetAt(e.clientX, e.clientY, press);
        drag.value = { kind, taskId, fromShift, day, title, x: e.clientX, y: e.clientY, ...found };
      },
      onPointerUp(e: PointerEvent) {
        if (!press || e.pointerId !== press.id) return;
        press = null;
        const current = drag.value;
        if (!current) return;
        drag.value = null;
        suppressClick = true;
        setTimeout(() => {
          suppressClick = false;
        }, 0);
        const target = current.target;
        if (kind === 'plan') {
          if (target && 'plan' in target)
            plan?.drop(taskId, target, fromShift ? { shiftId: fromShift, day } : null);
          else if (current.refusal) plan?.refused(current.refusal);
        } else if (target && 'shiftId' in target) {
          void store.crew.movePerson(day, taskId, fromShift!, target.shiftId);
        } else if (target && 'owner' in target) {
          void store.arrange.moveTask(day, taskId, target.owner, target.index);
        } else if (current.refusal) {
          store.arrange.refuse(current.refusal);
        }
      },
      onPointerCancel() {
        press = null;
        drag.value = null;
      },
      onClick(e: Event) {
        e.preventDefault();
        if (suppressClick) return;
        if (kind === 'task') moving.value = { taskId, day };
        else if (kind === 'plan') plan?.tap(taskId, fromShift ? { shiftId: fromShift, day } : null);
        else movingPerson.value = { personId: taskId, shiftId: fromShift!, day };
      },
    };
  }
}

export type Drag = ReturnType<typeof createDrag>;
