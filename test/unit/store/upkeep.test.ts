// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { listSnapshots } from '../../../src/db/snapshots';
import { demoCafe } from '../../../src/demo/seed';
import { instantAt } from '../../../src/domain/calendar';
import { createStore } from '../../../src/store';
import { createClock } from '../../../src/store/clock';

const MONDAY_10 = instantAt('2026-11-23', 600);

describe('upkeep after the first paint', () => {
  it('unlinks a missing photo on screen too, takes one snapshot a day, and logs what it repaired', async () => {
    const repo = createRepo(await openDatabase(`store-upkeep-${Math.random()}`));
    await repo.commit(demoCafe(MONDAY_10));
    const [task] = await repo.all('tasks');
    await repo.commit({
      records: [{ store: 'tasks', id: task!.id, before: task!, after: { ...task!, photoId: 'gone' } }],
    });
    const store = await createStore({ repo, clock: createClock(() => MONDAY_10) });
    const shown = () => store.records.lists.tasks.value.find((t) => t.id === task!.id)!.photoId;
    // The board starts with what is stored; nothing heavy runs before it paints.
    expect(shown()).toBe('gone');
    expect(await listSnapshots(repo.db)).toEqual([]);

    await store.upkeep();
    expect(shown()).toBeNull();
    expect((await repo.all('tasks')).find((t) => t.id === task!.id)!.photoId).toBeNull();
    expect((await listSnapshots(repo.db)).map((s) => s.day)).toEqual(['2026-11-23']);
    expect((await repo.readLog()).map((e) => e.message)).toContain('start: 1 missing photo(s) unlinked');
  });
});
