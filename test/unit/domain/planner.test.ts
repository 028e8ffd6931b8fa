import { describe, expect, it } from 'vitest';
import { planDay } from '../../../src/domain/plan';
import {
  awayIds,
  awayOn,
  canDoStation,
  daysOf,
  dayTotals,
  gaps,
  minutesByPerson,
  refusal,
  suggestions,
  unstaffed,
  weekFrom,
} from '../../../src/domain/planner';
import type { Away, Person, Task } from '../../../src/domain/types';
import { cafe, override, shift, task } from './fixtures';

const MON = '2026-11-23';
const TUE = '2026-11-24';

const person = (id: string, extra: Partial<Person> = {}): Person => ({
  id,
  updatedAt: 0,
  name: id.charAt(0).toUpperCase() + id.slice(1),
  color: 'p1',
  portraitId: null,
  portraitConsent: false,
  team: '',
  startDate: null,
  active: true,
  note: '',
  goals: [],
  showGoals: false,
  skills: {},
  ...extra,
});

const away = (from: string, to: string, reason: Away['reason'] = 'ill'): Away => ({
  id: `a-${from}`,
  from,
  to,
  reason,
});

/** Bar 9–13 (Fatima) and 13–17, the kitchen 10–12 (Mads), on Monday. */
function week() {
  const src = cafe();
  src.shifts = [
    shift('bar-am', 1, 'bar', 540, 780, ['fatima']),
    shift('bar-pm', 1, 'bar', 780, 1020, []),
    shift('kit', 1, 'kitchen', 600, 720, ['mads']),
  ];
  return src;
}

describe('overlapping shifts', () => {
  const plan = planDay(MON, week());
  const fatima = person('fatima');

  it('refuses a shift whose hours overlap one they are on, and says which', () => {
    const r = refusal(plan, fatima, 'kit');
    expect(r?.kind).toBe('overlap');
    expect(r?.kind === 'overlap' && r.with.id).toBe('bar-am');
  });

  it('allows a shift that starts when theirs ends (9–13, then 13–17)', () => {
    expect(refusal(plan, fatima, 'bar-pm')).toBeNull();
  });

  it('allows moving from the overlapping shift itself', () => {
    expect(refusal(plan, fatima, 'kit', 'bar-am')).toBeNull();
    expect(refusal(plan, fatima, 'kit', 'bar-pm')?.kind).toBe('overlap');
  });

  it('refuses the shift they are on, a shift that is gone, and someone no longer active', () => {
    expect(refusal(plan, fatima, 'bar-am')).toEqual({ kind: 'same' });
    expect(refusal(plan, fatima, 'nowhere')).toEqual({ kind: 'gone' });
    expect(refusal(plan, person('ida', { active: false }), 'bar-pm')).toEqual({ kind: 'gone' });
  });
});

