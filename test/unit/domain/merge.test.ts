import { describe, expect, it } from 'vitest';
import { canonical, rebase, resolveLeaves, settleTaskDay } from '../../../src/domain/merge';
import type { Person, TaskDay } from '../../../src/domain/types';

const day = (over: Partial<TaskDay> = {}): TaskDay => ({
  id: '2026-12-07/t1',
  updatedAt: 1,
  day: '2026-12-07',
  taskId: 't1',
  owner: { kind: 'station', id: 'bar' },
  order: 'a',
  stepsDone: [],
  done: false,
  doneBy: null,
  teacherId: null,
  moved: false,
  removed: false,
  ...over,
});

describe('an edit applied to what is stored now (rebase)', () => {
  it('keeps a tick stored meanwhile when another tick is saved from an older copy', () => {
    const seen = day();
    const stored = day({ stepsDone: ['s1'], updatedAt: 2 });
    const mine = day({ stepsDone: ['s2'], updatedAt: 3 });
    const out = rebase('taskDays', { before: seen, after: mine }, stored);
    expect(out?.stepsDone).toEqual(['s1', 's2']);
    expect(out?.updatedAt).toBe(3);
  });

  it('removes only the tick the edit removed', () => {
    const seen = day({ stepsDone: ['s1', 's2'] });
    const stored = day({ stepsDone: ['s1', 's2', 's3'] });
    const mine = day({ stepsDone: ['s1'] });
    expect(rebase('taskDays', { before: seen, after: mine }, stored)?.stepsDone).toEqual(['s1', 's3']);
  });

  it('takes only the changed fields: a move does not undo a tick made meanwhile', () => {
    const seen = day();
    const stored = day({ stepsDone: ['s1'] });
    const moved = day({ owner: { kind: 'person', id: 'ali' }, moved: true, updatedAt: 5 });
    const out = rebase('taskDays', { before: seen, after: moved }, stored);
    expect(out).toMatchObject({ owner: { kind: 'person', id: 'ali' }, moved: true, stepsDone: ['s1'] });
  });

  it('a first write from the usual place meets a first write stored elsewhere field by field', () => {
    const usual = day();
    const stored = day({ owner: { kind: 'person', id: 'ali' }, moved: true, updatedAt: 4 });
    const tick = day({ stepsDone: ['s1'], updatedAt: 6 });
    const out = rebase('taskDays', { before: null, base: usual, after: tick }, stored);
    expect(out).toMatchObject({ owner: { kind: 'person', id: 'ali' }, stepsDone: ['s1'], updatedAt: 6 });
  });

  it('a deletion stands, and a record deleted meanwhile stays deleted', () => {
    expect(rebase('taskDays', { before: day(), after: null }, day({ stepsDone: ['s1'] }))).toBeNull();
    expect(rebase('taskDays', { before: day(), after: day({ stepsDone: ['s1'] }) }, null)).toBeNull();
  });

  it('creates what nobody stored yet', () => {
    const fresh = day({ stepsDone: ['s1'] });
    expect(rebase('taskDays', { before: null, base: day(), after: fresh }, undefined)).toBe(fresh);
  });

  it("changes one person's skill without losing another skill set meanwhile", () => {
    const p = { id: 'p', updatedAt: 1, name: 'Ali', skills: { t1: 'learning' } } as unknown as Person;
    const stored = { ...p, skills: { t1: 'learning', t2: 'can' } };
    const mine = { ...p, skills: { t1: 'teaches' }, updatedAt: 2 };
    expect(rebase('people', { before: p, after: mine }, stored)?.skills).toEqual({
      t1: 'teaches',
      t2: 'can',
    });
  });

  it('removes an optional field the edit removed, and keeps one it did not touch', () => {
    const p = { id: 'p', updatedAt: 1, name: 'Ali', note: 'x' };
    const stored = { ...p, punchesBefore: { tasks: 1, days: 2 } };
    expect(rebase('people', { before: p, after: { ...p, name: 'Alí' } }, stored)).toEqual({
      ...stored,
      name: 'Alí',
    });
  });
});

