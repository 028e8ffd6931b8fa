// The staff area's records as one pattern (list, then the form in its place), the task library with
// its pictures, "Sæt på vagt" in a person's form, and unlocking back to where staff were.
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard, VIEWPORTS } from './support/browser';
import { boardPage } from './support/pages';
import { readDatabase } from './support/photos';
import { poll } from './support/poll';
import { staffPage, typePin, unlock, unlockStaff } from './support/staff';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const MONDAY_10 = at('2026-11-23', '10:00');
const PHONE = { width: 390, height: 844 };
const SIZES = [VIEWPORTS.landscape, VIEWPORTS.tablet, PHONE];

/** Choose a section; on a phone the sections fold away behind one button first. */
async function section(page: Page, name: string) {
  const menu = page.getByRole('button', { name: /^Afsnit: / });
  if (await menu.isVisible()) await menu.tap();
  await staffPage(page).section(name).tap();
  await page.getByRole('main', { name }).waitFor();
}

/** What a person at the screen sees there now: axe finds nothing, and every target is at least 64 px. */
async function checked(page: Page) {
  await expectNoAxeViolations(page);
  await expectTouchTargets(page, 64);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const inView = (l: Locator) =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  });

describe('a new person on today’s shift', () => {
  it('takes 6 taps from the locked board to their face on today’s board, with the PIN and the name typed', async () => {
    board = await launch({ time: MONDAY_10, viewport: VIEWPORTS.tablet });
    const { page } = board;
    await openBoard(page);
    // A café that has its PIN already, locked as the board is most of the day.
    await unlock(page);
    const s = staffPage(page);
    await s.lock().tap();
    await s.entry().waitFor();

    // Every press the page receives from here on, and every tap the test makes: they must agree.
    await page.evaluate(() => {
      const w = window as unknown as { presses: number };
      w.presses = 0;
      addEventListener('pointerdown', () => w.presses++, { capture: true });
    });
    let taps = 0;
    /** A tap where a finger can reach without scrolling first. */
    const tap = async (target: Locator) => {
      await target.waitFor();
      expect(await inView(target), `${target} is on the screen`).toBe(true);
      await target.tap();
      taps++;
    };

    await tap(s.entry());
    await s.unlockTitle().waitFor();
    // The PIN field has the focus: typed, not tapped (on the wall it is four keys and OK on the pad).
    // It takes the focus just after the pad is painted, so the keys wait for it.
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement)?.type))
      .toBe('password');
    await page.keyboard.type('2468');
    await page.keyboard.press('Enter');
    // Back on the board, in edit mode.
    await page.locator('[data-board]:not([hidden]) [data-drop="pool"]').waitFor();
    await tap(s.entry());
    await tap(s.section('Personer'));
    await tap(page.getByRole('button', { name: 'Ny person' }));
    expect(await focusedId(page)).toBe('person-name');
    await page.keyboard.type('Nora');
    const kitchen = page.getByRole('button', { name: /^Køkken Eftermiddag/ });
    const before = await kitchen.boundingBox();
    await tap(kitchen);
    await page.getByText('Nora er sat på Køkken Eftermiddag i dag.').waitFor();
    await page.getByRole('heading', { name: 'Redigér Nora' }).waitFor();
    // Saying so moves nothing: the shifts stay under the finger.
    expect(await kitchen.boundingBox()).toEqual(before);
    await tap(page.getByRole('button', { name: 'Tavlen', exact: true }));
    const b = boardPage(page);
    await poll(() => b.station('Køkken').getByText('Nora').isVisible()).toBe(true);
    await poll(() => b.changes().textContent()).toContain('Nora');

    expect(taps).toBeLessThanOrEqual(6);
    expect(await page.evaluate(() => (window as unknown as { presses: number }).presses)).toBe(taps);

    // One undo takes both back: the person and their place on the shift.
    await s.undo().tap();
    await poll(() => b.station('Køkken').getByText('Nora').count()).toBe(0);
    const db = await readDatabase(page);
    expect((db.people as { name: string }[]).some((p) => p.name === 'Nora')).toBe(false);
  });
});

