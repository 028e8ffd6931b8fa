// "Planlæg ugen": staff plan next week by touch on the large example café with 14 active people,
// and on each planned date the locked board shows exactly those crews, with a change notice that
// says what differs and never why someone is away.
import type { Locator } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { at, type Board, launch, openBoard } from './support/browser';
import { loadLargeCafe } from './support/cafe';
import { boardPage } from './support/pages';
import { poll } from './support/poll';
import { staffPage, typePin, unlockStaff } from './support/staff';
import { liftFinger, touchDrag } from './support/touch';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

type Page = Board['page'];
const TUESDAY_10 = at('2026-12-08', '10:00');
const PLANNER = '/#/personale/planlaeg';

/** The planner's page objects: a day's shift of a station (by its label), its faces, the rail. */
const planner = (page: Page) => {
  const shift = (day: string, station: string, label: string) =>
    page
      .locator(`[data-station="${station}"] [data-shift][data-day="${day}"]`)
      .filter({ has: page.locator('p', { hasText: label }) });
  return {
    heading: () => page.getByRole('heading', { name: /^Uge \d+:/ }),
    week: (name: string) => page.getByRole('button', { name, exact: true }),
    shift,
    /** The names on a shift (its crew's faces, not the suggestions under it): each face's second part. */
    crew: async (day: string, station: string, label: string) =>
      (await shift(day, station, label)
        .locator('button[data-person]')
        .evaluateAll((els) => els.map((el) => el.children[1]!.textContent!))) as string[],
    face: (day: string, station: string, label: string, name: string) =>
      shift(day, station, label).locator('button[data-person]').filter({ hasText: name }),
    railFace: (name: string) =>
      page.locator('[data-rail] button[data-person]').filter({ has: page.getByText(name, { exact: true }) }),
    rail: () => page.locator('[data-rail]'),
    said: (text: string | RegExp) => page.getByRole('status').filter({ hasText: text }),
  };
};

/**
 * Tap a button whose work can be done again without harm, until it is done. A tap that follows a
 * drag's lift within the browser's double-tap time gives no click (touch, not the app: the events
 * reach the page, the click never comes), so it is tapped again rather than waited for.
 */
async function tapUntil(target: Locator, done: () => Promise<boolean>): Promise<void> {
  await poll(async () => {
    if (!(await done())) await target.tap();
    return done();
  }).toBe(true);
}
const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);

/** Station ids by name, read from the database the board uses. */
async function stationIds(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const all = await new Promise<{ id: string; name: string }[]>((ok) => {
      const r = db.transaction('stations').objectStore('stations').getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return Object.fromEntries(all.map((s) => [s.name, s.id]));
  });
}

/**
 * The seed of this test, written beside the running board as another screen would: Søren and Nadia
 * no longer active (14 are), and Omar able to make a caffe latte (so he can take over at the bar).
 */
async function seedFourteen(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const read = <T>(store: string) =>
      new Promise<T[]>((ok) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result as T[]);
      });
    type P = { id: string; name: string; active: boolean; skills: Record<string, string>; updatedAt: number };
    const people = await read<P>('people');
    const latte = (await read<{ id: string; title: string }>('tasks')).find(
      (t) => t.title === 'Lav en caffe latte',
    )!;
    const tx = db.transaction('people', 'readwrite', { durability: 'strict' });
    for (const p of people) {
      if (p.name === 'Søren' || p.name === 'Nadia')
        tx.objectStore('people').put({ ...p, active: false, updatedAt: Date.now() });
      if (p.name === 'Omar')
        tx.objectStore('people').put({
          ...p,
          skills: { ...p.skills, [latte.id]: 'can' },
          updatedAt: Date.now(),
        });
    }
    await new Promise((ok) => {
      tx.oncomplete = ok;
    });
    db.close();
  });
}

/** Open the planner from its address: the PIN, then the section itself. */
async function openPlanner(page: Page): Promise<void> {
  await page.goto(PLANNER);
  const s = staffPage(page);
  await s.unlockTitle().or(planner(page).heading()).first().waitFor();
  if (await s.unlockTitle().isVisible()) await typePin(page, '2468');
  await planner(page).heading().waitFor();
}