describe('away', () => {
  const ill = person('fatima', { away: [away(TUE, '2026-11-26')] });

  it('covers both edges of the range and no other day', () => {
    expect(awayOn(ill, '2026-11-23')).toBeNull();
    expect(awayOn(ill, TUE)?.reason).toBe('ill');
    expect(awayOn(ill, '2026-11-25')).not.toBeNull();
    expect(awayOn(ill, '2026-11-26')).not.toBeNull();
    expect(awayOn(ill, '2026-11-27')).toBeNull();
    expect(awayOn(person('ali'), TUE)).toBeNull();
    expect([...awayIds([ill, person('ali')], '2026-11-26')]).toEqual(['fatima']);
    expect(awayIds([ill, person('ali')], '2026-11-27').size).toBe(0);
  });

  it('refuses putting someone on a shift on a day they are away, and not on other days', () => {
    const src = week();
    src.shifts.push(shift('bar-tue', 2, 'bar', 540, 780, []));
    expect(refusal(planDay(TUE, src), ill, 'bar-tue')).toEqual({ kind: 'away' });
    expect(refusal(planDay(MON, src), person('fatima', { away: ill.away! }), 'bar-pm')).toBeNull();
  });

  it('counts the days of a range with both ends, and refuses one longer than allowed', () => {
    expect(daysOf(MON, MON, 3)).toEqual([MON]);
    expect(daysOf(MON, '2026-11-25', 3)).toEqual([MON, TUE, '2026-11-25']);
    expect(daysOf(MON, '2026-11-26', 3)).toBeNull();
    expect(daysOf(TUE, MON, 3)).toEqual([]);
  });

  it('the week of a day starts on Monday, across a month', () => {
    expect(weekFrom('2026-12-03')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });
});

describe('stations left without anyone', () => {
  it('marks a station whose shifts are all empty on an open day', () => {
    const src = week();
    src.overrides.push(override({ kind: 'shift', day: MON, targetId: 'kit', patch: { personIds: [] } }));
    expect([...unstaffed(planDay(MON, src))]).toEqual(['kitchen']);
  });

  it('does not mark a station with one person on one of its shifts, nor a station without shifts', () => {
    expect(unstaffed(planDay(MON, week())).size).toBe(0);
  });

  it('marks nothing on a closed day', () => {
    const src = week();
    src.shifts.push(shift('sun', 7, 'bar', 600, 700, []));
    const sunday = planDay('2026-11-29', src);
    expect(sunday.open).toBe(false);
    expect(unstaffed(sunday).size).toBe(0);
  });
});

describe('totals', () => {
  it('adds up minutes per person over the days, and minutes and people per day', () => {
    const src = week();
    src.shifts.push(shift('bar-tue', 2, 'bar', 540, 600, ['fatima', 'mads']));
    const plans = [planDay(MON, src), planDay(TUE, src)];
    const minutes = minutesByPerson(plans);
    expect(minutes.get('fatima')).toBe(240 + 60);
    expect(minutes.get('mads')).toBe(120 + 60);
    expect(minutes.has('nobody')).toBe(false);
    expect(dayTotals(plans[0]!)).toEqual({ minutes: 240 + 120, people: 2 });
    expect(dayTotals(plans[1]!)).toEqual({ minutes: 120, people: 2 });
  });
});

describe('who could take over', () => {
  const tasks: Task[] = [task('bar1', 'bar', 'a'), task('kit1', 'kitchen', 'b')];
  const can = { bar1: 'can' } as const;
  const people = [
    person('zoe', { name: 'Zoe', skills: can }),
    person('aase', { name: 'Åse', skills: { bar1: 'teaches' } }),
    person('anna', { name: 'Anna', skills: can }),
    person('lea', { name: 'Lea', skills: { bar1: 'learning' } }),
    person('kim', { name: 'Kim', skills: { kit1: 'can' } }),
    person('ida', { name: 'Ida', skills: can, away: [away(MON, MON)] }),
    person('finn', { name: 'Finn', skills: can, active: false }),
    person('mads', { name: 'Mads', skills: can }),
    person('fatima', { name: 'Fatima', skills: can }),
  ];

  it('suggests active people who can do the station, by name in Danish order', () => {
    const plan = planDay(MON, week());
    // Mads is on the kitchen 10–12, which overlaps the morning bar; Fatima is on it already.
    expect(suggestions(plan, 'bar-am', people, tasks).map((p) => p.name)).toEqual(['Anna', 'Zoe', 'Åse']);
    // In the afternoon Mads is free again.
    expect(suggestions(plan, 'bar-pm', people, tasks).map((p) => p.name)).toEqual([
      'Anna',
      'Fatima',
      'Mads',
      'Zoe',
      'Åse',
    ]);
    expect(suggestions(plan, 'gone', people, tasks)).toEqual([]);
  });

  it('knows who can do a station from their skills', () => {
    expect(canDoStation(people[0]!, 'bar', tasks)).toBe(true);
    expect(canDoStation(people[3]!, 'bar', tasks)).toBe(false);
    expect(canDoStation(people[4]!, 'bar', tasks)).toBe(false);
  });

  it('lists a shift an away person left short, with suggestions; none when it is full again or nobody is away', () => {
    const src = week();
    src.shifts = [shift('bar-am', 1, 'bar', 540, 780, ['ida', 'zoe'])];
    src.overrides.push(
      override({ kind: 'shift', day: MON, targetId: 'bar-am', patch: { personIds: ['zoe'] } }),
    );
    const usual = (id: string) => src.shifts.find((s) => s.id === id)?.personIds ?? [];
    const found = gaps(planDay(MON, src), usual, people, tasks);
    expect(found.map((g) => [g.shift.id, g.awayIds])).toEqual([['bar-am', ['ida']]]);
    expect(found[0]!.suggested.map((p) => p.name)).toEqual(['Anna', 'Fatima', 'Mads', 'Åse']);
    const nobodyAway = people.filter((p) => p.id !== 'ida');
    expect(gaps(planDay(MON, src), usual, nobodyAway, tasks)).toEqual([]);

    src.overrides[0] = override({
      kind: 'shift',
      day: MON,
      targetId: 'bar-am',
      patch: { personIds: ['zoe', 'anna'] },
    });
    expect(gaps(planDay(MON, src), usual, people, tasks)).toEqual([]);
  });
});