describe('unlocking returns staff to where they were', () => {
  it('from the board to the board in edit mode; a section locked after idle time to that section; a phone to the staff area', async () => {
    board = await launch({ time: MONDAY_10, viewport: VIEWPORTS.tablet });
    const { page } = board;
    await openBoard(page);
    const s = staffPage(page);
    await unlock(page);
    // The first PIN too: once its recovery code is put away, the board is in edit mode.
    await page.locator('[data-board]:not([hidden]) [data-drop="pool"]').waitFor();
    expect(await page.getByRole('heading', { name: 'Personale', level: 1 }).count()).toBe(0);
    await s.lock().tap();
    await unlock(page);
    await page.locator('[data-board]:not([hidden]) [data-drop="pool"]').waitFor();
    expect(await page.getByRole('heading', { name: 'Personale', level: 1 }).count()).toBe(0);

    // In a section when edit mode locks itself: the PIN opens that section again, as it was.
    await s.entry().tap();
    await section(page, 'Opgaver');
    await page.getByRole('button', { name: 'Køkken', exact: true }).tap();
    await page.clock.runFor(3 * 60_000 + 1000);
    await s.unlockTitle().waitFor();
    await typePin(page, '2468');
    await s.lock().waitFor();
    await page.getByRole('main', { name: 'Opgaver' }).waitFor();
    expect(await page.getByRole('button', { name: 'Køkken', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // The address names the section, so a reload there comes back to it too.
    await poll(() => page.evaluate(() => location.hash)).toBe('#/personale/opgaver');

    // A phone is not wide enough for the wall's board: there the PIN leads into the staff area.
    await s.lock().tap();
    await page.setViewportSize(PHONE);
    await page.goto('/#/personale');
    await typePin(page, '2468');
    await page.getByRole('button', { name: /^Afsnit: / }).waitFor();
    expect(await page.locator('[data-board]:not([hidden]) [data-drop="pool"]').count()).toBe(0);
  });
});

describe('the task library', () => {
  it('shows every task as a card with its picture, by station and by name; "Ny opgave" and "Lav en kopi" open the form at the top', async () => {
    board = await launch({ time: MONDAY_10, viewport: VIEWPORTS.landscape });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    await section(page, 'Opgaver');
    const library = page.getByRole('list', { name: 'Opgaverne' });
    const cards = library.getByRole('button');
    const db = await readDatabase(page);
    const tasks = db.tasks as { id: string; title: string; stationId: string; photoId: string | null }[];
    const stations = db.stations as { id: string; name: string }[];
    await poll(() => cards.count()).toBe(tasks.length);
    // Each card shows the finished result, or the task's pictogram when it has no photo.
    const withPhoto = tasks.filter((t) => t.photoId).length;
    expect(withPhoto).toBeGreaterThan(0);
    await poll(() => library.locator('img[data-photo]').count()).toBe(withPhoto);
    expect(await library.locator('img').count()).toBe(tasks.length);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await checked(page);
    }
    await page.setViewportSize(VIEWPORTS.tablet);

    // One station's tasks, then by name.
    const kitchen = stations.find((s) => s.name === 'Køkken')!;
    await page.getByRole('button', { name: 'Køkken', exact: true }).tap();
    const titles = () => cards.allTextContents().then((all) => all.map((t) => t.trim()).sort());
    await poll(titles).toEqual(
      tasks
        .filter((t) => t.stationId === kitchen.id)
        .map((t) => t.title)
        .sort(),
    );
    await page.getByLabel('Søg efter navn').fill('SUPPE');
    await poll(titles).toEqual(['Lav dagens suppe']);
    await page.getByLabel('Søg efter navn').fill('latte');
    await page.getByText('Ingen opgaver passer.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Alle stationer' }).tap();
    await poll(titles).toEqual(['Lav en caffe latte']);
    await page.getByLabel('Søg efter navn').fill('');

    // "Ny opgave": the form at the top, its first field ready for typing, the station chosen.
    await page.getByRole('button', { name: 'Køkken', exact: true }).tap();
    await page.getByRole('button', { name: 'Ny opgave' }).tap();
    const heading = page.getByRole('heading', { name: 'Ny opgave', level: 2 });
    await heading.waitFor();
    expect(await inView(heading)).toBe(true);
    // The staff area's frame stays put: the edit bar is where it was (it used to scroll away).
    expect(await inView(staffPage(page).lock())).toBe(true);
    expect(await focusedId(page)).toBe('task-title');
    expect(await page.locator('#task-station option:checked').textContent()).toBe('Køkken');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await checked(page);
    }
    await page.setViewportSize(VIEWPORTS.tablet);

    // Back to the library as it was left, at the card; then a copy of the soup.
    await page.getByRole('button', { name: 'Alle opgaver' }).tap();
    const soup = page.getByRole('button', { name: 'Lav dagens suppe', exact: true });
    expect(await inView(soup)).toBe(true);
    await soup.tap();
    await page.getByRole('heading', { name: 'Redigér Lav dagens suppe' }).waitFor();
    expect(await inView(staffPage(page).lock())).toBe(true);
    await page.getByRole('button', { name: 'Lav en kopi' }).tap();
    await page.getByRole('heading', { name: 'Kopi af Lav dagens suppe' }).waitFor();
    expect(await focusedId(page)).toBe('task-title');
    expect(await page.getByLabel('Hvad skal laves?').inputValue()).toBe('Lav dagens suppe (kopi)');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await checked(page);
    }
    await page.setViewportSize(VIEWPORTS.tablet);
    await page.getByLabel('Hvad skal laves?').fill('Lav dagens grød');
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await page.getByRole('heading', { name: 'Redigér Lav dagens grød' }).waitFor();

    const after = (await readDatabase(page)).tasks as typeof tasks;
    const original = after.find((t) => t.title === 'Lav dagens suppe')!;
    const copy = after.find((t) => t.title === 'Lav dagens grød')!;
    expect(after).toHaveLength(tasks.length + 1);
    expect(copy.id).not.toBe(original.id);
    expect(copy.photoId).toBe(original.photoId);
    // In the library the copy shows the same picture.
    await page.getByRole('button', { name: 'Alle opgaver' }).tap();
    await poll(() =>
      page
        .getByRole('button', { name: 'Lav dagens grød', exact: true })
        .locator('img[data-photo]')
        .getAttribute('data-photo'),
    ).toBe(original.photoId);

    // Without a photo the card shows the task's pictogram; the soup keeps the photo they shared.
    await page.getByRole('button', { name: 'Lav dagens grød', exact: true }).tap();
    await page.getByRole('button', { name: 'Fjern billedet' }).first().tap();
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await page.getByText('Gemt.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Alle opgaver' }).tap();
    const porridge = page.getByRole('button', { name: 'Lav dagens grød', exact: true });
    await poll(() => porridge.locator('img').getAttribute('src')).toMatch(/\/pictograms\/\w+\.svg$/);
    expect(await porridge.locator('img[data-photo]').count()).toBe(0);
    const photos = (await readDatabase(page)).photos as { id: string }[];
    expect(photos.some((p) => p.id === original.photoId)).toBe(true);
  });
});

