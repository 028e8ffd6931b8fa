import { describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/domain/calendar';
import { changesOf } from '../../../src/domain/changes';
import { myDay, nextShifts, personalPlan, shiftsOf } from '../../../src/domain/myday';
import { nowNext } from '../../../src/domain/now';
import { planDay } from '../../../src/domain/plan';
import { cafe, override, shift, task, taskDay } from './fixtures';

const MON = '2026-11-23';

/** The fixture café with an afternoon bar shift for Mads and a few tasks moved about today. */
function day() {
  const src = cafe();
  src.shifts.push(shift('bar-pm', 1, 'bar', 720, 930, ['mads', 'ali']));
  src.tasks.push(task('t4', 'kitchen', 'e'));
  src.taskDays.push(
    taskDay(MON, src.tasks[1]!, { owner: { kind: 'person', id: 'ali' }, moved: true, teacherId: 'sara' }),
    taskDay(MON, src.tasks[3]!, { owner: { kind: 'person', id: 'sara' } }),
  );
  return src;
}

describe("one person's day", () => {
  it('has their shifts and stations, their own tasks first, then what anyone at their station may take', () => {
    const src = day();
    const plan = planDay(MON, src);
    const ali = myDay(plan, src, changesOf(plan, src), 'ali');
    expect(ali.shifts.map((s) => s.id)).toEqual(['bar-mon', 'bar-pm']);
    expect(ali.stationIds).toEqual(['bar']);
    expect(ali.tasks.map((t) => [t.planned.task.id, t.kind, t.stationId])).toEqual([
      ['t2', 'mine', 'bar'],
      ['t1', 'station', 'bar'],
    ]);
    // The pool task Sara took is hers, not the station's; the kitchen's tasks are not Ali's.
    expect(myDay(plan, src, [], 'mads').tasks.map((t) => t.planned.task.id)).toEqual(['t3', 't4', 't1']);
    expect(myDay(plan, src, [], 'sara').tasks.map((t) => [t.planned.task.id, t.kind])).toEqual([
      ['p1', 'mine'],
      ['t1', 'station'],
    ]);
  });

  it('says who teaches them, never themselves', () => {
    const src = day();
    const plan = planDay(MON, src);
    expect(myDay(plan, src, [], 'ali').teachers).toEqual([{ teacherId: 'sara', taskId: 't2' }]);
    expect(myDay(plan, src, [], 'sara').teachers).toEqual([]);
  });

  it('keeps only the changes that concern them', () => {
    const src = day();
    src.overrides.push(
      override({ id: 'sub', kind: 'shift', day: MON, targetId: 'kit-mon', patch: { personIds: ['ida'] } }),
      override({ id: 'late', kind: 'shift', day: MON, targetId: 'bar-pm', patch: { start: 780 } }),
      override({ id: 'lunch', kind: 'block', day: MON, targetId: 'b-1-720', patch: { start: 735 } }),
      override({ id: 'early', kind: 'block', day: MON, targetId: 'b-1-480', cancelled: true }),
    );
    const plan = planDay(MON, src);
    const changes = changesOf(plan, src);
    const kinds = (id: string) => myDay(plan, src, changes, id).changes.map((c) => `${c.kind}:${c.id}`);
    // Mads was taken off the kitchen for Ida, and his afternoon shift starts at 13:00: lunch,
    // moved from 12:00 to 12:15, is before his day begins.
    expect(kinds('mads')).toEqual(['substitute:sub', 'shift-moved:late']);
    expect(kinds('ida')).toEqual(['substitute:sub']);
    // Ali: the later afternoon, lunch between his two shifts, and the task now his.
    expect(kinds('ali')).toEqual(['shift-moved:late', 'block-moved:lunch', `task-moved:${MON}/t2`]);
    // Sara's shift ends 12:00: the morning meeting before it and lunch after it are not hers.
    expect(kinds('sara')).toEqual([]);
    // A person with no shift sees only what names them.
    expect(kinds('line')).toEqual([]);
  });

  it('cuts the programme to their shifts, for their own now and next', () => {
    const src = day();
    const plan = planDay(MON, src);
    const sara = personalPlan(plan, shiftsOf(plan, 'sara'));
    expect([sara.opens, sara.closes]).toEqual([510, 720]);
    expect(sara.blocks.map((b) => [b.title, b.start, b.end])).toEqual([
      ['Morgenmøde', 510, 540],
      ['Åbent', 540, 720],
    ]);
    const at = (m: number) => nowNext(sara, instantAt(MON, m));
    expect(at(500)).toMatchObject({ phase: 'before', minutesLeft: 10 });
    expect(at(600)).toMatchObject({ phase: 'during', now: { title: 'Åbent' }, next: null, minutesLeft: 120 });
    expect(at(720).phase).toBe('after');
    // No shift that day: no now and next of their own.
    expect(personalPlan(plan, shiftsOf(plan, 'line')).open).toBe(false);
  });

  it('finds their next shift after a day, across a closed Sunday', () => {
    const src = day();
    const planOf = (d: string) => planDay(d, src);
    expect(nextShifts(planOf, '2026-11-27', 'ali')).toMatchObject({ day: '2026-11-30' });
    expect(nextShifts(planOf, MON, 'ali')?.shifts.map((s) => s.id)).toEqual(['bar-mon', 'bar-pm']);
    expect(nextShifts(planOf, MON, 'nobody')).toBeNull();
  });
});
