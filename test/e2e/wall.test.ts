// The wall a participant reads in three seconds: the whole day on one screen, at a readable size,
// for the demo café and for a large one (8 stations, 16 people, 50 tasks, 4 changes today).
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard, VIEWPORTS } from './support/browser';
import { loadLargeCafe, openBackupSection } from './support/cafe';
import { CAFE_STORES, dumpHash } from './support/db';
import { boardPage } from './support/pages';
import { poll } from './support/poll';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const MONDAY = '2026-11-23';
const WALLS = ['landscape', 'portrait'] as const;

/**
 * Every station, shift (its time and its people) and task card of the shown board that is not
 * wholly inside the viewport; and whether anything on the page or in the stations scrolls.
 */
function outside(page: Page) {
  return page.evaluate(() => {
    const board = document.querySelector<HTMLElement>('[data-board]:not([hidden])')!;
    const parts = [
      ...board.querySelectorAll<HTMLElement>('section[aria-labelledby^="station-"]'),
      ...board.querySelectorAll<HTMLElement>('section[aria-labelledby^="station-"] li'),
      ...[...board.querySelectorAll<HTMLElement>('section[aria-labelledby^="station-"] span')].filter((s) =>
        /^\d\d:\d\d–\d\d:\d\d$/.test(s.textContent ?? ''),
      ),
      ...board.querySelectorAll<HTMLElement>('[data-task]'),
    ];
    const out = parts
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5;
      })
      .map((el) => el.textContent?.slice(0, 40));
    const scrollers = [document.scrollingElement!, ...board.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'hidden')
      .filter((el) => el === document.scrollingElement || getComputedStyle(el).overflowY !== 'visible')
      .map(
        (el) => `${el.tagName.toLowerCase()} ${el.scrollHeight}/${el.clientHeight} ${board.dataset.density}`,
      );
    return [...out, ...scrollers.map((s) => `scrolls: ${s}`)];
  });
}

/** How many stations, shift times and task cards the shown board has. */
function counts(page: Page) {
  return page.evaluate(() => {
    const board = document.querySelector('[data-board]:not([hidden])')!;
    return {
      stations: board.querySelectorAll('section[aria-labelledby^="station-"]').length,
      shifts: [...board.querySelectorAll('section[aria-labelledby^="station-"] span')].filter((s) =>
        /^\d\d:\d\d–\d\d:\d\d$/.test(s.textContent ?? ''),
      ).length,
      cards: board.querySelectorAll('[data-task]').length,
    };
  });
}

/**
 * Every visible text of the shown board under `min` px, and the names, shift times and task titles
 * under `key` px, and the faces on cards under `face` px (text only screen readers get is skipped).
 */
function tooSmall(page: Page, sizes: { min: number; key: number; face: number }) {
  return page.evaluate(({ min, key, face }) => {
    const board = document.querySelector<HTMLElement>('[data-board]:not([hidden])')!;
    const shown = (el: Element | null) => {
      for (let e = el; e && e !== board; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return false;
      }
      return true;
    };
    const px = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
    const small: string[] = [];
    const walker = document.createTreeWalker(board, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement!;
      if (!text || !shown(el)) continue;
      if (px(el) < min) small.push(`text "${text}" ${px(el)}px`);
      if (/^\d\d:\d\d–\d\d:\d\d$/.test(text) && px(el) < key) small.push(`shift time "${text}" ${px(el)}px`);
    }
    for (const card of board.querySelectorAll('[data-task]')) {
      const title = document.createTreeWalker(card, NodeFilter.SHOW_TEXT).nextNode()!;
      if (px(title.parentElement!) < key)
        small.push(`title "${title.textContent}" ${px(title.parentElement!)}px`);
    }
    // A face (drawn initials or a portrait) and the name beside it: in the roster and on cards.
    for (const avatar of board.querySelectorAll<HTMLElement>('span[aria-hidden="true"][style*="width"]')) {
      const name = avatar.nextElementSibling;
      if (name && shown(name) && px(name) < key) small.push(`name "${name.textContent}" ${px(name)}px`);
      const r = avatar.getBoundingClientRect();
      if (avatar.closest('[data-task]') && (r.width < face || r.height < face))
        small.push(`face on "${avatar.closest('[data-task]')!.textContent?.slice(0, 20)}" ${r.width}px`);
    }
    return small;
  }, sizes);
}

