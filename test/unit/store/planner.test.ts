// @vitest-environment node
import 'fake-indexeddb/auto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo, type Repo } from '../../../src/db/repo';
import { demoCafe } from '../../../src/demo/seed';
import { addDays, instantAt } from '../../../src/domain/calendar';
import type { Away, Id } from '../../../src/domain/types';
import changeWords from '../../../src/i18n/changes';
import { historyLabel } from '../../../src/i18n/history';
import { createStore } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { MIN_ITERATIONS } from '../../../src/store/pin';
import { type StaffStore, staffStore } from '../../../src/store/staff';

const TODAY = '2026-11-23';
const MONDAY_10 = instantAt(TODAY, 600);
/** Next week: Monday the 30th to Sunday 6 December. */
const NEXT = '2026-11-30';
const LAST = TODAY;

async function planning(unlock = true) {
  const repo = createRepo(await openDatabase(`planner-${Math.random()}`));
  await repo.commit(demoCafe(MONDAY_10));
  const store = staffStore(
    await createStore({
      repo,
      clock: createClock(() => MONDAY_10),
      session: { iterations: MIN_ITERATIONS },
    }),
  );
  if (unlock) await store.session.setPin('2468');
  return { store, repo };
}

const personId = (store: StaffStore, name: string): Id =>
  store.records.lists.people.value.find((p) => p.name === name)!.id;
/** A shift of a day by its station and name, e.g. ('Bar', 'Formiddag'). */
const shiftOf = (store: StaffStore, day: string, station: string, label: string) => {
  const stationId = store.records.lists.stations.value.find((s) => s.name === station)!.id;
  return store.board.planOf(day).shifts.find((s) => s.stationId === stationId && s.label === label)!;
};
/** Who is on each shift of a day, by name: "Bar Formiddag: Ali, Sara". */
const crews = (store: StaffStore, day: string, except?: string) =>
  store.board.planOf(day).shifts.map((s) => {
    const station = store.records.view.stations.value.get(s.stationId)!.name;
    const names = s.personIds
      .map((id) => store.board.personName(id))
      .filter((n) => n !== except)
      .sort();
    return `${station} ${s.label}: ${names.join(', ')}`;
  });
const onShifts = (store: StaffStore, day: string, id: Id) =>
  store.board
    .planOf(day)
    .shifts.filter((s) => s.personIds.includes(id))
    .map((s) => s.id);

/** Everything stored that the planner writes, comparable as one value. */
async function stored(repo: Repo) {
  await Promise.resolve();
  const overrides = (await repo.all('overrides')).sort((a, b) => (a.id < b.id ? -1 : 1));
  const people = (await repo.all('people')).map(({ updatedAt: _, ...p }) => p);
  return JSON.stringify({
    overrides: overrides.map(({ updatedAt: _, ...o }) => o),
    people: people.sort((a, b) => (a.id < b.id ? -1 : 1)),
  });
}
const lastLabel = (store: StaffStore) => historyLabel(store.records.history.value.at(-1)?.label ?? '', 'da');

