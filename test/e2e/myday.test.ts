// "Min dag": a tap on your own face on the board opens your day, large; back to the board by itself.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Person, Task, TaskDay } from '../../src/domain/types';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard, VIEWPORTS } from './support/browser';
import { boardPage, taskPage } from './support/pages';
import { putAll, readAll, stubDanishVoice } from './support/together';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const DAY = '2026-11-23';

const myDay = (page: Page) => ({
  title: (name: string) => page.getByRole('heading', { level: 1, name }),
  region: (name: string | RegExp) => page.getByRole('main').getByRole('region', { name }),
  /** A face on the shown board's roster (its name, maybe followed by "Tjekket ind"). */
  rosterFace: (name: string) =>
    page.locator('[data-board]:not([hidden])').getByRole('button', { name: new RegExp(`^${name}( |$)`) }),
  tasks: () => page.getByRole('main').locator('[data-task]'),
});

describe('Min dag', () => {
  it('a tap on your face in the roster opens your day: shift, station, your Nu, tasks with pictures, what changed, tomorrow', async () => {
    board = await launch({ time: at(DAY, '10:15') });
    const { page } = board;
    await openBoard(page);
    const m = myDay(page);
    await m.rosterFace('Ali').tap();
    await m.title('Alis dag').waitFor();
    const people = await readAll<Person>(page, 'people');
    const ali = people.find((p) => p.name === 'Ali')!;
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/min-dag/${ali.id}`);

    expect(await m.region('Din vagt').innerText()).toMatch(/Bar · Formiddag\s+08:30–12:00/);
    const now = await m.region('Nu').innerText();
    expect(now).toContain('Caféen er åben');
    expect(now).toContain('1 t 45 min tilbage');
    // Lunch is after his shift: what comes next for him is the end of it.
    expect(now).toContain('Din vagt slutter kl. 12:00');
    expect(await m.region('Anderledes for dig').innerText()).toContain(
      'Fyld kagemontren: Ali laver den i dag',
    );
    // The kitchen's substitute is not about Ali.
    expect(await page.getByRole('main').innerText()).not.toContain('afløser');

    const tasks = await m.tasks().allInnerTexts();
    expect(tasks[0]).toContain('Fyld kagemontren');
    expect(tasks[0]).toContain('Til dig');
    expect(tasks.length).toBeGreaterThan(1);
    for (const other of tasks.slice(1)) expect(other).toContain('Kan tages af alle på Bar');
    // Each with its picture of the finished result.
    await expect.poll(() => m.tasks().locator('img').count()).toBe(tasks.length);
    expect(await m.region(/^I morgen|^Tirsdag/).innerText()).toMatch(/\d\d:\d\d–\d\d:\d\d|Du har fri/);

    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      await expectNoAxeViolations(page);
      await expectTouchTargets(page, 64);
      // The first task is on screen at every size, without scrolling.
      const box = (await m.tasks().first().boundingBox())!;
      expect(box.y + box.height, size).toBeLessThanOrEqual(viewport.height);
    }

    // A reload keeps the place.
    await page.reload();
    await m.title('Alis dag').waitFor();
  });

  it("a tap on the face on a card opens that person's day; a task opened there goes back to it", async () => {
    board = await launch({ time: at(DAY, '10:15'), viewport: VIEWPORTS.portrait });
    const { page } = board;
    await openBoard(page);
    const m = myDay(page);
    await boardPage(page).taskCard('Fyld kagemontren').locator('[data-face]').tap();
    await m.title('Alis dag').waitFor();

    await m.tasks().filter({ hasText: 'Fyld kagemontren' }).tap();
    await taskPage(page).title().filter({ hasText: 'Fyld kagemontren' }).waitFor();
    await taskPage(page).step('Tør hylderne af').tap();
    await expect.poll(() => taskPage(page).step('Tør hylderne af').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Tilbage til min dag' }).tap();
    await m.title('Alis dag').waitFor();
    expect(await m.tasks().first().innerText()).toContain('1 af 3 trin');

    // A tap elsewhere on the card still opens the task.
    await page.getByRole('button', { name: 'Tilbage til tavlen' }).tap();
    await boardPage(page).taskCard('Fyld kagemontren').getByText('Fyld kagemontren').tap();
    await taskPage(page).back().waitFor();
  });

  it('goes back to the board after the idle time, like the other public screens', async () => {
    board = await launch({ time: at(DAY, '10:15') });
    const { page } = board;
    await openBoard(page);
    const m = myDay(page);
    await m.rosterFace('Sara').tap();
    await m.title('Saras dag').waitFor();
    await page.clock.runFor(30_000);
    expect(await m.title('Saras dag').isVisible()).toBe(true);
    await page.clock.runFor(31_000);
    await boardPage(page).date().waitFor();
    expect(await m.title('Saras dag').count()).toBe(0);
  });

  it('says who teaches you today, and for the one replaced today: no shift, why, and the next one', async () => {
    board = await launch({ time: at(DAY, '10:15'), viewport: VIEWPORTS.tablet });
    const { page } = board;
    await openBoard(page);
    const people = await readAll<Person>(page, 'people');
    const tasks = await readAll<Task>(page, 'tasks');
    const id = (name: string) => people.find((p) => p.name === name)!.id;
    const cake = tasks.find((t) => t.title === 'Fyld kagemontren')!;
    const moved = (await readAll<TaskDay>(page, 'taskDays')).find((d) => d.id === `${DAY}/${cake.id}`)!;
    await putAll(page, 'taskDays', [{ ...moved, teacherId: id('Sara') }]);
    await page.goto(`/#/min-dag/${id('Ali')}`);
    const m = myDay(page);
    await m.title('Alis dag').waitFor();
    expect(await m.region('Lærer dig i dag').innerText()).toContain('Sara: Fyld kagemontren');
    expect(await m.tasks().first().innerText()).toContain('Lær det af Sara');

    // Fatima was replaced in the kitchen today.
    await page.goto(`/#/min-dag/${id('Fatima')}`);
    await m.title('Fatimas dag').waitFor();
    expect(await m.region('Din vagt').innerText()).toContain('Du har ikke vagt i dag.');
    expect(await m.region('Anderledes for dig').innerText()).toContain('Køkken: Ida afløser Fatima');
    expect(await m.region('Nu').count()).toBe(0);
    expect(await m.region('I morgen').innerText()).toMatch(/\d\d:\d\d–\d\d:\d\d|Næste vagt/);
    await expectNoAxeViolations(page);
  });

  it('reads your day aloud when the device has a Danish voice', async () => {
    board = await launch({ time: at(DAY, '10:15') });
    await stubDanishVoice(board.page);
    const { page } = board;
    await openBoard(page);
    await myDay(page).rosterFace('Ali').tap();
    await page.getByRole('button', { name: 'Læs op: Alis dag' }).tap();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.at(-1));
    expect(spoken).toContain('Alis dag');
    expect(spoken).toContain('Din vagt: Bar · Formiddag 08:30–12:00');
    expect(spoken).toContain('Fyld kagemontren');
    expect(spoken).toContain('Nu: Caféen er åben');
    await expectNoAxeViolations(page);
  });
});