/** Two frames: the board refits a frame after the screen or its contents change size. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function expectWholeDay(page: Page, expected: { stations: number; shifts: number; cards: number }) {
  for (const wall of WALLS) {
    await page.setViewportSize(VIEWPORTS[wall]);
    await settled(page);
    await poll(() => outside(page)).toEqual([]);
    expect(await counts(page), wall).toEqual(expected);
    expect(await tooSmall(page, { min: 20, key: 24, face: 40 }), wall).toEqual([]);
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
  }
}

describe('the whole day on one wall', () => {
  it('the demo café: every station, shift and task card on one screen, landscape and portrait, day and night', async () => {
    board = await launch({ time: at(MONDAY, '10:15') });
    const { page } = board;
    await openBoard(page);
    await expectWholeDay(page, { stations: 5, shifts: 7, cards: 20 });
    // After closing the board shows tomorrow (clearly labelled): the same holds.
    await page.clock.setSystemTime(at(MONDAY, '22:00'));
    await page.clock.runFor(61_000);
    await poll(() => page.getByText('I morgen', { exact: true }).first().isVisible()).toBe(true);
    await expectWholeDay(page, { stations: 5, shifts: 7, cards: 20 });
  });

  it('the large café (8 stations, 16 people, 50 tasks, 4 changes today): all of it on one screen, day and night', async () => {
    board = await launch({ time: at(MONDAY, '10:15') });
    const { page } = board;
    await openBoard(page);
    await loadLargeCafe(page);
    await poll(() => boardPage(page).changes().getByRole('listitem').count()).toBe(4);
    await expectWholeDay(page, { stations: 8, shifts: 11, cards: 26 });
    // A tablet may scroll; it must still pass axe.
    await page.setViewportSize(VIEWPORTS.tablet);
    await expectNoAxeViolations(page);
    await page.clock.setSystemTime(at(MONDAY, '22:00'));
    await page.clock.runFor(61_000);
    await poll(() => page.getByText('I morgen', { exact: true }).first().isVisible()).toBe(true);
    await expectWholeDay(page, { stations: 8, shifts: 11, cards: 26 });
  });

  it('on a tablet the board scrolls as one page, so the programme is reached with keys as with a finger', async () => {
    board = await launch({ time: at(MONDAY, '10:15'), viewport: VIEWPORTS.tablet });
    const { page } = board;
    await openBoard(page);
    const last = page.getByRole('complementary', { name: 'Dagens program' }).getByRole('listitem').last();
    await last.waitFor();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.keyboard.press('End');
    await poll(() => last.evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await tooSmall(page, { min: 20, key: 24, face: 40 })).toEqual([]);
  });

  it("each card says whose task it is, or that anyone at the station may take it; the demo's day shows a learner and a done task", async () => {
    board = await launch({ time: at(MONDAY, '10:15') });
    const { page } = board;
    await openBoard(page);
    const b = boardPage(page);
    const bar = b.station('Bar');
    // Shown once above the cards anyone may take (each of those cards says it to a screen reader).
    await poll(() => bar.getByText('Alle på Bar', { exact: true }).first().isVisible()).toBe(true);
    // A task given to someone shows their face and name; the learner's card says who teaches.
    expect(await bar.getByRole('button', { name: /^Fyld kagemontren.*Ali/ }).isVisible()).toBe(true);
    expect(
      await bar.getByRole('button', { name: /^Lav en caffe latte.*Sara.*Lær det af Ali/ }).isVisible(),
    ).toBe(true);
    expect(await bar.getByRole('button', { name: /^Fyld mælk og sukker op.*Færdig/ }).isVisible()).toBe(true);
    // Every card names its owner or "Alle på <station>".
    const names = await page.evaluate(() =>
      [
        ...document.querySelectorAll('[data-board]:not([hidden]) section[aria-labelledby^="station-"]'),
      ].flatMap((station) => {
        const name = station.querySelector('h3')?.textContent ?? '';
        // Each face's name as the room reads it: without the drawn initials and without what only a
        // screen reader hears (such as "Tjekket ind").
        const people = [...station.querySelectorAll('li:not(:has([data-task])) button')].map((face) => {
          const seen = face.cloneNode(true) as HTMLElement;
          for (const extra of seen.querySelectorAll('[aria-hidden="true"], .visually-hidden')) extra.remove();
          return seen.textContent?.trim() ?? '';
        });
        return [...station.querySelectorAll('[data-task]')]
          .filter((card) => {
            const text = card.textContent ?? '';
            return (
              !text.includes(`Alle på ${name}`) &&
              !(card.getAttribute('data-owner') === 'person' && people.some((p) => p && text.includes(p)))
            );
          })
          .map((card) => card.textContent);
      }),
    );
    expect(names).toEqual([]);
  });

  it('staff start over from the staff area: asked in the page first, "no" changes nothing, "yes" empties the café', async () => {
    board = await launch({ time: at(MONDAY, '10:15') });
    const { page } = board;
    await openBoard(page);
    await openBackupSection(page);
    const before = await dumpHash(page, CAFE_STORES);
    await page.getByRole('button', { name: 'Hent den store eksempelcafé' }).tap();
    await page.getByText('Vil du erstatte alt på tavlen med den store eksempelcafé?').waitFor();
    for (const size of [
      VIEWPORTS.landscape,
      VIEWPORTS.portrait,
      VIEWPORTS.tablet,
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await expectNoAxeViolations(page);
      await expectTouchTargets(page);
    }
    await page.setViewportSize(VIEWPORTS.landscape);
    await page.getByRole('button', { name: 'Nej, behold det nuværende' }).last().tap();
    await page.getByRole('button', { name: 'Hent den store eksempelcafé' }).waitFor();
    expect(await dumpHash(page, CAFE_STORES)).toBe(before);
    await page.getByRole('button', { name: 'Start med en tom café' }).tap();
    await page.getByRole('button', { name: 'Ja, tøm tavlen' }).tap();
    await page.getByRole('status').filter({ hasText: 'Tavlen er tom.' }).waitFor();
    await page.getByRole('button', { name: 'Tavlen', exact: true }).tap();
    await boardPage(page).emptyBoard().waitFor();
    // Emptied stays empty: the demo is not seeded again on the next start.
    board = await board.restart();
    await openBoard(board.page);
    await boardPage(board.page).emptyBoard().waitFor();
  });

  it('a station keeps its place when its tasks grow: only the number of stations decides where each goes', async () => {
    board = await launch({ time: at(MONDAY, '10:15') });
    const { page } = board;
    await openBoard(page);
    // Each station's column and row (a denser board moves all of them a few pixels, none to another place).
    const places = () =>
      page.evaluate(() => {
        const boxes = [
          ...document.querySelectorAll('[data-board]:not([hidden]) section[aria-labelledby^="station-"]'),
        ].map((s) => ({ name: s.querySelector('h3')?.textContent, box: s.getBoundingClientRect() }));
        const lefts = [...new Set(boxes.map((b) => Math.round(b.box.left)))].sort((a, b) => a - b);
        const tops = [...new Set(boxes.map((b) => Math.round(b.box.top)))].sort((a, b) => a - b);
        return boxes.map(
          (b) =>
            `${b.name}: column ${lefts.indexOf(Math.round(b.box.left))}, row ${tops.indexOf(Math.round(b.box.top))}`,
        );
      });
    const before: Record<string, string[]> = {};
    for (const wall of WALLS) {
      await page.setViewportSize(VIEWPORTS[wall]);
      await settled(page);
      before[wall] = await places();
    }
    // Four more tasks on the Bar's list, as the task editor stores them.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open('dagstavlen');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      const all = await new Promise<{ title: string; stationId: string; order: string }[]>((ok) => {
        const r = db.transaction('tasks').objectStore('tasks').getAll();
        r.onsuccess = () => ok(r.result);
      });
      const latte = all.find((t) => t.title === 'Lav en caffe latte')!;
      await new Promise<void>((ok, no) => {
        const tx = db.transaction('tasks', 'readwrite');
        for (let i = 1; i <= 4; i++)
          tx.objectStore('tasks').put({
            ...latte,
            id: crypto.randomUUID(),
            title: `Ekstra opgave ${i}`,
            order: `z${i}`,
          });
        tx.oncomplete = () => ok();
        tx.onabort = () => no(tx.error);
      });
      db.close();
    });
    await page.reload();
    await poll(() => boardPage(page).station('Bar').getByText('Ekstra opgave 4').isVisible()).toBe(true);
    for (const wall of WALLS) {
      await page.setViewportSize(VIEWPORTS[wall]);
      await settled(page);
      expect(await places(), wall).toEqual(before[wall]);
      await poll(() => outside(page)).toEqual([]);
    }
  });
});