describe('placing people on shifts', () => {
  it('puts a person on a shift as a dated change, one undo step that restores exactly', async () => {
    const { store, repo } = await planning();
    const hanne = personId(store, 'Hanne');
    const bar = shiftOf(store, NEXT, 'Bar', 'Eftermiddag');
    const before = await stored(repo);
    const steps = store.records.history.value.length;
    expect(await store.planner.place(NEXT, hanne, bar.id, null)).toEqual({ ok: true });
    await store.flush();
    const written = (await repo.all('overrides')).find((o) => o.day === NEXT && o.targetId === bar.id);
    expect(written?.kind === 'shift' && written.patch.personIds).toEqual([...bar.personIds, hanne]);
    expect(store.records.history.value.length).toBe(steps + 1);
    expect(lastLabel(store)).toBe('Hanne sat på Bar Eftermiddag mandag 30. november');
    await store.records.undo();
    await store.flush();
    expect(await stored(repo)).toBe(before);
  });

  it('refuses an overlapping shift with which one and why, and writes nothing', async () => {
    const { store, repo } = await planning();
    const fatima = personId(store, 'Fatima');
    const bar = shiftOf(store, NEXT, 'Bar', 'Formiddag');
    const before = await stored(repo);
    const steps = store.records.history.value.length;
    expect(await store.planner.place(NEXT, fatima, bar.id, null)).toEqual({
      ok: false,
      why: 'Fatima er på Køkken Formiddag 8.30–12 samme dag, og de to vagter overlapper.',
    });
    expect(
      await store.planner.place(NEXT, fatima, shiftOf(store, NEXT, 'Køkken', 'Formiddag').id, null),
    ).toEqual({ ok: false, why: 'Fatima er allerede på den vagt.' });
    expect(await store.planner.place(NEXT, fatima, 'no-such-shift', null)).toMatchObject({ ok: false });
    await store.flush();
    expect(await stored(repo)).toBe(before);
    expect(store.records.history.value.length).toBe(steps);
  });

  it('moves a person from the overlapping shift itself, and to a shift that starts as theirs ends', async () => {
    const { store, repo } = await planning();
    const fatima = personId(store, 'Fatima');
    const kitchen = shiftOf(store, NEXT, 'Køkken', 'Formiddag');
    const bar = shiftOf(store, NEXT, 'Bar', 'Formiddag');
    const before = await stored(repo);
    expect(await store.planner.place(NEXT, fatima, bar.id, kitchen.id)).toEqual({ ok: true });
    expect(onShifts(store, NEXT, fatima)).toEqual([bar.id]);
    expect(lastLabel(store)).toBe('Fatima flyttet til Bar Formiddag');
    // 12:00 is when the morning ends: the afternoon bar shift does not overlap it.
    expect(
      await store.planner.place(NEXT, fatima, shiftOf(store, NEXT, 'Bar', 'Eftermiddag').id, null),
    ).toEqual({
      ok: true,
    });
    await store.records.undo();
    await store.records.undo();
    await store.flush();
    expect(await stored(repo)).toBe(before);
  });

  it('moves a person from a shift on one day to a shift on another in one undo step', async () => {
    const { store, repo } = await planning();
    const fatima = personId(store, 'Fatima');
    const kitchen = shiftOf(store, NEXT, 'Køkken', 'Formiddag');
    const tuesday = addDays(NEXT, 1);
    const bar = shiftOf(store, tuesday, 'Bar', 'Eftermiddag');
    const before = await stored(repo);
    const steps = store.records.history.value.length;
    expect(await store.planner.place(tuesday, fatima, bar.id, kitchen.id, NEXT)).toEqual({ ok: true });
    expect(onShifts(store, NEXT, fatima)).not.toContain(kitchen.id);
    expect(onShifts(store, tuesday, fatima)).toContain(bar.id);
    expect(store.records.history.value.length).toBe(steps + 1);
    await store.records.undo();
    await store.flush();
    expect(await stored(repo)).toBe(before);
  });

  it('takes a person off a shift, and says no when they are not on it', async () => {
    const { store, repo } = await planning();
    const mads = personId(store, 'Mads');
    const bar = shiftOf(store, NEXT, 'Bar', 'Eftermiddag');
    expect(await store.planner.remove(NEXT, mads, bar.id)).toBe(true);
    expect(shiftOf(store, NEXT, 'Bar', 'Eftermiddag').personIds).toEqual([]);
    await store.flush();
    expect((await repo.all('overrides')).find((o) => o.targetId === bar.id && o.day === NEXT)?.patch).toEqual(
      {
        personIds: [],
      },
    );
    expect(await store.planner.remove(NEXT, mads, bar.id)).toBe(false);
  });

  it('says why in words while a face is dragged over a shift, without a write', async () => {
    const { store } = await planning();
    const fatima = personId(store, 'Fatima');
    const kitchen = shiftOf(store, NEXT, 'Køkken', 'Formiddag');
    expect(store.planner.refusalText({ kind: 'overlap', with: kitchen }, fatima, NEXT)).toBe(
      'Fatima er på Køkken Formiddag 8.30–12 samme dag, og de to vagter overlapper.',
    );
    expect(store.planner.refusalText({ kind: 'away' }, fatima, NEXT)).toBe('Fatima er her ikke den dag.');
    store.settings.value = { ...store.settings.value, lang: 'en' };
    expect(store.planner.refusalText({ kind: 'same' }, fatima, NEXT)).toBe(
      'Fatima is already on that shift.',
    );
  });

  it('loads a day outside the days in memory before it writes', async () => {
    const { store, repo } = await planning();
    const far = '2026-12-28';
    expect(store.days.value.to < far).toBe(true);
    const hanne = personId(store, 'Hanne');
    const bar = shiftOf(store, far, 'Bar', 'Eftermiddag');
    expect(await store.planner.place(far, hanne, bar.id, null)).toEqual({ ok: true });
    await store.flush();
    expect(
      (await repo.all('overrides')).some(
        (o) => o.day === far && o.kind === 'shift' && o.patch.personIds?.includes(hanne),
      ),
    ).toBe(true);
  });
});

