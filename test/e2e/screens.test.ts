// Several screens, one café (RELIABILITY H): real browser profiles as screens, replicating through
// a real house server (the CouchDB stand-in, a process of its own on a free port).
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { at, type Board, launch, openBoard, VIEWPORTS } from './support/browser';
import { cafeWithPhotos, pickBackup } from './support/cafe';
import { CAFE_STORES, dumpHash } from './support/db';
import { type House, startHouse } from './support/house';
import { killBrowserOn } from './support/kill';
import { boardPage, taskPage } from './support/pages';
import { poll } from './support/poll';
import {
  conflictsOn,
  fillLogin,
  joinServer,
  type Login,
  openScreens,
  putServerDoc,
  screensPage,
  serverDoc,
  toBoard,
} from './support/screens';
import { editBoard, staffPage, typePin, unlockStaff } from './support/staff';
import { readAll } from './support/together';

const MONDAY = at('2026-11-23', '10:00');
const LATTE = 'Lav en caffe latte';
const CAFE = 'test';

let house: House;
let passwords: Record<string, string>;
const boards: Board[] = [];

beforeAll(async () => {
  house = await startHouse();
  passwords = await house.setupCafe(CAFE, ['vaeg', 'koekken', 'tablet']);
});
afterAll(async () => {
  await house?.stop();
});
afterEach(async () => {
  for (const b of boards.splice(0)) await b.dispose();
});

const login = (user: string): Login => ({ url: house.url, cafe: CAFE, user, password: passwords[user]! });

async function screen(viewport: { width: number; height: number }) {
  const b = await launch({ time: MONDAY, viewport });
  boards.push(b);
  await openBoard(b.page);
  return b;
}

/** A café of its own for a test, with its own screen logins (a login belongs to one café). */
async function freshCafe(name: string): Promise<Record<string, string>> {
  const screens = ['vaeg', 'koekken', 'tablet'];
  const made = await house.setupCafe(
    name,
    screens.map((s) => `${name}-${s}`),
  );
  return Object.fromEntries(screens.map((s) => [s, made[`${name}-${s}`]!]));
}
/** The login of screen `user` of café `name` made by freshCafe. */
const loginOf = (name: string, pw: Record<string, string>, user: string): Login => ({
  url: house.url,
  cafe: name,
  user: `${name}-${user}`,
  password: pw[user]!,
});

