import { describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/domain/calendar';
import { changesOf } from '../../../src/domain/changes';
import { boardDay } from '../../../src/domain/day';
import { nowNext, timelinePosition } from '../../../src/domain/now';
import { planDay, tasksOf } from '../../../src/domain/plan';
import { shiftsByStation } from '../../../src/domain/shiftOrder';
import { block, cafe, override, shift, task, taskDay } from './fixtures';

const MON = '2026-11-23';

describe('the day plan', () => {
  it('takes the weekday template on an ordinary day', () => {
    const plan = planDay(MON, cafe());
    expect(plan.open).toBe(true);
    expect(plan.opens).toBe(480);
    expect(plan.closes).toBe(930);
    expect(plan.blocks.map((b) => b.title)).toEqual(['Morgenmøde', 'Åbent', 'Frokost', 'Åbent igen']);
    expect(plan.shifts.map((s) => s.id)).toEqual(['bar-mon', 'kit-mon']);
    expect(tasksOf(plan, { kind: 'station', id: 'bar' }).map((t) => t.task.id)).toEqual(['t1', 't2']);
    expect(tasksOf(plan, { kind: 'pool' }).map((t) => t.task.id)).toEqual(['p1']);
  });

  it('is closed on Sunday', () => {
    const plan = planDay('2026-11-29', cafe());
    expect(plan.open).toBe(false);
    expect(plan.blocks).toEqual([]);
  });

  it('applies a one-off change only on its date', () => {
    const src = cafe();
    src.overrides.push(
      override({ kind: 'block', day: MON, targetId: 'b-1-720', patch: { start: 750, end: 780 } }),
      override({ kind: 'shift', day: MON, targetId: 'kit-mon', patch: { personIds: ['line'] } }),
      override({ kind: 'shift', day: MON, targetId: 'bar-mon', cancelled: true }),
    );
    const plan = planDay(MON, src);
    const lunch = plan.blocks.find((b) => b.title === 'Frokost');
    expect(lunch).toMatchObject({ start: 750, end: 780, mark: 'changed' });
    expect(plan.shifts.map((s) => [s.id, s.personIds])).toEqual([['kit-mon', ['line']]]);
    // A week later the usual plan holds again.
    expect(planDay('2026-11-30', src).shifts).toHaveLength(2);
  });

  it('moves and ticks tasks through their day record, and hides removed ones', () => {
    const src = cafe();
    const [t1, t2, t3] = src.tasks;
    src.taskDays.push(
      taskDay(MON, t1!, { owner: { kind: 'person', id: 'ali' }, moved: true, stepsDone: ['t1-s1'] }),
      taskDay(MON, t2!, { removed: true }),
      taskDay('2026-11-29', t3!),
    );
    const plan = planDay(MON, src);
    expect(tasksOf(plan, { kind: 'person', id: 'ali' })[0]).toMatchObject({ mark: 'changed' });
    expect(plan.tasks.find((t) => t.task.id === 't1')?.state.stepsDone).toEqual(['t1-s1']);
    expect(plan.tasks.some((t) => t.task.id === 't2')).toBe(false);
    // A task put on a day it is not usually on counts as added.
    expect(planDay('2026-11-29', src).tasks.map((t) => [t.task.id, t.mark])).toEqual([['t3', 'added']]);
  });
});

describe('now and next', () => {
  const plan = planDay(MON, cafe());

  it('says what is on, what comes next and how long is left', () => {
    const at = instantAt(MON, 10 * 60 + 42);
    const nn = nowNext(plan, at);
    expect(nn.now?.title).toBe('Åbent');
    expect(nn.next?.title).toBe('Frokost');
    expect(nn.minutesLeft).toBe(78);
    expect(nn.phase).toBe('during');
    expect(timelinePosition(plan, at)).toBeCloseTo((642 - 480) / (930 - 480));
  });

  it('counts down to opening before the day starts', () => {
    const nn = nowNext(plan, instantAt(MON, 7 * 60 + 15));
    expect(nn.now).toBeNull();
    expect(nn.next?.title).toBe('Morgenmøde');
    expect(nn.minutesLeft).toBe(45);
    expect(nn.phase).toBe('before');
  });

  it('measures time left in real time on the short DST day', () => {
    const src = cafe();
    src.blocks = [block(7, 60, 240, 'Nattevagt')];
    const dst = planDay('2026-03-29', src);
    // 01:00 to 04:00 on 29 March is only two real hours.
    expect(nowNext(dst, instantAt('2026-03-29', 60)).minutesLeft).toBe(120);
    const autumn = planDay('2026-10-25', src);
    expect(nowNext(autumn, instantAt('2026-10-25', 60)).minutesLeft).toBe(240);
  });
});

describe('which day the board shows', () => {
  const src = cafe();
  const planOf = (day: string) => planDay(day, src);

  it('shows today until closing, then the next open day', () => {
    expect(boardDay(instantAt(MON, 7 * 60), planOf)).toMatchObject({ relation: 'today' });
    expect(boardDay(instantAt(MON, 15 * 60 + 29), planOf)).toMatchObject({ relation: 'today' });
    const evening = boardDay(instantAt(MON, 16 * 60), planOf);
    expect(evening).toMatchObject({ relation: 'tomorrow', closedToday: false });
    expect(evening.plan.day).toBe('2026-11-24');
  });

  it('on a closed Sunday shows Monday as the next opening day', () => {
    const sunday = boardDay(instantAt('2026-11-29', 11 * 60), planOf);
    expect(sunday).toMatchObject({ relation: 'tomorrow', closedToday: true });
    expect(sunday.plan.day).toBe('2026-11-30');
    const saturdayEvening = boardDay(instantAt('2026-11-28', 20 * 60), planOf);
    expect(saturdayEvening).toMatchObject({ relation: 'later' });
    expect(saturdayEvening.plan.day).toBe('2026-11-30');
  });
});

describe('changes against the usual week', () => {
  it('describes a substitute, a moved block, a cancelled shift and a moved task', () => {
    const src = cafe();
    src.overrides.push(
      override({
        id: 'o1',
        kind: 'shift',
        day: MON,
        targetId: 'bar-mon',
        patch: { personIds: ['line', 'sara'] },
      }),
      override({ id: 'o2', kind: 'block', day: MON, targetId: 'b-1-720', patch: { start: 750 } }),
      override({ id: 'o3', kind: 'shift', day: MON, targetId: 'kit-mon', cancelled: true }),
    );
    src.taskDays.push(taskDay(MON, src.tasks[0]!, { owner: { kind: 'person', id: 'ali' }, moved: true }));
    const changes = changesOf(planDay(MON, src), src);
    expect(changes).toEqual([
      { kind: 'substitute', id: 'o1', stationId: 'bar', inId: 'line', outId: 'ali' },
      { kind: 'block-moved', id: 'o2', title: 'Frokost', from: 720, to: 750 },
      { kind: 'shift-cancelled', id: 'o3', stationId: 'kitchen', label: 'Formiddag' },
      { kind: 'task-moved', id: `${MON}/t1`, taskId: 't1', to: 'person', toId: 'ali' },
    ]);
  });

  it('reports nothing on an ordinary day', () => {
    const src = cafe();
    expect(changesOf(planDay(MON, src), src)).toEqual([]);
    src.tasks.push(task('t9', 'bar', 'e'));
    expect(changesOf(planDay(MON, src), src)).toEqual([]);
  });
});

describe('the order of shifts', () => {
  const stations = [
    { id: 'kitchen', order: 'b' },
    { id: 'bar', order: 'a' },
  ];
  const shifts = () => [
    shift('k-am', 1, 'kitchen', 510, 720, []),
    shift('b-pm', 1, 'bar', 720, 930, []),
    shift('b-am', 1, 'bar', 510, 720, []),
    shift('k-pm', 1, 'kitchen', 720, 930, []),
    shift('b-am2', 1, 'bar', 510, 720, []),
  ];

  it('staff find them by station in the board order, then by time', () => {
    const plan = planDay(MON, { ...cafe(), shifts: shifts() });
    expect(shiftsByStation(plan.shifts, stations).map((s) => s.id)).toEqual([
      'b-am',
      'b-am2',
      'b-pm',
      'k-am',
      'k-pm',
    ]);
  });

  it('is the same on every screen, whatever order the records were stored in', () => {
    const orders = [shifts(), shifts().reverse(), [...shifts().slice(2), ...shifts().slice(0, 2)]];
    const seen = orders.map((list) => {
      const plan = planDay(MON, { ...cafe(), shifts: list });
      return [plan.shifts.map((s) => s.id), shiftsByStation(plan.shifts, stations).map((s) => s.id)];
    });
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });
});