describe('away', () => {
  it('marks a person away and empties every shift of the range in one undo step', async () => {
    const { store, repo } = await planning();
    const fatima = personId(store, 'Fatima');
    const range = [0, 1, 2].map((i) => addDays(NEXT, i));
    const thursday = addDays(NEXT, 3);
    const thursdayCrew = onShifts(store, thursday, fatima);
    expect(range.flatMap((d) => onShifts(store, d, fatima)).length).toBeGreaterThan(1);
    const before = await stored(repo);
    const steps = store.records.history.value.length;

    expect(await store.planner.setAway(fatima, range[0]!, range[2]!, 'ill')).toEqual({ ok: true });
    for (const day of range) expect(onShifts(store, day, fatima), day).toEqual([]);
    expect(onShifts(store, thursday, fatima)).toEqual(thursdayCrew);
    expect(onShifts(store, addDays(NEXT, -1), fatima)).toEqual(onShifts(store, addDays(LAST, 6), fatima));
    const person = store.records.view.people.value.get(fatima)!;
    expect(person.away).toEqual([{ id: expect.any(String), from: range[0], to: range[2], reason: 'ill' }]);
    expect(store.records.history.value.length).toBe(steps + 1);
    expect(lastLabel(store)).toBe('Fatima er væk mandag 30. november – onsdag 2. december');
    // A second tap for a day already covered adds nothing.
    expect(await store.planner.setAway(fatima, range[1]!, range[1]!, 'ill')).toEqual({ ok: true });
    expect(store.records.view.people.value.get(fatima)!.away).toHaveLength(1);
    expect(store.records.history.value.length).toBe(steps + 1);
    // Nobody can put her back on a shift those days.
    const bar = shiftOf(store, NEXT, 'Bar', 'Eftermiddag');
    expect(await store.planner.place(NEXT, fatima, bar.id, null)).toEqual({
      ok: false,
      why: 'Fatima er her ikke den dag.',
    });

    await store.records.undo();
    await store.flush();
    expect(await stored(repo)).toBe(before);
    expect(store.records.view.people.value.get(fatima)).not.toHaveProperty('away');
  });

  it('the change notice says calmly that they are not here, without the reason', async () => {
    const { store } = await planning();
    const mads = personId(store, 'Mads');
    expect(await store.planner.setAway(mads, TODAY, TODAY, 'ill')).toEqual({ ok: true });
    const names = {
      station: (id: string) => store.records.view.stations.value.get(id)?.name ?? '',
      person: store.board.personName,
      task: (id: string) => store.records.view.tasks.value.get(id)?.title ?? '',
    };
    const lines = store.board.changes.value.map((c) => changeWords.da(c, names));
    expect(lines).toContain('Bar: Mads er her ikke i dag');
    expect(store.board.changes.value.map((c) => changeWords.en(c, names))).toContain(
      'Bar: Mads is not here today',
    );
    expect(lines.join(' ')).not.toMatch(/syg|ill/i);
    // Someone taken off without being away still reads as before.
    const jonas = personId(store, 'Jonas');
    await store.planner.remove(TODAY, jonas, shiftOf(store, TODAY, 'Køkken', 'Formiddag').id);
    expect(store.board.changes.value.map((c) => changeWords.da(c, names))).toContain(
      'Køkken: Jonas er ikke på i dag',
    );
  });

  it('refuses a range that ends before it starts, one that is too long, a date that is none and an unknown reason', async () => {
    const { store, repo } = await planning();
    const fatima = personId(store, 'Fatima');
    const before = await stored(repo);
    expect(await store.planner.setAway(fatima, addDays(NEXT, 2), NEXT, 'holiday')).toEqual({
      ok: false,
      why: 'Den sidste dag ligger før den første. Vælg datoerne igen.',
    });
    expect(await store.planner.setAway(fatima, NEXT, addDays(NEXT, 92), 'holiday')).toEqual({
      ok: false,
      why: 'Højst 92 dage ad gangen. Sæt resten på, når det nærmer sig.',
    });
    expect(await store.planner.setAway(fatima, '30-11-2026', NEXT, 'course')).toMatchObject({ ok: false });
    expect(await store.planner.setAway(fatima, NEXT, NEXT, 'secret' as Away['reason'])).toEqual({
      ok: false,
      why: 'Vælg hvorfor: syg, ferie, kursus eller andet.',
    });
    expect(await store.planner.setAway(fatima, NEXT, addDays(NEXT, 91), 'holiday')).toEqual({ ok: true });
    await store.records.undo();
    await store.flush();
    expect(await stored(repo)).toBe(before);
  });

  it('ends a time away in one undo step, and leaves their shifts as planned', async () => {
    const { store } = await planning();
    const fatima = personId(store, 'Fatima');
    await store.planner.setAway(fatima, NEXT, NEXT, 'course');
    await store.planner.setAway(fatima, addDays(NEXT, 7), addDays(NEXT, 8), 'holiday');
    const [first, second] = store.records.view.people.value.get(fatima)!.away!;
    expect(await store.planner.endAway(fatima, first!.id)).toBe(true);
    expect(store.records.view.people.value.get(fatima)!.away).toEqual([second]);
    expect(onShifts(store, NEXT, fatima)).toEqual([]);
    expect(lastLabel(store)).toBe('Fatima er ikke længere meldt væk');
    expect(await store.planner.endAway(fatima, first!.id)).toBe(false);
    await store.records.undo();
    expect(store.records.view.people.value.get(fatima)!.away).toEqual([first, second]);
  });

  it('a suggestion taken is one tap and one undo step', async () => {
    const { store, repo } = await planning();
    const fatima = personId(store, 'Fatima');
    const hanne = personId(store, 'Hanne');
    await store.planner.setAway(fatima, NEXT, NEXT, 'ill');
    await store.flush();
    const before = await stored(repo);
    const kitchen = shiftOf(store, NEXT, 'Køkken', 'Formiddag');
    expect(await store.planner.takeSuggestion(NEXT, kitchen.id, hanne)).toBe(true);
    expect(shiftOf(store, NEXT, 'Køkken', 'Formiddag').personIds).toContain(hanne);
    expect(lastLabel(store)).toBe('Hanne tager over på Køkken Formiddag');
    expect(await store.planner.takeSuggestion(NEXT, kitchen.id, fatima)).toBe(false);
    await store.records.undo();
    await store.flush();
    expect(await stored(repo)).toBe(before);
  });
});

