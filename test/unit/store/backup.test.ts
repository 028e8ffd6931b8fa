// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { demoCafe } from '../../../src/demo/seed';
import { instantAt } from '../../../src/domain/calendar';
import { createStore } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { staffStore } from '../../../src/store/staff';

const MONDAY_10 = instantAt('2026-11-23', 600);

async function demoStore() {
  const repo = createRepo(await openDatabase(`store-backup-${Math.random()}`));
  await repo.commit(demoCafe(MONDAY_10));
  return staffStore(await createStore({ repo, clock: createClock(() => MONDAY_10) }));
}

const asFile = (blob: Blob, name: string) => new File([blob], name, { type: blob.type });

describe('backup actions', () => {
  it("a start takes today's snapshot once the board is up, listed for staff", async () => {
    const store = await demoStore();
    await store.backup.refreshSnapshots();
    expect(store.backup.snapshots.value).toEqual([]);
    await store.upkeep();
    await store.backup.refreshSnapshots();
    expect(store.backup.snapshots.value.map((s) => s.day)).toEqual(['2026-11-23']);
    expect(store.backup.snapshots.value[0]!.people).toBe(store.records.lists.people.value.length);
  });

  it('saves a dated file, shows what a file holds, and replaces everything only after yes', async () => {
    const source = await demoStore();
    const saved = await source.backup.exportFile();
    expect(saved?.name).toBe('dagstavlen-2026-11-23.zip');

    const target = await demoStore();
    const before = target.records.lists.people.value.map((p) => p.id).sort();
    expect(await target.backup.inspect(asFile(saved!.blob, saved!.name))).toBe(true);
    const summary = target.backup.checked.value!.summary;
    expect(summary.people).toBe(source.records.lists.people.value.length);
    expect(summary.tasks).toBe(source.records.lists.tasks.value.length);
    // Only looking: nothing changed yet.
    expect(target.records.lists.people.value.map((p) => p.id).sort()).toEqual(before);

    expect(await target.backup.confirmImport()).toBe(true);
    expect(target.records.lists.people.value.map((p) => p.id).sort()).toEqual(
      source.records.lists.people.value.map((p) => p.id).sort(),
    );
    expect(target.backup.message.value).toMatchObject({ kind: 'info', near: 'load' });
  });

  it('a broken file gets a Danish message beside "Hent" and nothing changes', async () => {
    const store = await demoStore();
    const before = store.records.lists.people.value;
    const ok = await store.backup.inspect(asFile(new Blob(['ikke en zip']), 'noget.zip'));
    expect(ok).toBe(false);
    expect(store.backup.message.value).toEqual({
      kind: 'error',
      near: 'load',
      text: 'Filen er beskadiget eller ikke hel. Intet er ændret.',
    });
    expect(store.backup.checked.value).toBeNull();
    expect(store.records.lists.people.value).toBe(before);
  });
});