describe('"Sæt på vagt" in a person’s form', () => {
  it('puts a stored person on a shift of tomorrow and takes them off again, at every size', async () => {
    board = await launch({ time: MONDAY_10, viewport: VIEWPORTS.tablet });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    const tomorrowsChanges = async () =>
      ((await readDatabase(page)).overrides as { day: string }[]).filter((o) => o.day === '2026-11-24');
    const usual = await tomorrowsChanges();
    const omarsTomorrow = async () => {
      await section(page, 'Personer');
      await page.getByRole('button', { name: 'Omar', exact: true }).tap();
      await page.getByRole('heading', { name: 'Redigér Omar' }).waitFor();
      await page.getByLabel('Dato', { exact: true }).fill('2026-11-24');
    };
    await omarsTomorrow();
    const shift = page.getByRole('button', { name: /^Have Formiddag/ });
    await poll(() => shift.getAttribute('aria-pressed')).toBe('false');
    await shift.tap();
    await page.getByText('Omar er sat på Have Formiddag i morgen.').waitFor();
    expect(await shift.getAttribute('aria-pressed')).toBe('true');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await checked(page);
    }
    await page.setViewportSize(VIEWPORTS.tablet);

    // The date's shifts say so too.
    await section(page, 'Vagter på en dato');
    await page.getByLabel('Dato', { exact: true }).fill('2026-11-24');
    const garden = page.locator('div', { has: page.getByRole('heading', { name: /Have Formiddag/ }) }).last();
    await poll(() => garden.getByRole('button', { name: 'Omar: tag af' }).isVisible()).toBe(true);

    // Taken off again from his form: tomorrow is as usual, no change left for it.
    await omarsTomorrow();
    await shift.tap();
    await page.getByText('Omar er taget af Have Formiddag i morgen.').waitFor();
    await poll(tomorrowsChanges).toEqual(usual);
  });
});
