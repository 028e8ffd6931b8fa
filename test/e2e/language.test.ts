// One catalogue, two languages: a Danish screen shows no English string and an English screen no
// Danish one. Visible text and accessible names are compared with the other catalogue's values.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Lang, texts } from '../../src/i18n';
import { myDayTexts } from '../../src/i18n/myday';
import { staffTexts } from '../../src/i18n/staffText';
import togetherScreens from '../../src/i18n/togetherScreens';
import { weekTexts } from '../../src/i18n/week';
import { at, type Board, launch, openBoard } from './support/browser';
import { boardPage } from './support/pages';
import { unlockStaff } from './support/staff';
import { putAll, readAll } from './support/together';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

/** Every plain string in a catalogue (functions are covered by the rendered screens). */
function strings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value.trim());
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Strings only the other language has, without the café's own data (task titles are not translated). */
function foreign(lang: Lang, data: Set<string>): string[] {
  const all = (l: Lang) => [texts(l), weekTexts(l), myDayTexts(l)];
  const mine = strings(all(lang));
  const other = strings(all(lang === 'da' ? 'en' : 'da'));
  return [...other].filter((s) => s.length >= 3 && !mine.has(s) && !data.has(s));
}

async function screenText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines = document.body.innerText.split('\n');
    for (const el of document.querySelectorAll('[aria-label], [title], img[alt]'))
      for (const a of ['aria-label', 'title', 'alt']) {
        const v = el.getAttribute(a);
        if (v) lines.push(v);
      }
    return lines.map((l) => l.trim()).filter(Boolean);
  });
}

function offenders(lines: string[], bad: string[], data: Set<string>): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (data.has(line)) continue;
    for (const s of bad) if (line === s || (s.length >= 8 && line.includes(s))) out.push(`${line} ⟵ ${s}`);
  }
  return out;
}

describe('Danish and English', () => {
  it('each public screen speaks only its own language', async () => {
    board = await launch({ time: at('2026-11-23', '08:15') });
    const { page } = board;
    await openBoard(page);
    const data = new Set<string>();
    for (const store of ['tasks', 'blocks', 'stations', 'people', 'shiftTemplates'] as const)
      for (const r of await readAll<Record<string, unknown>>(page, store))
        for (const k of ['title', 'name', 'label'])
          if (typeof r[k] === 'string') data.add((r[k] as string).trim());
    for (const t of await readAll<{ steps: { text: string }[] }>(page, 'tasks'))
      for (const s of t.steps) data.add(s.text);

    const ali = (await readAll<{ id: string; name: string }>(page, 'people')).find((p) => p.name === 'Ali')!;
    // Each screen with its own heading: a new hash alone leaves the old screen up until the new
    // one (loaded on demand) has rendered.
    const screens = (lang: Lang) => {
      const week = weekTexts(lang);
      const ts = togetherScreens[lang];
      const h1 = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
      return [
        ['/', boardPage(page).date()],
        ['/#/godmorgen', h1(ts.checkInTitle).or(h1(ts.checkInLater))],
        ['/#/uge/2026-11-23', h1(week.cafeWeek)],
        [`/#/uge/2026-11-23/${ali.id}`, h1(week.weekFor(ali.name))],
        ['/#/jeg-har-tid', h1(ts.poolTitle)],
        [`/#/min-dag/${ali.id}`, h1(myDayTexts(lang).title(ali.name))],
      ] as const;
    };
    for (const lang of ['da', 'en'] as const) {
      await putAll(page, 'meta', [{ key: 'settings', value: { lang } }]);
      await page.goto('/');
      await page.reload();
      await boardPage(page).date().waitFor();
      await expect
        .poll(() => page.evaluate(() => document.body.innerText))
        .toContain(lang === 'da' ? 'Godmorgen' : 'Good morning');
      // Screen readers and hyphenation follow <html lang>: it names the language shown.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const bad = foreign(lang, data);
      // The check itself can fail: the other language's "back" button would be caught.
      const otherBack = texts(lang === 'da' ? 'en' : 'da').board.back;
      expect(offenders([otherBack], bad, data)).not.toEqual([]);
      for (const [path, heading] of screens(lang)) {
        await page.goto(path);
        await heading.waitFor();
        expect(offenders(await screenText(page), bad, data), `${lang} ${path}`).toEqual([]);
      }
      // A task, and a greeting after tapping a face.
      await page.goto('/');
      await page.locator('[data-task]').first().tap();
      // Only the task view has this button; its heading comes with it.
      await page.getByRole('button', { name: texts(lang).board.back }).waitFor();
      expect(offenders(await screenText(page), bad, data), `${lang} task`).toEqual([]);
      await page.goto('/#/godmorgen');
      await page.getByRole('button', { name: /^Ali( |$)/ }).tap();
      await page
        .getByRole('heading', { name: lang === 'da' ? 'Godmorgen, Ali!' : 'Good morning, Ali!' })
        .waitFor();
      expect(offenders(await screenText(page), bad, data), `${lang} greeting`).toEqual([]);
    }
  });

  it('the staff sections for the shared morning speak only the chosen language', async () => {
    board = await launch({ time: at('2026-11-23', '08:15') });
    const { page } = board;
    await openBoard(page);
    const data = new Set<string>();
    for (const store of ['tasks', 'people', 'stations'] as const)
      for (const r of await readAll<Record<string, unknown>>(page, store))
        for (const k of ['title', 'name']) if (typeof r[k] === 'string') data.add((r[k] as string).trim());
    await unlockStaff(page);
    for (const lang of ['da', 'en'] as const) {
      // Switched the way staff do it, in the language section.
      await page.goto('/#/personale/sprog');
      await page.getByRole('button', { name: lang === 'da' ? 'Dansk' : 'English' }).tap();
      await page
        .getByRole('heading', { name: lang === 'da' ? 'Sprog på tavlen' : 'Language on the board' })
        .waitFor();
      // Switching in the staff area changes <html lang> at once, without a reload.
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const bad = foreign(lang, data);
      const st = staffTexts(lang).togetherStaff;
      const sections = {
        morgen: st.morningTitle,
        klippekort: st.growthTitle,
        faerdigheder: st.skillsTitle,
        sprog: st.settingsTitle,
      };
      for (const [id, title] of Object.entries(sections)) {
        await page.goto(`/#/personale/${id}`);
        // This section's own panel, not the one before it still on screen.
        await page.getByRole('main', { name: title, exact: true }).locator('h2').first().waitFor();
        // Only this room's own panels: the shell and other rooms' sections have their own tests.
        const lines = await page.evaluate(() => {
          const main = document.querySelector('main[aria-label]') as HTMLElement;
          const out = main.innerText.split('\n');
          for (const el of main.querySelectorAll('[aria-label]'))
            out.push(el.getAttribute('aria-label') ?? '');
          return out.map((l) => l.trim()).filter(Boolean);
        });
        expect(offenders(lines, bad, data), `${lang} ${id}`).toEqual([]);
      }
    }
  });
});
