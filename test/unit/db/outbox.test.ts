// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { SYNC_KEY } from '../../../src/db/schema';
import type { Station, TaskDay } from '../../../src/domain/types';

const bar: Station = { id: 'bar', updatedAt: 1, name: 'Bar', color: 'bar', pictogram: 'coffee', order: 'a0' };
const day = (over: Partial<TaskDay> = {}): TaskDay => ({
  id: '2026-12-07/latte',
  updatedAt: 1,
  day: '2026-12-07',
  taskId: 'latte',
  owner: { kind: 'station', id: 'bar' },
  order: 'a0',
  stepsDone: [],
  done: false,
  doneBy: null,
  teacherId: null,
  moved: false,
  removed: false,
  ...over,
});

const fresh = () => openDatabase(`outbox-${Math.random()}`);

describe('version 4: the outbox', () => {
  it('upgrades a version 3 database without touching its records and adds an empty outbox', async () => {
    const name = `v3-${Math.random()}`;
    const v3 = await openDatabase(name, {}, 3);
    await v3.put('stations', bar);
    v3.close();
    const db = await openDatabase(name);
    expect(await db.get('stations', 'bar')).toEqual(bar);
    expect(await db.count('outbox')).toBe(0);
    db.close();
  });
});

describe('writing onto what is stored now', () => {
  it('a tick saved from an older copy keeps the tick stored meanwhile, and says what it wrote', async () => {
    const repo = createRepo(await fresh());
    await repo.commit({
      records: [{ store: 'taskDays', id: day().id, before: null, after: day({ stepsDone: ['s1'] }) }],
    });
    // Another tab, which never saw s1, ticks s2 on the day as it knew it (not stored).
    const written = await repo.commit({
      records: [
        {
          store: 'taskDays',
          id: day().id,
          before: null,
          base: day(),
          after: day({ stepsDone: ['s2'], updatedAt: 5 }),
        },
      ],
    });
    expect(written[0]?.after).toMatchObject({ stepsDone: ['s1', 's2'], updatedAt: 5 });
    expect(written[0]?.before).toMatchObject({ stepsDone: ['s1'] });
    expect((await repo.all('taskDays'))[0]?.stepsDone).toEqual(['s1', 's2']);
    repo.close();
  });

  it('writes no outbox without a house server', async () => {
    const db = await fresh();
    const repo = createRepo(db);
    await repo.commit({ records: [{ store: 'stations', id: 'bar', before: null, after: bar }] });
    expect(await db.count('outbox')).toBe(0);
    repo.close();
  });

  it("with a house server, keeps each record's net change since the replica took it", async () => {
    const db = await fresh();
    const repo = createRepo(db);
    await repo.commit({ records: [{ store: 'stations', id: 'bar', before: null, after: bar }] });
    await repo.commit({ meta: [{ key: SYNC_KEY, value: { url: 'http://house' } }] });
    const renamed = { ...bar, name: 'Baren', updatedAt: 2 };
    await repo.commit({ records: [{ store: 'stations', id: 'bar', before: bar, after: renamed }] });
    await repo.commit({
      records: [
        {
          store: 'stations',
          id: 'bar',
          before: renamed,
          after: { ...renamed, color: 'kitchen', updatedAt: 3 },
        },
      ],
      meta: [
        { key: 'staffPin', value: { version: 1 } },
        { key: 'changesSeen', value: 'x' },
      ],
    });
    const entries = await db.getAll('outbox');
    expect(entries.map((e) => e.key).sort()).toEqual(['meta:staffPin', 'stations:bar']);
    const station = entries.find((e) => e.key === 'stations:bar')!;
    expect(station.n).toBe(2);
    expect(station.before).toEqual(bar);
    expect(station.after).toMatchObject({ name: 'Baren', color: 'kitchen' });
    repo.close();
  });

  it('writes nothing for an edit that changes nothing stored', async () => {
    const db = await fresh();
    const repo = createRepo(db);
    await repo.commit({ meta: [{ key: SYNC_KEY, value: {} }] });
    await repo.commit({ records: [{ store: 'stations', id: 'bar', before: null, after: bar }] });
    await db.clear('outbox');
    await repo.commit({ records: [{ store: 'stations', id: 'bar', before: bar, after: { ...bar } }] });
    expect(await db.count('outbox')).toBe(0);
    repo.close();
  });
});
