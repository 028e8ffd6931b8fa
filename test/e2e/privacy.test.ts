// Nothing private on the wall: a café full of surnames, staff notes, goals, energy answers, help
// requests and reasons for being away, and every public screen scanned, both its DOM and its
// accessibility tree.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckIn, HelpRequest, Person, Task } from '../../src/domain/types';
import { at, type Board, launch, openBoard } from './support/browser';
import { boardPage, taskPage } from './support/pages';
import { putAll, readAll, togetherPage } from './support/together';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const DAY = '2026-11-23';
const surname = (i: number) => `Qvistgaard${i}sen`;
const note = (i: number) => `Notat${i}: samtale med sagsbehandler om medicin`;
const goal = (i: number, k: number) => `Hemmeligt mål ${k} for nr ${i}`;
const REASONS = ['ill', 'holiday', 'course'] as const;
/** Why someone is away, in words of either language (data URLs left out: base64 holds any letters). */
const reasonsIn = (seen: string) =>
  seen.replace(/data:\S+/g, '').match(/\b(ill|syg|holiday|ferie|course|kursus)\b/gi) ?? [];

/** Everything a screen shows or tells a screen reader: text, attributes and the AX tree. */
async function everythingOn(page: Page): Promise<string> {
  const dom = await page.evaluate(() => {
    const parts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('*'))
      for (const a of el.attributes) if (a.name !== 'class' && a.name !== 'style') parts.push(a.value);
    return parts.join('\n');
  });
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value?: unknown }; description?: { value?: unknown }; value?: { value?: unknown } }[];
  };
  await cdp.detach();
  const ax = nodes.flatMap((n) => [n.name?.value, n.description?.value, n.value?.value]).filter(Boolean);
  return `${dom}\n${ax.join('\n')}`;
}

describe('privacy on the public board', () => {
  it('no surname, note, goal, energy answer or help request detail on any public screen', async () => {
    board = await launch({ time: at(DAY, '10:00') });
    const { page } = board;
    await openBoard(page);
    const people = await readAll<Person>(page, 'people');
    const tasks = await readAll<Task>(page, 'tasks');
    const shown = people[0]!;
    await putAll(
      page,
      'people',
      people.map((p, i) => ({
        ...p,
        note: `${p.name} ${surname(i)}. ${note(i)}`,
        goals: [goal(i, 1), goal(i, 2), goal(i, 3)],
        // One person's goals are switched on by staff, so this scan is shown to be able to fail.
        showGoals: p.id === shown.id,
        // Away today, for a reason that is staff's to know.
        away: [{ id: `away-${i}`, from: DAY, to: DAY, reason: REASONS[i % REASONS.length]! }],
      })),
    );
    await putAll(
      page,
      'checkIns',
      people.map<CheckIn>((p, i) => ({
        id: `${DAY}/${p.id}`,
        updatedAt: 1,
        day: DAY,
        personId: p.id,
        at: at(DAY, '08:10'),
        energy: (i % 5) + 1,
      })),
    );
    await putAll(
      page,
      'helpRequests',
      people.slice(0, 3).map<HelpRequest>((p, i) => ({
        id: `h${i}`,
        updatedAt: 1,
        day: DAY,
        taskId: tasks[i]!.id,
        personId: p.id,
        at: at(DAY, '09:30'),
        handledAt: null,
      })),
    );
    const forbidden = people.flatMap((p, i) => [
      surname(i),
      note(i),
      ...(p.id === shown.id ? [] : [goal(i, 1), goal(i, 2), goal(i, 3)]),
    ]);
    // Staff-side words for energy and help never reach the wall.
    forbidden.push('Energi i dag', 'bad om hjælp', 'Hjælp ønsket');

    const screens: [string, () => Promise<void>][] = [
      ['board', async () => openBoard(page)],
      [
        'task',
        async () => {
          await boardPage(page).taskCard('Skyl og snit salat').tap();
          await taskPage(page).title().waitFor();
        },
      ],
      [
        'help: who',
        async () => {
          await page.getByRole('button', { name: 'Jeg har brug for hjælp' }).tap();
          await page.getByRole('heading', { name: /Hvem har brug for hjælp/ }).waitFor();
        },
      ],
      [
        'check-in',
        async () => {
          await page.goto('/#/godmorgen');
          await page.getByRole('heading', { name: /Tryk på dig selv/ }).waitFor();
        },
      ],
      [
        'week',
        async () => {
          await page.goto('/#/uge/2026-11-23');
          await page.getByRole('heading', { name: 'Caféens ugeskema' }).waitFor();
        },
      ],
      [
        'week: one person',
        async () => {
          await page.goto(`/#/uge/2026-11-23/${people[1]!.id}`);
          await page.getByRole('heading', { name: `Ugeskema for ${people[1]!.name}` }).waitFor();
        },
      ],
      [
        'pool',
        async () => {
          await page.goto('/#/jeg-har-tid');
          await page.getByRole('heading', { name: /Jeg har tid/ }).waitFor();
        },
      ],
      [
        'pool: who',
        async () => {
          await page.locator('[data-pool-task]').first().tap();
          await page.getByRole('heading', { name: /Hvem tager/ }).waitFor();
        },
      ],
    ];
    await page.reload();
    for (const [name, open] of screens) {
      await open();
      const seen = await everythingOn(page);
      expect(
        forbidden.filter((f) => seen.includes(f)),
        name,
      ).toEqual([]);
      expect(reasonsIn(seen), name).toEqual([]);
      // No energy picture anywhere but on the question itself.
      expect(await page.locator('img[src*="energy-"]').count(), name).toBe(0);
    }

    // Each person's own day (Min dag): nothing private at all, not even goals staff showed at check-in,
    // nor a help request (the first three asked for help today).
    const allGoals = people.flatMap((_, i) => [goal(i, 1), goal(i, 2), goal(i, 3)]);
    for (const person of [shown, ...people.slice(0, 4)]) {
      await page.goto(`/#/min-dag/${person.id}`);
      await page.getByRole('heading', { level: 1, name: new RegExp(`^${person.name}'?s? dag$`) }).waitFor();
      const seen = await everythingOn(page);
      expect(
        [...forbidden, ...allGoals, 'Markeret', 'Jeg har brug for hjælp'].filter((f) => seen.includes(f)),
        `Min dag ${person.name}`,
      ).toEqual([]);
      expect(reasonsIn(seen), person.name).toEqual([]);
      expect(await page.locator('img[src*="energy-"]').count(), person.name).toBe(0);
      // The board lies hidden under someone's day, with the wall's own quiet markers: not counted.
      const onTheDay = page.locator('[data-help-marker]:not([data-board][hidden] *)');
      expect(await onTheDay.count(), person.name).toBe(0);
    }

    // Each person's greeting: the energy question, never their stored answer; goals only if switched on.
    await page.goto('/#/godmorgen');
    for (const person of people.slice(0, 4)) {
      await togetherPage(page).face(person.name).tap();
      await page.getByRole('heading', { name: `Godmorgen, ${person.name}!` }).waitFor();
      const seen = await everythingOn(page);
      expect(
        forbidden.filter((f) => seen.includes(f)),
        person.name,
      ).toEqual([]);
      expect(reasonsIn(seen), person.name).toEqual([]);
      expect(await page.locator('[aria-pressed="true"]').count(), person.name).toBe(0);
      const i = people.indexOf(person);
      expect(seen.includes(goal(i, 1)), person.name).toBe(person.id === shown.id);
      await page.getByRole('button', { name: 'Færdig' }).tap();
    }
  });
});