describe('the usual week and last week', () => {
  it('"Som den faste uge" for a day takes its shift changes away, keeps people away off, in one undo step', async () => {
    const { store, repo } = await planning();
    const usual = crews(store, NEXT);
    const mads = personId(store, 'Mads');
    const hanne = personId(store, 'Hanne');
    await store.planner.place(NEXT, hanne, shiftOf(store, NEXT, 'Bar', 'Formiddag').id, null);
    await store.planner.remove(
      NEXT,
      personId(store, 'Line'),
      shiftOf(store, NEXT, 'Køkken', 'Eftermiddag').id,
    );
    await store.planner.place(
      addDays(NEXT, 1),
      hanne,
      shiftOf(store, addDays(NEXT, 1), 'Bar', 'Formiddag').id,
      null,
    );
    await store.planner.setAway(mads, NEXT, NEXT, 'ill');
    await store.flush();
    const before = await stored(repo);
    const tuesday = crews(store, addDays(NEXT, 1));

    expect(await store.planner.resetDay(NEXT)).toBe(true);
    expect(crews(store, NEXT)).toEqual(
      usual.map((c) => (c.startsWith('Bar Eftermiddag') ? 'Bar Eftermiddag: ' : c)),
    );
    expect(crews(store, addDays(NEXT, 1))).toEqual(tuesday);
    expect(lastLabel(store)).toBe('Mandag 30. november sat som den faste uge');
    await store.records.undo();
    await store.flush();
    expect(await stored(repo)).toBe(before);
  });

  it('"Som den faste uge" for the week takes every day back, people away kept off', async () => {
    const { store, repo } = await planning();
    const week = [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(NEXT, i));
    const usual = week.map((d, i) => crews(store, d, i === 1 ? 'Ali' : undefined));
    const hanne = personId(store, 'Hanne');
    const ali = personId(store, 'Ali');
    for (const day of week.slice(0, 3))
      await store.planner.place(day, hanne, shiftOf(store, day, 'Bar', 'Eftermiddag').id, null);
    await store.planner.setAway(ali, week[1]!, week[1]!, 'holiday');
    await store.flush();
    const before = await stored(repo);

    expect(await store.planner.resetWeek(NEXT)).toBe(true);
    const aliOff = (c: string) => c.replace(/Ali(, )?/, '').replace(/, $/, '');
    expect(week.map((d) => crews(store, d))).toEqual(
      usual.map((day, i) => (i === 1 ? day.map(aliOff) : day)),
    );
    expect(onShifts(store, week[1]!, ali)).toEqual([]);
    await store.flush();
    const left = (await repo.all('overrides')).filter((o) => o.day >= NEXT && o.day <= week[6]!);
    expect(left.every((o) => o.day === week[1] && o.kind === 'shift')).toBe(true);
    await store.records.undo();
    await store.flush();
    expect(await stored(repo)).toBe(before);
  });

  it("copies last week's shift changes in place of this week's, keeps people away off, in one undo step", async () => {
    const { store, repo } = await planning();
    const hanne = personId(store, 'Hanne');
    const kasper = personId(store, 'Kasper');
    const sara = personId(store, 'Sara');
    // Last week: Hanne on the bar Monday afternoon, Sara off the bar Monday morning, a late kitchen on Tuesday.
    await store.planner.place(LAST, hanne, shiftOf(store, LAST, 'Bar', 'Eftermiddag').id, null);
    await store.planner.remove(LAST, sara, shiftOf(store, LAST, 'Bar', 'Formiddag').id);
    await store.oneOff.setTime(
      addDays(LAST, 1),
      'shift',
      shiftOf(store, addDays(LAST, 1), 'Køkken', 'Eftermiddag').id,
      '13:00',
      '16:00',
    );
    // This week, before the copy: Kasper on the bar Wednesday (it goes), Hanne away on Monday.
    await store.planner.place(
      addDays(NEXT, 2),
      kasper,
      shiftOf(store, addDays(NEXT, 2), 'Bar', 'Eftermiddag').id,
      null,
    );
    await store.planner.setAway(hanne, NEXT, NEXT, 'course');
    await store.flush();
    const before = await stored(repo);
    const lastWeek = [0, 1, 2, 3, 4, 5, 6].map((i) =>
      crews(store, addDays(LAST, i), i === 0 ? 'Hanne' : undefined),
    );

    expect(await store.planner.copyLastWeek(NEXT)).toBe(true);
    const thisWeek = [0, 1, 2, 3, 4, 5, 6].map((i) => crews(store, addDays(NEXT, i)));
    expect(thisWeek).toEqual(lastWeek);
    expect(onShifts(store, NEXT, hanne)).toEqual([]);
    expect(onShifts(store, addDays(NEXT, 2), kasper)).toEqual(onShifts(store, addDays(LAST, 2), kasper));
    expect(shiftOf(store, addDays(NEXT, 1), 'Køkken', 'Eftermiddag')).toMatchObject({ start: 780, end: 960 });
    expect(lastLabel(store)).toBe('Sidste uge kopieret til ugen fra mandag 30. november');
    await store.records.undo();
    await store.flush();
    expect(await stored(repo)).toBe(before);
  });
});