/** Everyone on shift that day per station, from the planner's grid (sorted names). */
async function plannedCrews(page: Page, day: string, stations: Record<string, string>) {
  const out: Record<string, string[]> = {};
  for (const [name, id] of Object.entries(stations)) {
    const names = await page
      .locator(`[data-station="${id}"] [data-shift][data-day="${day}"] button[data-person]`)
      .evaluateAll((els) => els.map((el) => el.children[1]!.textContent!));
    out[name] = names.sort();
  }
  return out;
}

/** Everyone the public board shows on shift per station (sorted names). */
async function boardCrews(page: Page, stations: Record<string, string>) {
  const out: Record<string, string[]> = {};
  for (const [name, id] of Object.entries(stations)) {
    const column = page.locator(`[data-board]:not([hidden]) section[aria-labelledby="station-${id}"]`);
    const names =
      (await column.count()) === 0
        ? []
        : await column
            .locator('> div')
            .first()
            .locator('li')
            .evaluateAll((els) =>
              // The first name is the button's own text; the initials sit in the face beside it.
              els.map((el) =>
                [...(el.querySelector('button')?.childNodes ?? [])]
                  .filter((n) => n.nodeType === Node.TEXT_NODE)
                  .map((n) => n.textContent)
                  .join('')
                  .trim(),
              ),
            );
    out[name] = names.sort();
  }
  return out;
}

/**
 * The large example café on a Tuesday at 10, its planner open: with the test's seed (14 active,
 * Omar able to make a latte) when `fourteen`, as loaded otherwise.
 */
async function plannerOnLargeCafe(opts: { fourteen: boolean; viewport?: { width: number; height: number } }) {
  board = await launch({ time: TUESDAY_10, ...(opts.viewport ? { viewport: opts.viewport } : {}) });
  const { page } = board;
  await openBoard(page);
  await unlockStaff(page);
  await loadLargeCafe(page);
  if (opts.fourteen) {
    await seedFourteen(page);
    await page.reload();
  }
  await openPlanner(page);
  return { page, p: planner(page) };
}

/** Everyone on a day's shifts, and everyone on the rail (names). */
const namesOnDay = (page: Page, day: string) =>
  page
    .locator(`[data-shift][data-day="${day}"] button[data-person]`)
    .evaluateAll((els) => els.map((el) => el.children[1]!.textContent!));
const railNames = (page: Page) =>
  planner(page)
    .rail()
    .locator('button[data-person]')
    .evaluateAll((els) => els.map((el) => el.querySelector('span span')!.textContent!));