describe('several screens, one café', () => {
  it('the wall sends the café up, the kitchen takes it down after asking, and each shows the other live', async () => {
    const wall = await screen(VIEWPORTS.landscape);
    const kitchen = await screen(VIEWPORTS.portrait);

    await joinServer(wall.page, login('vaeg'));
    await expectNoAxeViolations(wall.page);
    // The password is never shown again, and never in a backup file.
    expect(await wall.page.locator('body').textContent()).not.toContain(passwords.vaeg);
    expect(await backupText(wall.page)).not.toContain(passwords.vaeg);
    // The kitchen has a café (and a PIN) of its own: it is asked before the server's replaces it.
    await openScreens(kitchen.page, '1357');
    await fillLogin(kitchen.page, login('koekken'));
    await screensPage(kitchen.page).join().tap();
    await screensPage(kitchen.page).replace().waitFor();
    await expectNoAxeViolations(kitchen.page);
    await screensPage(kitchen.page).replace().tap();
    await poll(() => screensPage(kitchen.page).state().getAttribute('data-sync')).toBe('in-step');
    await expectNoAxeViolations(kitchen.page);

    // Both hold the same café, byte for byte (photos as hashes).
    await poll(() => dumpHash(kitchen.page, CAFE_STORES)).toBe(await dumpHash(wall.page, CAFE_STORES));
    expect(await conflictsOn(house.dbUrl(CAFE), house.admin)).toEqual([]);

    // The café's PIN is the wall's now.
    await toBoard(kitchen.page);
    await staffPage(kitchen.page).entry().tap();
    await typePin(kitchen.page, '2468');
    await staffPage(kitchen.page).lock().waitFor();
    await toBoard(kitchen.page);
    await toBoard(wall.page);

    // A tick on the wall shows in the kitchen.
    await boardPage(wall.page).taskCard(LATTE).tap();
    await taskPage(wall.page).step('Mal kaffen').tap();
    await poll(() => boardPage(kitchen.page).taskCard(LATTE).textContent()).toContain('1 af 4 trin');
    // A check-in in the kitchen reaches the wall's database.
    await kitchen.page.getByRole('button', { name: 'Godmorgen', exact: true }).tap();
    await kitchen.page
      .getByRole('button', { name: /^Omar( |$)/ })
      .first()
      .tap();
    const omar = (await readAll<{ id: string; name: string }>(kitchen.page, 'people')).find(
      (p) => p.name === 'Omar',
    )!;
    await poll(async () =>
      (await readAll<{ personId: string; day: string }>(wall.page, 'checkIns')).some(
        (c) => c.personId === omar.id && c.day === '2026-11-23',
      ),
    ).toBe(true);
    expect(await conflictsOn(house.dbUrl(CAFE), house.admin)).toEqual([]);
  });

  it('apart, both change the same task; back online, both show the newest move, both ticks, no conflict left', async () => {
    const pw = await freshCafe('apart');
    const as = (user: string) => loginOf('apart', pw, user);
    const wall = await screen(VIEWPORTS.landscape);
    const tablet = await screen(VIEWPORTS.tablet);
    await joinServer(wall.page, as('vaeg'));
    await joinServer(tablet.page, as('tablet'), { replace: true });
    await toBoard(wall.page);
    await toBoard(tablet.page);

    // Each screen's clock started when its browser did: set both to the same time, so "newer" means
    // what happened later (the café's screens keep time by the network).
    for (const b of [wall, tablet]) await b.page.clock.setSystemTime(at('2026-11-23', '11:00'));
    await wall.context.setOffline(true);
    await tablet.context.setOffline(true);
    // Each ticks a different step of the same task, while apart.
    await tick(wall.page, LATTE, 'Mal kaffen');
    await tick(tablet.page, LATTE, 'Skum mælken til 60 grader');
    // Each moves the same task to a different person; the tablet's move is the newer.
    await moveTo(wall.page, SALAD, 'Kasper');
    await moveTo(tablet.page, SALAD, 'Omar');
    // Staff see that the tablet is not in step (the public board never says so).
    await unlockStaff(tablet.page);
    await poll(() => screensPage(tablet.page).state().textContent()).toMatch(/Ikke synkroniseret/);
    expect(await wall.page.locator('[data-sync]').count()).toBe(0);

    await wall.context.setOffline(false);
    await tablet.context.setOffline(false);
    await toBoard(tablet.page);
    for (const page of [wall.page, tablet.page]) {
      await poll(() => columnOf(page, SALAD).getByRole('heading').textContent()).toContain('Opvask');
      await poll(() => boardPage(page).taskCard(LATTE).textContent()).toContain('2 af 4 trin');
    }
    await poll(() => conflictsOn(house.dbUrl('apart'), house.admin)).toEqual([]);
    await poll(() => dumpHash(tablet.page, CAFE_STORES)).toBe(await dumpHash(wall.page, CAFE_STORES));
    // The screen that merged lists it among the day's changes, not as its own undo.
    const listed = async () => {
      for (const page of [wall.page, tablet.page]) {
        const history = await readAll<{ label: string; remote?: boolean }>(page, 'history');
        if (history.some((h) => h.remote && h.label.includes('merged'))) return true;
      }
      return false;
    };
    await poll(listed).toBe(true);
  });

  it('a photo that comes after its task shows the pictogram first, then the photo, never a broken picture', async () => {
    const pw = await freshCafe('late');
    const wall = await screen(VIEWPORTS.landscape);
    await joinServer(wall.page, loginOf('late', pw, 'vaeg'));
    await toBoard(wall.page);
    const db = house.dbUrl('late');
    const task = (await serverDoc(db, house.admin, `tasks:${await taskId(wall.page, LATTE)}`))!;
    const photoId = crypto.randomUUID();
    // Another screen's task record arrives pointing to a photo the server does not have yet.
    await putServerDoc(db, house.admin, { ...task, photoId, updatedAt: Number(task.updatedAt) + 1 });
    const card = boardPage(wall.page).taskCard(LATTE);
    await poll(async () =>
      (await readAll<{ photoId: string }>(wall.page, 'tasks')).some((t) => t.photoId === photoId),
    ).toBe(true);
    // The card shows the task's pictogram where the photo will be.
    await poll(() => card.locator('img[src*="/pictograms/"]').count()).toBeGreaterThan(0);
    expect(await card.locator(`img[data-photo="${photoId}"]`).count()).toBe(0);
    expect(await brokenImages(wall.page)).toBe(0);
    // Then the photo.
    await putServerDoc(db, house.admin, await webpPhotoDoc(wall.page, photoId));
    await poll(() => card.locator(`img[data-photo="${photoId}"]`).count()).toBe(1);
    expect(await brokenImages(wall.page)).toBe(0);
  });

  it('nothing is lost when the server restarts mid-sync or a screen is killed, and a wiped screen gets the whole café back', async () => {
    const pw = await freshCafe('restart');
    const as = (user: string) => loginOf('restart', pw, user);
    const wall = await screen(VIEWPORTS.landscape);
    const kitchen = await screen(VIEWPORTS.portrait);
    await joinServer(wall.page, as('vaeg'));
    await joinServer(kitchen.page, as('koekken'), { replace: true });
    await toBoard(wall.page);
    await toBoard(kitchen.page);

    // The server goes down (a power cut), an edit is made, the server comes back: it arrives.
    await house.kill();
    await tick(wall.page, LATTE, 'Mal kaffen');
    await house.restart();
    await poll(() => boardPage(kitchen.page).taskCard(LATTE).textContent()).toContain('1 af 4 trin');

    // The wall's browser is killed right after a saved edit: the edit reaches the kitchen later.
    await openTask(wall.page, LATTE);
    await taskPage(wall.page).step('Skum mælken til 60 grader').tap();
    await boardPage(wall.page).saved().waitFor();
    killBrowserOn(wall.profile);
    await wall.close().catch(() => undefined);
    const again = await wall.restart();
    boards.push(again);
    await openBoard(again.page);
    await poll(() => boardPage(kitchen.page).taskCard(LATTE).textContent()).toContain('2 af 4 trin');

    // The kitchen's profile is wiped; a new one joins with its login and gets everything back.
    const wiped = await screen(VIEWPORTS.portrait);
    await joinServer(wiped.page, as('koekken'), { replace: true });
    await poll(() => dumpHash(wiped.page, CAFE_STORES)).toBe(await dumpHash(again.page, CAFE_STORES));
    expect(await conflictsOn(house.dbUrl('restart'), house.admin)).toEqual([]);
  });

  it('a backup restored on one screen becomes the café on every screen, and sync never undoes it', async () => {
    const file = await cafeWithPhotos(2);
    const pw = await freshCafe('restore');
    const wall = await screen(VIEWPORTS.landscape);
    const kitchen = await screen(VIEWPORTS.portrait);
    await joinServer(wall.page, loginOf('restore', pw, 'vaeg'));
    await joinServer(kitchen.page, loginOf('restore', pw, 'koekken'), { replace: true });
    await staffPage(wall.page).section('Sikkerhedskopi').tap();
    await pickBackup(wall.page, file);
    await wall.page.getByRole('button', { name: 'Ja, erstat alt' }).tap();
    await poll(() => dumpHash(wall.page, CAFE_STORES)).toBe(file.cafeHash);
    await poll(() => dumpHash(kitchen.page, CAFE_STORES)).toBe(file.cafeHash);
    // A later edit in the kitchen lands on the restored café, and the restore stays.
    await toBoard(kitchen.page);
    await toBoard(wall.page);
    await tick(kitchen.page, LATTE, 'Mal kaffen');
    await poll(() => boardPage(wall.page).taskCard(LATTE).textContent()).toContain('1 af 4 trin');
    expect(await conflictsOn(house.dbUrl('restore'), house.admin)).toEqual([]);
    const tasks = await readAll<{ title: string }>(kitchen.page, 'tasks');
    expect(tasks.length).toBe((await readAll<{ title: string }>(wall.page, 'tasks')).length);
  });

  it('with three screens, the retention job counts each deleted day once: the punch card is what one screen alone gives', async () => {
    const pw = await freshCafe('three');
    const as = (user: string) => loginOf('three', pw, user);
    const wall = await screen(VIEWPORTS.landscape);
    const kitchen = await screen(VIEWPORTS.portrait);
    const tablet = await screen(VIEWPORTS.tablet);
    await joinServer(wall.page, as('vaeg'));
    await joinServer(kitchen.page, as('koekken'), { replace: true });
    await joinServer(tablet.page, as('tablet'), { replace: true });
    // Days older than the twelve months kept, as another screen wrote them long ago.
    const ali = (await readAll<{ id: string; name: string }>(wall.page, 'people')).find(
      (p) => p.name === 'Ali',
    )!;
    const old = ['2025-03-03', '2025-06-02', '2025-09-01'];
    for (const day of old)
      await putServerDoc(house.dbUrl('three'), house.admin, {
        _id: `checkIns:${day}/${ali.id}`,
        at: 1,
        day,
        energy: null,
        id: `${day}/${ali.id}`,
        personId: ali.id,
        updatedAt: 1,
      });
    const stored = (b: Board) => readAll<{ id: string; day: string }>(b.page, 'checkIns');
    for (const b of [wall, kitchen, tablet])
      await poll(async () => (await stored(b)).filter((c) => old.includes(c.day)).length).toBe(3);
    // Each screen starts again: each runs the retention job after its first paint.
    for (const b of [wall, kitchen, tablet]) await b.page.reload();
    const kept = async (b: Board) =>
      (await readAll<{ id: string; punchesBefore?: { days: number } }>(b.page, 'people')).find(
        (p) => p.id === ali.id,
      )?.punchesBefore?.days;
    for (const b of [wall, kitchen, tablet]) {
      await poll(async () => (await stored(b)).some((c) => old.includes(c.day))).toBe(false);
      await poll(() => kept(b)).toBe(3);
    }
    const onServer = await serverDoc(house.dbUrl('three'), house.admin, `people:${ali.id}`);
    expect((onServer?.punchesBefore as { days: number } | undefined)?.days).toBe(3);
    await poll(() => conflictsOn(house.dbUrl('three'), house.admin)).toEqual([]);
  });

  it('a wrong login, an unknown café, something that is not a CouchDB and a server that is gone: a plain answer, nothing changes', async () => {
    const tablet = await screen(VIEWPORTS.tablet);
    const before = await dumpHash(tablet.page, CAFE_STORES);
    await openScreens(tablet.page);
    const s = screensPage(tablet.page);
    const ask = async (l: Login, answer: string) => {
      await fillLogin(tablet.page, l);
      await s.test().tap();
      await poll(() => s.answer().filter({ hasText: answer }).count()).toBe(1);
    };
    await ask({ ...login('tablet'), password: 'forkert' }, 'Login eller adgangskode er forkert.');
    await ask({ ...login('tablet'), cafe: 'findes-ikke' }, 'Serveren har ingen café med det navn.');
    await ask({ ...login('tablet'), url: tablet.baseURL }, 'det er ikke en CouchDB-server');
    await ask({ ...login('tablet'), url: 'http://127.0.0.1:9' }, 'Serveren svarer ikke');
    await expectNoAxeViolations(tablet.page);
    // "Forbind skærmen" with a wrong login links nothing.
    await fillLogin(tablet.page, { ...login('tablet'), password: 'forkert' });
    await s.join().tap();
    await poll(() => s.answer().filter({ hasText: 'Login eller adgangskode er forkert.' }).count()).toBe(1);
    expect(await s.leave().count()).toBe(0);
    expect(await dumpHash(tablet.page, CAFE_STORES)).toBe(before);
  });

  it('one door: what the editors refuse is refused from another screen too; a kitchen screen shows its own station', async () => {
    const pw = await freshCafe('door');
    const wall = await screen(VIEWPORTS.landscape);
    const kitchen = await screen(VIEWPORTS.portrait);
    await joinServer(wall.page, loginOf('door', pw, 'vaeg'));
    await joinServer(kitchen.page, loginOf('door', pw, 'koekken'), { replace: true });
    const db = house.dbUrl('door');
    const station = (await readAll<{ id: string; name: string }>(wall.page, 'stations')).find(
      (x) => x.name === 'Bar',
    )!;
    const doc = (await serverDoc(db, house.admin, `stations:${station.id}`))!;
    await putServerDoc(db, house.admin, {
      ...doc,
      name: 'B'.repeat(2000),
      updatedAt: Number(doc.updatedAt) + 1,
    });
    await putServerDoc(db, house.admin, {
      ...doc,
      _rev: undefined,
      _id: 'stations:evil',
      id: 'evil',
      pictogram: 'javascript:alert(1)',
    });
    await poll(() => screensPage(kitchen.page).state().textContent()).toMatch(/afvist|I takt/);
    await poll(
      async () =>
        (await readAll<{ id: string; name: string }>(kitchen.page, 'stations')).find(
          (x) => x.id === station.id,
        )?.name,
    ).toBe('Bar');
    expect((await readAll<{ id: string }>(kitchen.page, 'stations')).some((x) => x.id === 'evil')).toBe(
      false,
    );

    // The kitchen screen shows Køkken only: its people and tasks, with the day around them.
    await kitchen.page.getByRole('button', { name: 'Køkken', exact: true }).tap();
    await toBoard(kitchen.page);
    const b = boardPage(kitchen.page);
    await poll(() => b.station('Køkken').isVisible()).toBe(true);
    for (const other of ['Bar', 'Opvask', 'Kasse', 'Have'])
      expect(await b.station(other).count(), other).toBe(0);
    expect(await kitchen.page.getByRole('region', { name: 'Nu' }).isVisible()).toBe(true);
    await expectNoAxeViolations(kitchen.page);
  });
});

