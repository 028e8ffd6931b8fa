// The order staff look for shifts in. Its own module: only the staff editors use it, so it loads
// with them and not with the board's first paint.
import { byOrder } from './order';
import type { PlannedShift } from './plan';
import type { Id } from './types';

/**
 * By station in the board's order, then by time (then id). The records come in whatever order a
 * screen stored them, so without this each screen listed them differently.
 */
export function shiftsByStation<T extends PlannedShift>(
  shifts: readonly T[],
  stations: readonly { id: Id; order: string }[],
): T[] {
  const rank = new Map([...stations].sort(byOrder).map((s, i) => [s.id, i]));
  const place = (s: T) => rank.get(s.stationId) ?? rank.size;
  return [...shifts].sort(
    (a, b) =>
      place(a) - place(b) || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