describe('staff plan next week by touch', () => {
  it('drags, refuses an overlap with its reason, resets a day, copies last week, takes over for a sick day; the board shows each date as planned', async () => {
    const { page, p } = await plannerOnLargeCafe({ fourteen: true });
    const st = await stationIds(page);
    const bar = st.Bar!;
    const kitchen = st.Køkken!;
    const cash = st.Kasse!;
    await poll(() => p.rail().locator('button[data-person]').count()).toBe(14);

    // This week first: someone free on Saturday goes onto the bar, to copy into next week.
    const saturdayCrew = await namesOnDay(page, '2026-12-12');
    const [first, second] = (await railNames(page)).filter((n) => !saturdayCrew.includes(n));
    expect(first && second).toBeTruthy();
    await touchDrag(page, p.railFace(first!), p.shift('2026-12-12', bar, 'Lørdag'));
    await poll(() => p.crew('2026-12-12', bar, 'Lørdag')).toContain(first);

    // Next week, one tap; "Kopiér sidste uge" brings the Saturday with it.
    await tapUntil(p.week('Næste uge'), () => p.heading().filter({ hasText: '14. december' }).isVisible());
    expect(await p.crew('2026-12-19', bar, 'Lørdag')).not.toContain(first);
    await page.getByRole('button', { name: 'Kopiér sidste uge' }).tap();
    await poll(() => p.crew('2026-12-19', bar, 'Lørdag')).toContain(first);

    // Onto a shift from the rail: the second free person on Saturday's till.
    await touchDrag(page, p.railFace(second!), p.shift('2026-12-19', cash, 'Lørdag'));
    await poll(() => p.crew('2026-12-19', cash, 'Lørdag')).toContain(second);

    // Refused: someone on Monday's bar in the morning cannot also be in the kitchen then.
    const [busy] = await p.crew('2026-12-14', bar, 'Formiddag');
    const kitchenMonday = await p.crew('2026-12-14', kitchen, 'Formiddag');
    await touchDrag(page, p.railFace(busy!), p.shift('2026-12-14', kitchen, 'Formiddag'), { hold: true });
    // On the moving face while it is held over the kitchen: why not (its words name the clash).
    const ghost = page.getByText(/overlapper/).first();
    await ghost.waitFor();
    expect(await ghost.textContent()).toContain(busy!);
    await liftFinger(page);
    // Dropped there, nothing changes, and the line above the grid says why.
    await p.said(new RegExp(`^${busy} er på .* samme dag, og de to vagter overlapper\\.$`)).waitFor();
    expect(await p.crew('2026-12-14', kitchen, 'Formiddag')).toEqual(kitchenMonday);

    // Between shifts the same morning: from the bar to the kitchen is a move, not an overlap.
    await touchDrag(
      page,
      p.face('2026-12-14', bar, 'Formiddag', busy!),
      p.shift('2026-12-14', kitchen, 'Formiddag'),
    );
    await poll(() => p.crew('2026-12-14', kitchen, 'Formiddag')).toContain(busy);
    expect(await p.crew('2026-12-14', bar, 'Formiddag')).not.toContain(busy);

    // Off the grid: Tuesday's afternoon at the bar loses its person onto the rail.
    const [tuesdayOff] = await p.crew('2026-12-15', bar, 'Eftermiddag');
    await touchDrag(page, p.face('2026-12-15', bar, 'Eftermiddag', tuesdayOff!), p.rail());
    await poll(() => p.crew('2026-12-15', bar, 'Eftermiddag')).not.toContain(tuesdayOff);

    // A change on Thursday, then "Som den faste uge" for that day puts the usual crew back.
    const thursdayUsual = await p.crew('2026-12-17', kitchen, 'Formiddag');
    expect(thursdayUsual.length).toBeGreaterThan(0);
    await touchDrag(page, p.face('2026-12-17', kitchen, 'Formiddag', thursdayUsual[0]!), p.rail());
    await poll(() => p.crew('2026-12-17', kitchen, 'Formiddag')).not.toEqual(thursdayUsual);
    await tapUntil(page.getByRole('button', { name: 'Torsdag 17. december: som den faste uge' }), async () =>
      same(await p.crew('2026-12-17', kitchen, 'Formiddag'), thursdayUsual),
    );

    // Sick on Wednesday: tap the face, "Væk fra … til …" that day as ill, then take the suggestion.
    const [sick] = await p.crew('2026-12-16', bar, 'Eftermiddag');
    await p.face('2026-12-16', bar, 'Eftermiddag', sick!).tap();
    await page.getByRole('heading', { name: sick!, exact: true }).waitFor();
    expect(await page.getByLabel('Fra', { exact: true }).inputValue()).toBe('2026-12-16');
    expect(await page.getByLabel('Til', { exact: true }).inputValue()).toBe('2026-12-16');
    await page.getByRole('button', { name: 'Sæt væk', exact: true }).tap();
    await poll(() => p.crew('2026-12-16', bar, 'Eftermiddag')).not.toContain(sick);
    await page.getByText(`Væk: ${sick}`).first().waitFor();
    await p.shift('2026-12-16', bar, 'Eftermiddag').getByRole('button', { name: 'Omar', exact: true }).tap();
    await poll(() => p.crew('2026-12-16', bar, 'Eftermiddag')).toEqual(['Omar']);

    // What the planner says each date holds, then the public board on each of those dates.
    const dates = ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-19'];
    const planned: Record<string, Record<string, string[]>> = {};
    for (const day of dates) planned[day] = await plannedCrews(page, day, st);
    await staffPage(page).lock().tap();
    const expectedNotice: Record<string, RegExp[]> = {
      '2026-12-14': [
        new RegExp(`Køkken: ${busy} er også på i dag`),
        new RegExp(`Bar: ${busy} er ikke på i dag`),
      ],
      '2026-12-15': [new RegExp(`Bar: ${tuesdayOff} er ikke på i dag`)],
      '2026-12-16': [new RegExp(`Bar: Omar afløser ${sick}`)],
      '2026-12-17': [],
      '2026-12-19': [
        new RegExp(`Bar: ${first} er også på i dag`),
        new RegExp(`Kasse: ${second} er også på i dag`),
      ],
    };
    const b = boardPage(page);
    for (const day of dates) {
      await page.clock.setSystemTime(at(day, '10:00'));
      await openBoard(page);
      await poll(() => page.locator('[data-board]:not([hidden])').getAttribute('data-day')).toBe(day);
      expect(await boardCrews(page, st), day).toEqual(planned[day]);
      const notice = (await b.changes().count()) ? ((await b.changes().textContent()) ?? '') : '';
      for (const line of expectedNotice[day]!) expect(notice, day).toMatch(line);
      // The Thursday that was set back is the usual week: nothing to announce.
      if (day === '2026-12-17') expect(notice).toBe('');
      const wall = (await page.locator('body').textContent()) ?? '';
      expect(wall).not.toMatch(/[Ss]yg|[Ff]erie|[Kk]ursus/);
    }
  });

  it('the board in edit mode offers who could take over for someone ill today; the locked board shows neither the offer nor why', async () => {
    const { page, p } = await plannerOnLargeCafe({ fourteen: true });
    // Line is at the bar this afternoon; ill today, from her face's buttons.
    await p.railFace('Line').tap();
    await page.getByRole('heading', { name: 'Line', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Syg i dag', exact: true }).tap();
    await p.said('Line er sat væk.').waitFor();
    await page.getByRole('button', { name: 'Tavlen', exact: true }).tap();
    await page.locator('[data-board]:not([hidden]) [data-drop="pool"]').waitFor();
    const b = boardPage(page);
    const bar = b.station('Bar');
    await bar.getByText('Kan tage over:').waitFor();
    await bar.getByRole('button', { name: 'Omar', exact: true }).tap();
    await poll(() => b.changes().textContent()).toContain('Bar: Omar afløser Line');
    await bar.getByText('Kan tage over:').waitFor({ state: 'detached' });
    await staffPage(page).lock().tap();
    await staffPage(page).entry().waitFor();
    expect(await page.getByText('Kan tage over').count()).toBe(0);
    expect(await bar.textContent()).toContain('Omar');
    expect((await page.locator('body').textContent()) ?? '').not.toMatch(/[Ss]yg/);
  });

  it('moves a face with a mouse on the tablet: a press and a drag, as with a finger', async () => {
    const { page, p } = await plannerOnLargeCafe({ fourteen: false, viewport: { width: 1280, height: 800 } });
    const st = await stationIds(page);
    const saturday = await namesOnDay(page, '2026-12-12');
    const free = (await railNames(page)).find((n) => !saturday.includes(n))!;
    const target = p.shift('2026-12-12', st.Bar!, 'Lørdag');
    await target.scrollIntoViewIfNeeded();
    const from = (await p.railFace(free).boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();
    await poll(() => p.crew('2026-12-12', st.Bar!, 'Lørdag')).toContain(free);
    // A click (no movement) opens the same moves as buttons.
    await p.railFace(free).click();
    await page.getByRole('heading', { name: free, exact: true }).waitFor();
  });

  it('has no axe violations and no sideways scrolling at the wall, the tablet and a phone', async () => {
    const { page, p } = await plannerOnLargeCafe({ fourteen: false });
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await p.heading().waitFor();
      await p.railFace('Ali').tap();
      await page.getByRole('heading', { name: 'Ali', exact: true }).waitFor();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${size.width}`,
      ).toBeLessThanOrEqual(size.width);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Luk', exact: true }).tap();
      await expectNoAxeViolations(page);
    }
  });
});