const SALAD = 'Skyl og snit salat';

const columnOf = (page: Page, title: string) =>
  page.locator('section[aria-labelledby^="station-"]', {
    has: page.locator('[data-task]', { hasText: title }),
  });

async function openTask(page: Page, title: string) {
  await boardPage(page).taskCard(title).tap();
  await poll(() => taskPage(page).title().textContent()).toBe(title);
}

/** Tick a step on the public board, as a participant would, and go back. */
async function tick(page: Page, title: string, step: string) {
  await openTask(page, title);
  await taskPage(page).step(step).tap();
  await poll(() => taskPage(page).step(step).isChecked()).toBe(true);
  await taskPage(page).back().tap();
  await boardPage(page).date().waitFor();
}

/** Move a task to a person with edit mode's buttons, then lock again. */
async function moveTo(page: Page, title: string, person: string) {
  await editBoard(page);
  await boardPage(page).taskCard(title).tap();
  const panel = page.getByRole('dialog', { name: `Flyt: ${title}` });
  await panel.getByRole('button', { name: person }).tap();
  await poll(() => boardPage(page).taskCard(title).textContent()).toContain(person);
  await staffPage(page).lock().tap();
}

async function taskId(page: Page, title: string): Promise<string> {
  return (await readAll<{ id: string; title: string }>(page, 'tasks')).find((t) => t.title === title)!.id;
}

