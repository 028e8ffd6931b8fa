// @vitest-environment node
// A photo lives exactly as long as something points to it: replaced, removed with its task, or a
// portrait taken away, it is deleted in the same transaction as the change. Undo in the same
// session puts it back; after a restart an undo leaves the picture empty, never a dangling id.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { type Batch, createRepo } from '../../../src/db/repo';
import { demoCafe } from '../../../src/demo/seed';
import { instantAt } from '../../../src/domain/calendar';
import type { Photo } from '../../../src/domain/types';
import type { Rendition } from '../../../src/photos/intake';
import { photoRefs } from '../../../src/photos/refs';
import { createStore } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { MIN_ITERATIONS } from '../../../src/store/pin';
import { staffStore } from '../../../src/store/staff';
import { demoPictures } from '../../fixtures/drawings';

const MONDAY_10 = instantAt('2026-11-23', 600);

async function cafe(name = `photos-${Math.random()}`, seed = true) {
  const repo = createRepo(await openDatabase(name));
  if (seed) await repo.commit(demoCafe(MONDAY_10, await demoPictures()));
  const commits: Batch[] = [];
  const commit = repo.commit.bind(repo);
  vi.spyOn(repo, 'commit').mockImplementation((b) => {
    commits.push(b);
    return commit(b);
  });
  const store = staffStore(
    await createStore({
      repo,
      clock: createClock(() => MONDAY_10),
      session: { iterations: MIN_ITERATIONS },
    }),
  );
  if (seed) await store.session.setPin('2468');
  else await store.session.unlock('2468');
  return { store, repo, commits, name };
}

const rendition = (text: string): Rendition => ({
  blob: new Blob([`display ${text}`], { type: 'image/webp' }),
  thumb: new Blob([`thumb ${text}`], { type: 'image/webp' }),
  width: 800,
  height: 600,
});
const text = (p: Photo | undefined) => p?.blob.text();

/** Every photo id some task or person points to. */
function referenced(store: Awaited<ReturnType<typeof cafe>>['store']): Set<string> {
  const out = new Set<string>();
  for (const t of store.records.lists.tasks.value) for (const id of photoRefs('tasks', t)) out.add(id);
  for (const p of store.records.lists.people.value) for (const id of photoRefs('people', p)) out.add(id);
  return out;
}

