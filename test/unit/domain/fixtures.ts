// Small hand-made café for domain tests.
import type {
  DayBlockTemplate,
  Override,
  ShiftTemplate,
  Task,
  TaskDay,
  Weekday,
} from '../../../src/domain/types';

export const block = (weekday: Weekday, start: number, end: number, title: string): DayBlockTemplate => ({
  id: `b-${weekday}-${start}`,
  updatedAt: 0,
  weekday,
  start,
  end,
  title,
  kind: 'work',
  pictogram: 'open',
});

export const shift = (
  id: string,
  weekday: Weekday,
  stationId: string,
  start: number,
  end: number,
  personIds: string[],
): ShiftTemplate => ({
  id,
  updatedAt: 0,
  weekday,
  stationId,
  label: 'Formiddag',
  start,
  end,
  capacity: personIds.length,
  personIds,
});

export const task = (id: string, stationId: string, order: string, extra: Partial<Task> = {}): Task => ({
  id,
  updatedAt: 0,
  title: `Opgave ${id}`,
  stationId,
  photoId: null,
  pictogram: 'plan',
  steps: [
    { id: `${id}-s1`, text: 'Først', photoId: null },
    { id: `${id}-s2`, text: 'Så', photoId: null },
  ],
  minutes: 10,
  energy: 'neutral',
  weekdays: [1, 2, 3, 4, 5],
  pool: false,
  order,
  ...extra,
});

export const override = (o: Partial<Override> & Pick<Override, 'kind' | 'day'>): Override =>
  ({ id: `o-${Math.random()}`, updatedAt: 0, targetId: null, cancelled: false, patch: {}, ...o }) as Override;

export const taskDay = (day: string, t: Task, extra: Partial<TaskDay> = {}): TaskDay => ({
  id: `${day}/${t.id}`,
  updatedAt: 0,
  day,
  taskId: t.id,
  owner: { kind: 'station', id: t.stationId },
  order: t.order,
  stepsDone: [],
  done: false,
  doneBy: null,
  teacherId: null,
  moved: false,
  removed: false,
  ...extra,
});

/** Monday to Friday 08:00–15:30, Saturday 10:00–14:00, Sunday closed. */
export function cafe() {
  const blocks: DayBlockTemplate[] = [];
  for (const w of [1, 2, 3, 4, 5] as Weekday[]) {
    blocks.push(block(w, 480, 540, 'Morgenmøde'), block(w, 540, 720, 'Åbent'), block(w, 720, 750, 'Frokost'));
    blocks.push(block(w, 750, 930, 'Åbent igen'));
  }
  blocks.push(block(6, 600, 840, 'Lørdagscafé'));
  const shifts = [
    shift('bar-mon', 1, 'bar', 510, 720, ['ali', 'sara']),
    shift('kit-mon', 1, 'kitchen', 510, 720, ['mads']),
  ];
  const tasks = [
    task('t1', 'bar', 'a'),
    task('t2', 'bar', 'b'),
    task('t3', 'kitchen', 'c'),
    task('p1', 'bar', 'd', { pool: true }),
  ];
  return { blocks, shifts, tasks, overrides: [] as Override[], taskDays: [] as TaskDay[] };
}
