// The staff area on a phone (390×844): staff plan from their phones through the house server, so
// every section and editor must fit the width (no sideways scrolling) and pass axe there too.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard } from './support/browser';
import { staffPage, typePin } from './support/staff';

const PHONE = { width: 390, height: 844 };

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

/** What sticks out sideways, if anything: the page's width against the window's, and the culprits. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const wide = await page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.checkVisibility())
      .slice(0, 8)
      .map(
        (el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`,
      )
      .concat(`scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
  });
  expect(wide, where).toEqual([]);
}

/** Every control lies within the form, fieldset or section it belongs to (nothing pokes out of its card). */
async function expectControlsInside(page: Page, where: string) {
  const out = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')]
      .filter((el) => el.checkVisibility() && !el.closest('[hidden]'))
      .flatMap((el) => {
        const box = el.parentElement?.closest('form, fieldset, section');
        if (!box) return [];
        const a = el.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return a.width > 1 && (a.left < b.left - 1 || a.right > b.right + 1)
          ? [
              `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}" ${Math.round(a.left)}–${Math.round(a.right)} outside ${Math.round(b.left)}–${Math.round(b.right)}`,
            ]
          : [];
      }),
  );
  expect(out, where).toEqual([]);
}

/** Checks a screen as staff see it now: it fits the width and axe finds nothing. */
async function fits(page: Page, where: string) {
  await expectNoSidewaysScroll(page, where);
  await expectControlsInside(page, where);
  await expectNoAxeViolations(page);
}

/** The form's heading is on the screen, not somewhere below a long list. */
async function inView(page: Page, heading: string) {
  const h = page.getByRole('heading', { name: heading, level: 2 });
  await h.waitFor();
  await expect
    .poll(() =>
      h.evaluate(
        (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight,
      ),
    )
    .toBe(true);
}

/** An editor with a list: choose the last thing in it, see its form, and what a refused save shows. */
const OPEN: Record<string, (page: Page) => Promise<void>> = {
  Personer: async (page) => {
    await page.getByRole('button', { name: 'Sara', exact: true }).tap();
    await inView(page, 'Redigér Sara');
    await page.getByLabel('Fornavn eller kaldenavn').fill('Sara Hansen');
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await page.getByText('Kun ét navn').waitFor();
    await fits(page, 'Personer-form');
  },
  Opgaver: async (page) => {
    await page.getByRole('button', { name: 'Vask gulv i køkkenet', exact: true }).tap();
    await inView(page, 'Redigér Vask gulv i køkkenet');
    await page.getByRole('button', { name: 'Tilføj trin' }).tap();
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await page.getByText('Skriv, hvad trinnet er, eller fjern det.').waitFor();
    await fits(page, 'Opgaver-form');
  },
  Stationer: async (page) => {
    await page.getByRole('button', { name: 'Have', exact: true }).tap();
    await inView(page, 'Redigér Have');
    await page.getByRole('button', { name: 'Slet' }).tap();
    await page.getByRole('button', { name: 'Ja, slet' }).waitFor();
    await fits(page, 'Stationer-form');
    await page.getByRole('button', { name: 'Nej, behold' }).tap();
  },
};

describe('the staff area on a phone', () => {
  it('the board on a phone is one column that scrolls: nothing lies over the buttons or another part, nothing sticks out', async () => {
    board = await launch({ time: at('2026-11-23', '10:00'), viewport: PHONE });
    const { page } = board;
    await openBoard(page);
    await expectNoSidewaysScroll(page, 'board');
    const layout = await page.evaluate(() => {
      const b = document.querySelector<HTMLElement>('[data-board]:not([hidden])')!;
      const problems: string[] = [];
      // The board's parts (header, programme, notice, stations) each have their own place.
      const parts = [...b.children].filter((el) => el.getBoundingClientRect().height > 0);
      for (const [i, a] of parts.entries())
        for (const c of parts.slice(i + 1)) {
          const r = a.getBoundingClientRect();
          const q = c.getBoundingClientRect();
          if (r.bottom > q.top + 1 && q.bottom > r.top + 1 && r.right > q.left + 1 && q.right > r.left + 1)
            problems.push(`${a.tagName} over ${c.tagName}`);
        }
      // A finger on the middle of each header button touches that button.
      for (const button of b.querySelectorAll<HTMLElement>('header button')) {
        button.scrollIntoView({ block: 'center' });
        const r = button.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !button.contains(hit))
          problems.push(`"${button.textContent}" covered by ${hit?.tagName}`);
      }
      // One station under the other, all at the same left edge.
      const stations = [...b.querySelectorAll('section[aria-labelledby^="station-"]')].map((s) =>
        s.getBoundingClientRect(),
      );
      for (const [i, r] of stations.slice(1).entries()) {
        const above = stations[i]!;
        if (r.left !== above.left || r.top < above.bottom) problems.push(`station ${i + 2} beside another`);
      }
      scrollTo(0, 0);
      return {
        problems,
        stations: stations.length,
        scrolls: document.scrollingElement!.scrollHeight > innerHeight,
      };
    });
    expect(layout).toEqual({ problems: [], stations: 5, scrolls: true });
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    await staffPage(page).entry().tap();
    await staffPage(page).chooseTitle().waitFor();
  });

  it('the PIN, every section and every editor fit 390 px without sideways scrolling and pass axe', async () => {
    board = await launch({ time: at('2026-11-23', '10:00'), viewport: PHONE });
    const { page } = board;
    await openBoard(page);
    const s = staffPage(page);
    await s.entry().tap();
    await s.chooseTitle().waitFor();
    await fits(page, 'pin');
    await typePin(page, '2468');
    await page.getByRole('heading', { name: 'Skriv den samme pinkode igen' }).waitFor();
    await typePin(page, '2468');
    await s.recoveryCode().waitFor();
    await fits(page, 'recovery-code');
    await s.recoveryDone().tap();
    await s.lock().waitFor();

    // On a phone the sections fold away behind one button that names the open one. Every section
    // there is, also those added later, is opened in turn.
    const menu = page.getByRole('button', { name: /^Afsnit: / });
    await menu.tap();
    const sections = (
      await page.getByRole('navigation', { name: 'Afsnit' }).getByRole('button').allTextContents()
    ).map((name) => name.trim());
    expect(sections.length).toBeGreaterThanOrEqual(13);
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await fits(page, 'menu');
    await menu.tap();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    for (const name of sections) {
      await menu.tap();
      await s.section(name).tap();
      await expect.poll(() => menu.textContent()).toBe(`Afsnit: ${name}`);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await page.getByRole('main', { name }).getByRole('heading').first().waitFor();
      await fits(page, name);
      const open = OPEN[name];
      if (open) await open(page);
    }
  });
});