async function newTaskWithPhoto(store: Awaited<ReturnType<typeof cafe>>['store'], title: string) {
  const station = store.records.lists.stations.value[0]!;
  const r = await store.editors.saveTask({
    ...store.editors.emptyTask(station.id),
    title,
    photo: rendition('A'),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}

describe('a photo lives as long as something points to it', () => {
  it('a replaced task photo is deleted in the same transaction; undo and redo swap it back within the session', async () => {
    const { store, repo, commits } = await cafe();
    const id = await newTaskWithPhoto(store, 'Pynt kagen');
    const first = store.records.view.tasks.value.get(id)!.photoId!;
    const count = (await repo.photoIds()).length;

    const draft = store.editors.taskDraft(store.records.view.tasks.value.get(id)!);
    commits.length = 0;
    expect((await store.editors.saveTask({ ...draft, photo: rendition('B') })).ok).toBe(true);
    await store.flush();
    const second = store.records.view.tasks.value.get(id)!.photoId!;
    expect(second).not.toBe(first);
    expect(await repo.getPhoto(first)).toBeUndefined();
    expect(await text(await repo.getPhoto(second))).toBe('display B');
    expect((await repo.photoIds()).length).toBe(count);
    // One transaction held the task, the new photo and the old photo's deletion.
    expect(commits).toHaveLength(1);
    expect(commits[0]!.records?.some((c) => c.store === 'tasks' && c.id === id)).toBe(true);
    expect(commits[0]!.photos?.put?.map((p) => p.id)).toEqual([second]);
    expect(commits[0]!.photos?.delete).toEqual([first]);

    await store.records.undo();
    await store.flush();
    expect(store.records.view.tasks.value.get(id)!.photoId).toBe(first);
    expect(await text(await repo.getPhoto(first))).toBe('display A');
    expect(await repo.getPhoto(second)).toBeUndefined();
    expect((await repo.photoIds()).length).toBe(count);

    await store.records.redo();
    await store.flush();
    expect(store.records.view.tasks.value.get(id)!.photoId).toBe(second);
    expect(await text(await repo.getPhoto(second))).toBe('display B');
    expect(await repo.getPhoto(first)).toBeUndefined();
  });

  it('deleting a task deletes its photos, but keeps a photo another task still shows', async () => {
    const { store, repo } = await cafe();
    const shared = new Map<string, number>();
    for (const t of store.records.lists.tasks.value)
      for (const p of new Set(photoRefs('tasks', t))) shared.set(p, (shared.get(p) ?? 0) + 1);
    const task = store.records.lists.tasks.value.find((t) => photoRefs('tasks', t).length > 0)!;
    const own = new Set(photoRefs('tasks', task).filter((p) => shared.get(p) === 1));
    const common = new Set(photoRefs('tasks', task).filter((p) => (shared.get(p) ?? 0) > 1));
    const count = (await repo.photoIds()).length;

    expect(await store.editors.deleteTask(task.id)).toBe(true);
    await store.flush();
    const left = new Set(await repo.photoIds());
    expect(left.size).toBe(count - own.size);
    for (const p of own) expect(left.has(p)).toBe(false);
    for (const p of common) expect(left.has(p)).toBe(true);

    await store.records.undo();
    await store.flush();
    expect((await repo.photoIds()).length).toBe(count);
    for (const p of referenced(store)) expect(await repo.getPhoto(p)).toBeDefined();
  });

  it('withdrawing consent deletes the portrait with the save, and undo does not bring it back', async () => {
    const { store, repo, commits } = await cafe();
    const saved = await store.editors.savePerson({
      ...store.editors.emptyPerson(),
      name: 'Nora',
      portraitConsent: true,
      portrait: rendition('Nora'),
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    const portrait = store.records.view.people.value.get(saved.id)!.portraitId!;
    expect(await repo.getPhoto(portrait)).toBeDefined();
    const count = (await repo.photoIds()).length;

    const draft = store.editors.personDraft(store.records.view.people.value.get(saved.id)!);
    commits.length = 0;
    // Only the tick is taken away: that alone is the withdrawal.
    const r = await store.editors.savePerson({ ...draft, portraitConsent: false });
    expect(r.ok).toBe(true);
    await store.flush();
    expect(store.records.view.people.value.get(saved.id)!.portraitId).toBeNull();
    expect(await repo.getPhoto(portrait)).toBeUndefined();
    expect((await repo.photoIds()).length).toBe(count - 1);
    expect(commits).toHaveLength(1);
    expect(commits[0]!.photos?.delete).toEqual([portrait]);

    // Undo gives the consent tick back, but the deleted portrait stays deleted.
    await store.records.undo();
    await store.flush();
    const undone = store.records.view.people.value.get(saved.id)!;
    expect(undone.portraitConsent).toBe(true);
    expect(undone.portraitId).toBeNull();
    expect(await repo.getPhoto(portrait)).toBeUndefined();
  });

  it('deleting a person deletes their portrait with them; undo in the session brings both back', async () => {
    const { store, repo } = await cafe();
    const saved = await store.editors.savePerson({
      ...store.editors.emptyPerson(),
      name: 'Bo',
      portraitConsent: true,
      portrait: rendition('Bo'),
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    const portrait = store.records.view.people.value.get(saved.id)!.portraitId!;
    expect(await store.editors.deletePerson(saved.id)).toBe(true);
    await store.flush();
    expect(await repo.getPhoto(portrait)).toBeUndefined();
    await store.records.undo();
    await store.flush();
    expect(store.records.view.people.value.get(saved.id)!.portraitId).toBe(portrait);
    expect(await text(await repo.getPhoto(portrait))).toBe('display Bo');
  });

  it('a new portrait without consent is refused beside the field and nothing is stored', async () => {
    const { store, repo } = await cafe();
    const count = (await repo.photoIds()).length;
    const r = await store.editors.savePerson({
      ...store.editors.emptyPerson(),
      name: 'Ida',
      portrait: rendition('Ida'),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.portrait).toMatch(/samtykke/);
    expect((await repo.photoIds()).length).toBe(count);
  });

  it('after a restart, undoing a photo change leaves the picture empty rather than pointing to a deleted photo', async () => {
    const name = `restart-${Math.random()}`;
    const one = await cafe(name);
    const id = await newTaskWithPhoto(one.store, 'Fold servietter');
    const draft = one.store.editors.taskDraft(one.store.records.view.tasks.value.get(id)!);
    await one.store.editors.saveTask({ ...draft, photo: rendition('B') });
    await one.store.flush();
    const second = one.store.records.view.tasks.value.get(id)!.photoId!;
    one.repo.close();

    const two = await cafe(name, false);
    expect(two.store.records.canUndo.value).toBe(true);
    await two.store.records.undo();
    await two.store.flush();
    const task = two.store.records.view.tasks.value.get(id)!;
    expect(task.photoId).toBeNull();
    // The replacement went too (nothing points to it), and every pointer left has its photo.
    expect(await two.repo.getPhoto(second)).toBeUndefined();
    for (const p of referenced(two.store)) expect(await two.repo.getPhoto(p)).toBeDefined();
    const stored = await two.repo.all('tasks');
    expect(stored.find((t) => t.id === id)!.photoId).toBeNull();
  });
});