/** Images on the page that failed to load (a broken picture). */
function brokenImages(page: Page): Promise<number> {
  return page.evaluate(() => [...document.images].filter((i) => i.complete && i.naturalWidth === 0).length);
}

/** A photo document as a screen writes it, with a real WebP made in the page. */
async function webpPhotoDoc(page: Page, id: string): Promise<Record<string, unknown>> {
  const [full, thumb] = await page.evaluate(async () => {
    const make = async (w: number, h: number) => {
      const c = new OffscreenCanvas(w, h);
      const g = c.getContext('2d')!;
      g.fillStyle = '#7a4';
      g.fillRect(0, 0, w, h);
      const bytes = new Uint8Array(await (await c.convertToBlob({ type: 'image/webp' })).arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    };
    return [await make(800, 600), await make(320, 240)];
  });
  return {
    _id: `photos:${id}`,
    createdAt: Date.now(),
    height: 600,
    width: 800,
    _attachments: {
      full: { content_type: 'image/webp', data: full },
      thumb: { content_type: 'image/webp', data: thumb },
    },
  };
}

/** Everything a backup saved from the staff area holds, as text (the zip's entries unpacked). */
async function backupText(page: Page): Promise<string> {
  await staffPage(page).section('Sikkerhedskopi').tap();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gem sikkerhedskopi' }).tap();
  const file = await (await download).path();
  const entries = unzipSync(new Uint8Array(await readFile(file!)));
  await staffPage(page).section('Skærme').tap();
  return Object.values(entries)
    .map((bytes) => Buffer.from(bytes).toString('latin1'))
    .join('\n');
}
