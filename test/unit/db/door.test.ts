// @vitest-environment node
// The one door: a record or photo from a backup, a daily copy or another screen is held to the
// editors' own rules. Testers found import taking what the editors refuse (2000-character names,
// a javascript: pictogram, an SVG with a script as a photo).
import 'fake-indexeddb/auto';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkPhotoBytes, checkRecord } from '../../../src/db/door';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { RECORD_STORES, type RecordStore } from '../../../src/db/schema';
import { loadDrawing } from '../../../src/demo/pictures';
import { demoCafe } from '../../../src/demo/seed';
import { addDays, instantAt } from '../../../src/domain/calendar';
import {
  AWAY_DAYS_MAX,
  AWAY_MAX,
  BLOCK_TITLE_MAX,
  PERSON_NAME_MAX,
  SHIFT_LABEL_MAX,
  STATION_NAME_MAX,
  STEP_TEXT_MAX,
  STEPS_MAX,
  TASK_TITLE_MAX,
} from '../../../src/domain/fields';
import { createStore } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { MIN_ITERATIONS } from '../../../src/store/pin';
import { staffStore } from '../../../src/store/staff';
import { demoPictures, readPicture } from '../../fixtures/drawings';
import { flatJpeg, photoFixtures } from '../../fixtures/photos/jpeg';
import { v1Records } from '../../fixtures/v1-cafe';

const DAY = '2026-11-23';
const MONDAY_10 = instantAt(DAY, 600);
const cafe = v1Records();
const ali = cafe.people[0]!;
const bar = cafe.stations[0]!;
const latte = cafe.tasks[0]!;
const shift = cafe.shiftTemplates[0]!;
const block = cafe.blocks[0]!;
const ill = (from: string, to: string) => ({ id: `away-${from}`, from, to, reason: 'ill' });

/** What a tester fed the door, and whether an editor of this version could have written it. */
const cases: [string, RecordStore, unknown, boolean][] = [
  ['a person as the editor writes one', 'people', ali, true],
  ['a name of 2000 characters', 'people', { ...ali, name: 'A'.repeat(2000) }, false],
  [
    'a name one longer than the editor takes',
    'people',
    { ...ali, name: 'A'.repeat(PERSON_NAME_MAX + 1) },
    false,
  ],
  ['a first and last name', 'people', { ...ali, name: 'Ali Hansen' }, false],
  ['an empty name', 'people', { ...ali, name: '' }, false],
  ['a colour outside the palette', 'people', { ...ali, color: 'red' }, false],
  ['four goals', 'people', { ...ali, goals: ['a', 'b', 'c', 'd'] }, false],
  ['a start date that is no date', 'people', { ...ali, startDate: '2026-02-30' }, false],
  ['an id with a path', 'people', { ...ali, id: '../x' }, false],
  ['an id with markup', 'people', { ...ali, id: '<img src=x>' }, false],
  ['a person away for a week', 'people', { ...ali, away: [ill('2026-12-01', '2026-12-07')] }, true],
  ['a person away on one day', 'people', { ...ali, away: [ill('2026-12-01', '2026-12-01')] }, true],
  ['away ending before it starts', 'people', { ...ali, away: [ill('2026-12-07', '2026-12-01')] }, false],
  ['away from a day that is no date', 'people', { ...ali, away: [ill('2026-02-30', '2026-03-02')] }, false],
  [
    'away one day longer than the planner takes',
    'people',
    { ...ali, away: [ill('2026-01-01', addDays('2026-01-01', AWAY_DAYS_MAX))] },
    false,
  ],
  [
    'away for a reason the planner does not offer',
    'people',
    { ...ali, away: [{ ...ill(DAY, DAY), reason: 'x' }] },
    false,
  ],
  [
    'an away entry with a field of its own',
    'people',
    { ...ali, away: [{ ...ill(DAY, DAY), note: 'x' }] },
    false,
  ],
  ['the same away entry twice', 'people', { ...ali, away: [ill(DAY, DAY), ill(DAY, DAY)] }, false],
  [
    'one time away more than a person keeps',
    'people',
    { ...ali, away: Array.from({ length: AWAY_MAX + 1 }, (_, i) => ({ ...ill(DAY, DAY), id: `a${i}` })) },
    false,
  ],
  ['away that is not a list', 'people', { ...ali, away: 'ill' }, false],
  ['a station', 'stations', bar, true],
  ['a station name of 2000 characters', 'stations', { ...bar, name: 'B'.repeat(2000) }, false],
  ['a station name one too long', 'stations', { ...bar, name: 'B'.repeat(STATION_NAME_MAX + 1) }, false],
  ['a javascript: pictogram', 'stations', { ...bar, pictogram: 'javascript:alert(1)' }, false],
  ['a pictogram that is an address', 'stations', { ...bar, pictogram: 'https://example.org/x.png' }, false],
  ['a station colour outside the palette', 'stations', { ...bar, color: 'p1' }, false],
  ['an order key with other characters', 'stations', { ...bar, order: 'A!' }, false],
  ['a task', 'tasks', latte, true],
  ['a task title one too long', 'tasks', { ...latte, title: 'T'.repeat(TASK_TITLE_MAX + 1) }, false],
  ['a title with spaces around it', 'tasks', { ...latte, title: ' Latte ' }, false],
  ['a task with a javascript: pictogram', 'tasks', { ...latte, pictogram: 'javascript:void(0)' }, false],
  [
    'a step one character too long',
    'tasks',
    { ...latte, steps: [{ id: 's', text: 'S'.repeat(STEP_TEXT_MAX + 1), photoId: null }] },
    false,
  ],
  [
    'one step more than the editor offers',
    'tasks',
    {
      ...latte,
      steps: Array.from({ length: STEPS_MAX + 1 }, (_, i) => ({ id: `s${i}`, text: 'x', photoId: null })),
    },
    false,
  ],
  ['no minutes', 'tasks', { ...latte, minutes: 0 }, false],
  ['a task on no day, not in the pool', 'tasks', { ...latte, weekdays: [] }, false],
  ['a fixed shift', 'shiftTemplates', shift, true],
  [
    'a shift name one too long',
    'shiftTemplates',
    { ...shift, label: 'L'.repeat(SHIFT_LABEL_MAX + 1) },
    false,
  ],
  ['a shift ending before it starts', 'shiftTemplates', { ...shift, start: 720, end: 600 }, false],
  ['a shift for 13 people', 'shiftTemplates', { ...shift, capacity: 13 }, false],
  ['the same person twice on a shift', 'shiftTemplates', { ...shift, personIds: ['p-ali', 'p-ali'] }, false],
  ['an item of the programme', 'blocks', block, true],
  ['a programme title one too long', 'blocks', { ...block, title: 'P'.repeat(BLOCK_TITLE_MAX + 1) }, false],
  ['a programme item with a javascript: pictogram', 'blocks', { ...block, pictogram: 'javascript:x' }, false],
  ['a one-off change', 'overrides', cafe.overrides[0], true],
  [
    'an added item without its times',
    'overrides',
    { ...cafe.overrides[0], kind: 'block', targetId: null, patch: { title: 'Møde' } },
    false,
  ],
  ["a task's day", 'taskDays', cafe.taskDays[0], true],
  ["a task's day under another id", 'taskDays', { ...cafe.taskDays[0], id: 'x' }, false],
  ['a check-in', 'checkIns', cafe.checkIns[0], true],
  ['a second check-in the same day', 'checkIns', { ...cafe.checkIns[0], id: 'another' }, false],
  ['energy 6', 'checkIns', { ...cafe.checkIns[0], energy: 6 }, false],
];

