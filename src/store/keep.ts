// Structural sharing for the board's computed roster: a recomputed roster reuses the previous
// objects wherever their content is the same. Components that read signals skip a render when
// their props are the same objects, so one ticked step redraws one card instead of the board.
import type { PlannedShift, PlannedTask } from '../domain/plan';
import type { Id, Person, Station } from '../domain/types';

export interface RosterEntry {
  station: Station;
  shifts: { shift: PlannedShift; people: Person[] }[];
  tasks: PlannedTask[];
}

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/** Same fields, where lists and small objects (an owner) are compared one level down. */
function sameFields(a: object, b: object): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of ka) {
    const x = ra[k];
    const y = rb[k];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (!sameList(x, y)) return false;
    } else if (x && y && typeof x === 'object' && typeof y === 'object') {
      const ox = x as Record<string, unknown>;
      const oy = y as Record<string, unknown>;
      const keys = Object.keys(ox);
      if (keys.length !== Object.keys(oy).length || keys.some((q) => ox[q] !== oy[q])) return false;
    } else return false;
  }
  return true;
}

export function sameIds(a: ReadonlySet<Id>, b: ReadonlySet<Id>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** A function that returns the roster with every unchanged part taken from the one before. */
export function keepUnchanged() {
  let tasks = new Map<string, PlannedTask>();
  let shifts = new Map<string, RosterEntry['shifts'][number]>();
  let entries = new Map<Id, RosterEntry>();
  return (roster: RosterEntry[]): RosterEntry[] => {
    const nextTasks = new Map<string, PlannedTask>();
    const nextShifts = new Map<string, RosterEntry['shifts'][number]>();
    const nextEntries = new Map<Id, RosterEntry>();
    const out = roster.map((entry) => {
      const kept = {
        station: entry.station,
        shifts: entry.shifts.map((s) => {
          const key = `${s.shift.id}`;
          const prev = shifts.get(key);
          const same = prev && sameList(prev.people, s.people) && sameFields(prev.shift, s.shift);
          const chosen = same ? prev : s;
          nextShifts.set(key, chosen);
          return chosen;
        }),
        tasks: entry.tasks.map((t) => {
          const key = `${t.state.day}/${t.task.id}`;
          const prev = tasks.get(key);
          const same =
            prev && prev.task === t.task && prev.mark === t.mark && sameFields(prev.state, t.state);
          const chosen = same ? prev : t;
          nextTasks.set(key, chosen);
          return chosen;
        }),
      };
      const prev = entries.get(entry.station.id);
      const same =
        prev &&
        prev.station === kept.station &&
        sameList(prev.shifts, kept.shifts) &&
        sameList(prev.tasks, kept.tasks);
      const chosen = same ? prev : kept;
      nextEntries.set(entry.station.id, chosen);
      return chosen;
    });
    tasks = nextTasks;
    shifts = nextShifts;
    entries = nextEntries;
    return out;
  };
}
