import { describe, expect, it } from 'vitest';
import { isoWeek } from '../../../src/domain/calendar';
import {
  cardOf,
  energyHint,
  inCheckInWindow,
  needsTeacher,
  punchesByPerson,
  teachersFor,
} from '../../../src/domain/together';
import type { CheckIn, Person, Task, TaskDay } from '../../../src/domain/types';

const person = (id: string, skills: Person['skills'] = {}, active = true): Person => ({
  id,
  updatedAt: 0,
  name: id,
  color: 'p1',
  portraitId: null,
  portraitConsent: false,
  team: 'Café',
  startDate: null,
  active,
  note: '',
  goals: [],
  showGoals: false,
  skills,
});
const taskDay = (day: string, taskId: string, doneBy: string | null, done = true): TaskDay => ({
  id: `${day}/${taskId}`,
  updatedAt: 0,
  day,
  taskId,
  owner: { kind: 'pool' },
  order: 'a0',
  stepsDone: [],
  done,
  doneBy,
  teacherId: null,
  moved: false,
  removed: false,
});
const checkIn = (day: string, personId: string): CheckIn => ({
  id: `${day}/${personId}`,
  updatedAt: 0,
  day,
  personId,
  at: 0,
  energy: null,
});

describe('the morning check-in window', () => {
  it('is open from 08:00 up to but not including 09:30 by default', () => {
    expect(inCheckInWindow(7 * 60 + 59)).toBe(false);
    expect(inCheckInWindow(8 * 60)).toBe(true);
    expect(inCheckInWindow(9 * 60 + 29)).toBe(true);
    expect(inCheckInWindow(9 * 60 + 30)).toBe(false);
  });
  it('follows a window staff chose', () => {
    expect(inCheckInWindow(9 * 60 + 45, { start: 9 * 60 + 30, end: 10 * 60 })).toBe(true);
  });
});

describe('the punch card', () => {
  it('gives one punch per finished task and one per checked-in day, never for others', () => {
    const p = punchesByPerson(
      [
        taskDay('2026-11-23', 't1', 'ali'),
        taskDay('2026-11-23', 't2', 'ali', false),
        taskDay('2026-11-24', 't1', 'sara'),
        taskDay('2026-11-24', 't3', 'ali'),
      ],
      [checkIn('2026-11-23', 'ali'), checkIn('2026-11-24', 'ali'), checkIn('2026-11-24', 'sara')],
    ).get('ali');
    expect(p).toEqual({ tasks: 2, days: 2, total: 4 });
  });
  it('starts a new card after ten punches, keeping all earlier punches', () => {
    expect(cardOf(0)).toEqual({ full: 0, onCard: 0 });
    expect(cardOf(9)).toEqual({ full: 0, onCard: 9 });
    expect(cardOf(10)).toEqual({ full: 1, onCard: 0 });
    expect(cardOf(23)).toEqual({ full: 2, onCard: 3 });
  });
});

describe('the gentle energy hint for staff', () => {
  it('speaks up only for little energy and a day of energy-taking tasks', () => {
    const takes = { energy: 'takes' as const };
    const gives = { energy: 'gives' as const };
    expect(energyHint(1, [takes, takes, gives])).toBe(true);
    expect(energyHint(2, [takes])).toBe(true);
    expect(energyHint(2, [takes, gives])).toBe(false);
    expect(energyHint(3, [takes, takes, takes])).toBe(false);
    expect(energyHint(null, [takes, takes])).toBe(false);
    expect(energyHint(1, [])).toBe(false);
  });
});

describe('peer training', () => {
  it('suggests teachers who are on shift, active and not the learner', () => {
    const people = [
      person('ali', { latte: 'teaches' }),
      person('sara', { latte: 'teaches' }),
      person('mads', { latte: 'can' }),
      person('ida', { latte: 'teaches' }, false),
      person('omar', { latte: 'learning' }),
    ];
    const onShift = new Set(['ali', 'mads', 'ida', 'omar']);
    expect(teachersFor('latte', people, onShift, 'omar').map((p) => p.id)).toEqual(['ali']);
    expect(teachersFor('latte', people, onShift, 'ali').map((p) => p.id)).toEqual([]);
  });
  it('knows a learner needs a teacher', () => {
    const task = { id: 'latte' } as Task;
    expect(needsTeacher(person('omar', { latte: 'learning' }), task)).toBe(true);
    expect(needsTeacher(person('ali', { latte: 'teaches' }), task)).toBe(false);
    expect(needsTeacher(undefined, task)).toBe(false);
  });
});

describe('week numbers', () => {
  it('follow ISO 8601 across the turn of the year', () => {
    expect(isoWeek('2026-11-23')).toBe(48);
    expect(isoWeek('2026-11-29')).toBe(48);
    expect(isoWeek('2026-12-31')).toBe(53);
    expect(isoWeek('2027-01-03')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2025-12-29')).toBe(1);
  });
});