describe('locked', () => {
  it('does nothing while editing is locked', async () => {
    const { store, repo } = await planning();
    const fatima = personId(store, 'Fatima');
    await store.planner.setAway(fatima, addDays(NEXT, 7), addDays(NEXT, 7), 'ill');
    const entry = store.records.view.people.value.get(fatima)!.away![0]!;
    await store.flush();
    store.session.lock();
    const before = await stored(repo);
    const hanne = personId(store, 'Hanne');
    const bar = shiftOf(store, NEXT, 'Bar', 'Eftermiddag');
    const kitchen = shiftOf(store, NEXT, 'Køkken', 'Formiddag');
    expect(await store.planner.place(NEXT, hanne, bar.id, null)).toEqual({
      ok: false,
      why: 'Redigeringen er låst. Tryk på Personale og skriv pinkoden.',
    });
    expect(await store.planner.remove(NEXT, fatima, kitchen.id)).toBe(false);
    expect(await store.planner.resetDay(NEXT)).toBe(false);
    expect(await store.planner.resetWeek(NEXT)).toBe(false);
    expect(await store.planner.copyLastWeek(NEXT)).toBe(false);
    expect(await store.planner.setAway(fatima, NEXT, NEXT, 'ill')).toMatchObject({ ok: false });
    expect(await store.planner.endAway(fatima, entry.id)).toBe(false);
    expect(await store.planner.takeSuggestion(NEXT, bar.id, hanne)).toBe(false);
    await store.flush();
    expect(await stored(repo)).toBe(before);
  });
});