describe('checkRecord', () => {
  it.each(cases)('%s', (_, store, raw, allowed) => {
    const result = checkRecord(store, raw);
    expect(result.ok, result.ok ? '' : result.reason).toBe(allowed);
    if (result.ok) expect(result.record).toEqual(raw);
    else expect(result.reason).toMatch(new RegExp(`^${store}: `));
  });

  it('refuses a store that does not exist', () => {
    expect(checkRecord('photos' as RecordStore, ali)).toEqual({ ok: false, reason: 'no store photos' });
  });

  it('takes every record of the demo café', async () => {
    const batch = demoCafe(MONDAY_10, await demoPictures());
    for (const change of batch.records ?? []) {
      const result = checkRecord(change.store, change.after);
      expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    }
  });

  it("takes what the editors save at their limits and refuses what they refuse one past them, for the editors' reasons", async () => {
    const repo = createRepo(await openDatabase(`door-${Math.random()}`));
    await repo.commit(demoCafe(MONDAY_10));
    const store = staffStore(
      await createStore({
        repo,
        clock: createClock(() => MONDAY_10),
        session: { iterations: MIN_ITERATIONS },
      }),
    );
    await store.session.setPin('2468');
    const stationId = store.records.lists.stations.value[0]!.id;
    const steps = (n: number, length: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `step-${i}`,
        text: 'x'.repeat(length),
        photoId: null,
        photo: null,
      }));
    const saves = (extra: number) => [
      store.editors.savePerson({ ...store.editors.emptyPerson(), name: 'N'.repeat(PERSON_NAME_MAX + extra) }),
      store.templates.saveStation({
        id: null,
        name: 'S'.repeat(STATION_NAME_MAX + extra),
        color: 'bar',
        pictogram: 'cake',
      }),
      store.editors.saveTask({
        ...store.editors.emptyTask(stationId),
        title: 'T'.repeat(TASK_TITLE_MAX + extra),
        steps: steps(STEPS_MAX + extra, STEP_TEXT_MAX + extra),
      }),
      store.templates.saveShift({
        id: null,
        weekday: 1,
        stationId,
        label: 'L'.repeat(SHIFT_LABEL_MAX + extra),
        start: '09:00',
        end: '12:00',
        capacity: '2',
        personIds: [],
      }),
      store.templates.saveBlock({
        id: null,
        weekday: 1,
        title: 'B'.repeat(BLOCK_TITLE_MAX + extra),
        kind: 'meeting',
        start: '13:00',
        end: '14:00',
      }),
    ];
    const atLimit = await Promise.all(saves(0));
    for (const r of atLimit) expect(r.ok, JSON.stringify(r)).toBe(true);
    for (const s of RECORD_STORES)
      for (const record of await repo.all(s)) {
        const result = checkRecord(s, record);
        expect(result.ok, result.ok ? '' : result.reason).toBe(true);
      }
    const past = await Promise.all(saves(1));
    for (const r of past) expect(r.ok).toBe(false);
    const errors = past.flatMap((r) => (r.ok ? [] : Object.values(r.errors)));
    expect(errors).toContain(`Navnet er for langt (højst ${PERSON_NAME_MAX} tegn).`);
    expect(errors).toContain(`En opgave kan have højst ${STEPS_MAX} trin.`);
    expect(errors).toContain(`Teksten er for lang (højst ${BLOCK_TITLE_MAX} tegn).`);
    expect(errors).toContain(`Navnet er for langt (højst ${SHIFT_LABEL_MAX} tegn).`);
    const addBlock = await store.oneOff.addBlock(DAY, 'O'.repeat(BLOCK_TITLE_MAX + 1), '13:00', '14:00');
    expect(addBlock.title).toBe(`Teksten er for lang (højst ${BLOCK_TITLE_MAX} tegn).`);
  });
});