describe("a person's times away, edited on two screens", () => {
  const ill = { id: 'a1', from: '2026-12-01', to: '2026-12-02', reason: 'ill' as const };
  const course = { id: 'a2', from: '2026-12-08', to: '2026-12-08', reason: 'course' as const };
  const p = { id: 'p', updatedAt: 1, name: 'Fatima' } as unknown as Person;

  it('keeps a time away added elsewhere meanwhile when another is added here', () => {
    const stored = { ...p, away: [course], updatedAt: 2 };
    const mine = { ...p, away: [ill], updatedAt: 3 };
    expect(rebase('people', { before: p, after: mine }, stored)?.away).toEqual([course, ill]);
  });

  it('ends only the time away the edit ended, and changes only the one it changed', () => {
    const seen = { ...p, away: [ill] };
    const stored = { ...p, away: [ill, course] };
    expect(rebase('people', { before: seen, after: p }, stored)?.away).toEqual([course]);
    const longer = { ...ill, to: '2026-12-04' };
    expect(rebase('people', { before: seen, after: { ...p, away: [longer] } }, stored)?.away).toEqual([
      longer,
      course,
    ]);
  });

  it('two screens apart: every time away marked on either stays, in the same order whatever order they meet', () => {
    const a = { rev: '3-a', record: { ...p, name: 'Fati', away: [ill], updatedAt: 5 } };
    const b = { rev: '3-b', record: { ...p, away: [course], updatedAt: 4 } };
    const out = resolveLeaves<Person>('people', [a, b]);
    expect(out.name).toBe('Fati');
    expect(out.away).toEqual([ill, course]);
    expect(canonical(resolveLeaves('people', [b, a]))).toBe(canonical(out));
    const none = { rev: '3-c', record: { ...p, updatedAt: 6 } };
    expect(resolveLeaves('people', [none, { ...none, rev: '3-d' }])).not.toHaveProperty('away');
  });

  it('leaves no empty list when the last one ends', () => {
    const seen = { ...p, away: [ill] };
    const renamed = { ...seen, name: 'Fati' };
    expect(rebase('people', { before: seen, after: p }, renamed)).toEqual({ ...p, name: 'Fati' });
  });
});

describe('versions written apart, back in conflict (resolveLeaves)', () => {
  it('the newest placement wins and every tick stays', () => {
    const a = day({ owner: { kind: 'person', id: 'ali' }, stepsDone: ['s1'], moved: true, updatedAt: 10 });
    const b = day({ owner: { kind: 'person', id: 'fatima' }, stepsDone: ['s2'], moved: true, updatedAt: 20 });
    const out = resolveLeaves<TaskDay>('taskDays', [
      { rev: '3-aaa', record: a },
      { rev: '3-bbb', record: b },
    ]);
    expect(out.owner).toEqual({ kind: 'person', id: 'fatima' });
    expect([...out.stepsDone].sort()).toEqual(['s1', 's2']);
  });

  it('gives the same result whatever order the versions come in', () => {
    const a = { rev: '2-aaa', record: day({ stepsDone: ['s1'], updatedAt: 5, order: 'b' }) };
    const b = { rev: '2-bbb', record: day({ stepsDone: ['s2'], updatedAt: 5, order: 'c' }) };
    expect(canonical(resolveLeaves('taskDays', [a, b]))).toBe(canonical(resolveLeaves('taskDays', [b, a])));
    // Same time: the higher revision decides, as CouchDB picks its winner.
    expect(resolveLeaves<TaskDay>('taskDays', [a, b]).order).toBe('c');
  });

  it('is done when either version is done', () => {
    const a = day({ done: true, doneBy: 'ali', updatedAt: 1 });
    const b = day({ owner: { kind: 'pool' }, updatedAt: 2 });
    const out = resolveLeaves<TaskDay>('taskDays', [
      { rev: '2-a', record: a },
      { rev: '2-b', record: b },
    ]);
    expect(out).toMatchObject({ done: true, doneBy: 'ali', owner: { kind: 'pool' } });
  });

  it('other records: the newest version whole', () => {
    const a = { id: 's', updatedAt: 1, name: 'Bar', color: 'bar' };
    const b = { id: 's', updatedAt: 2, name: 'Baren', color: 'kitchen' };
    expect(
      resolveLeaves('stations', [
        { rev: '2-z', record: a },
        { rev: '2-a', record: b },
      ]),
    ).toEqual(b);
  });

  it("a person keeps the punches of the latest retention run, whoever's name edit wins", () => {
    const kept = {
      id: 'p',
      updatedAt: 1,
      name: 'Ali',
      punchesBefore: { tasks: 4, days: 3, through: '2025-12-07' },
    };
    const renamed = {
      id: 'p',
      updatedAt: 2,
      name: 'Alí',
      punchesBefore: { tasks: 1, days: 1, through: '2025-11-01' },
    };
    expect(
      resolveLeaves('people', [
        { rev: '5-a', record: kept },
        { rev: '5-b', record: renamed },
      ]),
    ).toEqual({ ...renamed, punchesBefore: kept.punchesBefore });
  });
});

describe("a task's day after a merge", () => {
  it('is done once every step is ticked, in the task order', () => {
    const task = { steps: [{ id: 's1' }, { id: 's2' }] } as never;
    const out = settleTaskDay(day({ stepsDone: ['s2', 's1'], owner: { kind: 'person', id: 'ali' } }), task);
    expect(out).toMatchObject({ stepsDone: ['s1', 's2'], done: true, doneBy: 'ali' });
  });

  it('leaves a day that needs nothing alone', () => {
    const d = day({ stepsDone: ['s1'] });
    expect(settleTaskDay(d, { steps: [{ id: 's1' }, { id: 's2' }] } as never)).toBe(d);
  });
});