describe('times away in a backup', () => {
  it('come through a file whole, and a damaged one is refused in plain Danish with nothing changed', async () => {
    const { store } = await planning();
    const fatima = personId(store, 'Fatima');
    await store.planner.setAway(fatima, NEXT, addDays(NEXT, 2), 'holiday');
    await store.flush();
    const saved = (await store.backup.exportFile())!;
    const bytes = new Uint8Array(await saved.blob.arrayBuffer());

    const target = (await planning()).store;
    expect(await target.backup.inspect(new File([bytes], saved.name))).toBe(true);
    expect(await target.backup.confirmImport()).toBe(true);
    expect(target.records.view.people.value.get(fatima)!.away).toEqual(
      store.records.view.people.value.get(fatima)!.away,
    );
    expect(onShifts(target, NEXT, fatima)).toEqual([]);

    // The same file with the time away ending before it starts.
    const files = unzipSync(bytes);
    const body = JSON.parse(strFromU8(files['records.json']!)) as {
      records: { people: { id: string; away?: { from: string; to: string }[] }[] };
    };
    for (const p of body.records.people)
      if (p.away) p.away = p.away.map((a) => ({ ...a, from: a.to, to: a.from }));
    const damaged = zipSync({ ...files, 'records.json': strToU8(JSON.stringify(body)) });
    const other = (await planning()).store;
    const people = other.records.lists.people.value;
    expect(await other.backup.inspect(new File([damaged], saved.name))).toBe(false);
    expect(other.backup.message.value?.text).toBe('Nogle oplysninger i filen er ugyldige. Intet er ændret.');
    expect(other.records.lists.people.value).toBe(people);
  });
});