describe('checkPhotoBytes', () => {
  const jpeg = photoFixtures()['orientation-1.jpg']!;
  const svg = strToU8(
    '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="6"><script>alert(1)</script></svg>',
  );

  it('takes the WebP, JPEG and PNG renditions the intake makes, and says what they are', async () => {
    const { full, thumb } = await loadDrawing('latte', readPicture);
    expect(checkPhotoBytes(full, thumb)).toEqual({
      ok: true,
      full: { type: 'image/webp', width: 1600, height: 1200 },
      thumb: { type: 'image/webp', width: 320, height: 240 },
    });
    expect(checkPhotoBytes(jpeg, jpeg)).toMatchObject({ ok: false, reason: 'thumb: 640×480 px' });
    expect(
      checkPhotoBytes(
        jpeg,
        flatJpeg(320, 240, () => [200, 100, 50]),
      ),
    ).toMatchObject({
      ok: true,
      full: { type: 'image/jpeg', width: 640, height: 480 },
    });
  });

  it('refuses SVG (a script can hide in it), GIF, HEIC, text, empty and cut-off files', async () => {
    const { thumb } = await loadDrawing('latte', readPicture);
    const fixtures = photoFixtures();
    const gif = strToU8('GIF89a\x01\x00\x01\x00\x00\x00\x00;');
    for (const [bad, why] of [
      [svg, 'full: is image/svg+xml'],
      [gif, 'full: is image/gif'],
      [fixtures['photo.heic']!, 'full: is heic'],
      [fixtures['note.jpg']!, 'full: is not a picture'],
      [fixtures['empty.jpg']!, 'full: empty'],
      [fixtures['truncated.jpg']!, 'full: cut off'],
    ] as const)
      expect(checkPhotoBytes(bad, thumb)).toEqual({ ok: false, reason: why });
    expect(checkPhotoBytes(jpeg, svg)).toEqual({ ok: false, reason: 'thumb: is image/svg+xml' });
  });

  it('refuses a picture larger than the intake stores (1600 px, thumbnail 320 px)', () => {
    const thumb = flatJpeg(320, 240, () => [0, 0, 0]);
    expect(
      checkPhotoBytes(
        flatJpeg(1608, 8, () => [0, 0, 0]),
        thumb,
      ),
    ).toEqual({
      ok: false,
      reason: 'full: 1608×8 px',
    });
    expect(
      checkPhotoBytes(
        flatJpeg(1600, 8, () => [0, 0, 0]),
        thumb,
      ).ok,
    ).toBe(true);
    expect(
      checkPhotoBytes(
        thumb,
        flatJpeg(8, 328, () => [0, 0, 0]),
      ),
    ).toEqual({
      ok: false,
      reason: 'thumb: 8×328 px',
    });
  });
});
