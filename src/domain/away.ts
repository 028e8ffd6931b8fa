// Who is away on a day. Apart from the planner's rules because the board's change notice needs
// it on the first paint, and the rest of the planner loads with the staff screens.
import type { Away, DayKey, Id, Person } from './types';

/** The person's away entry that covers `day`, if any (staff-only: the reason never goes public). */
export function awayOn(person: Pick<Person, 'away'>, day: DayKey): Away | null {
  return person.away?.find((a) => a.from <= day && day <= a.to) ?? null;
}

/** Everyone away on `day`. */
export function awayIds(people: readonly Person[], day: DayKey): Set<Id> {
  return new Set(people.filter((p) => awayOn(p, day)).map((p) => p.id));
}
