// "Min dag": a tap on your own face on the board opens your day, large; back to the board by itself.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Override, Person, ShiftTemplate, Station, Task, TaskDay } from '../../src/domain/types';
import { possessive } from '../../src/i18n';
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

/**
 * The demo's day as the test finds it: the task given to someone today (announced as a change), that
 * person, and the station they are on. Read from the data, so a different demo day still holds.
 */
async function givenToday(page: Page) {
  const given = (await readAll<TaskDay>(page, 'taskDays')).find(
    (d) => d.day === DAY && d.owner.kind === 'person' && d.moved,
  )!;
  const people = await readAll<Person>(page, 'people');
  const person = people.find((p) => given.owner.kind === 'person' && p.id === given.owner.id)!;
  const task = (await readAll<Task>(page, 'tasks')).find((t) => t.id === given.taskId)!;
  let station: Station | undefined;
  for (const st of await readAll<Station>(page, 'stations'))
    if ((await page.getByRole('region', { name: st.name }).locator(`[data-face="${person.id}"]`).count()) > 0)
      station = st;
  const title = `${possessive(person.name, 'da')} dag`;
  const other = people.find((p) => p.active && p.id !== person.id)!;
  return { given, person, task, station: station!, title, other };
}

describe('Min dag', () => {
  it('a tap on your face in the roster opens your day: shift, station, your Nu, tasks with pictures, what changed, tomorrow', async () => {
    board = await launch({ time: at(DAY, '10:15') });
    const { page } = board;
    await openBoard(page);
    const m = myDay(page);
    const { person, task, station, title } = await givenToday(page);
    await m.rosterFace(person.name).first().tap();
    await m.title(title).waitFor();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/min-dag/${person.id}`);

    const shift = await m.region('Din vagt').innerText();
    expect(shift).toContain(station.name);
    expect(shift).toMatch(/\d\d:\d\d–\d\d:\d\d/);
    expect(await m.region('Nu').innerText()).toMatch(/tilbage|om \d|slutter kl\./);
    expect(await m.region('Anderledes for dig').innerText()).toContain(task.title);

    const tasks = await m.tasks().allInnerTexts();
    expect(tasks[0]).toContain(task.title);
    expect(tasks[0]).toContain('Til dig');
    expect(tasks.some((x) => x.includes(`Kan tages af alle på ${station.name}`))).toBe(true);
    for (const x of tasks) expect(x).toMatch(new RegExp(`Til dig|Kan tages af alle på ${station.name}`));
    // Each with its picture of the finished result.
    await expect.poll(() => m.tasks().locator('img').count()).toBe(tasks.length);
    expect(await m.region('I morgen').innerText()).toMatch(/\d\d:\d\d–\d\d:\d\d|Du har fri/);

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
    await m.title(title).waitFor();
  });

  it("a tap on the face on a card opens that person's day; a task opened there goes back to it", async () => {
    board = await launch({ time: at(DAY, '10:15'), viewport: VIEWPORTS.portrait });
    const { page } = board;
    await openBoard(page);
    const m = myDay(page);
    const { task, title } = await givenToday(page);
    await boardPage(page).taskCard(task.title).locator('[data-face]').tap();
    await m.title(title).waitFor();

    await m.tasks().filter({ hasText: task.title }).tap();
    await taskPage(page).title().filter({ hasText: task.title }).waitFor();
    const step = taskPage(page).step(task.steps[0]!.text);
    await step.tap();
    await expect.poll(() => step.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Tilbage til min dag' }).tap();
    await m.title(title).waitFor();
    expect(await m.tasks().first().innerText()).toContain(`1 af ${task.steps.length} trin`);

    // A tap elsewhere on the card still opens the task.
    await page.getByRole('button', { name: 'Tilbage til tavlen' }).tap();
    await boardPage(page).taskCard(task.title).getByText(task.title).tap();
    await taskPage(page).back().waitFor();
  });

  it('goes back to the board after the idle time, like the other public screens', async () => {
    board = await launch({ time: at(DAY, '10:15') });
    const { page } = board;
    await openBoard(page);
    const m = myDay(page);
    const { person, title } = await givenToday(page);
    await m.rosterFace(person.name).first().tap();
    await m.title(title).waitFor();
    await page.clock.runFor(30_000);
    expect(await m.title(title).isVisible()).toBe(true);
    await page.clock.runFor(31_000);
    await boardPage(page).date().waitFor();
    expect(await m.title(title).count()).toBe(0);
  });

  it('says who teaches you today, and for the one replaced today: no shift, why, and the next one', async () => {
    board = await launch({ time: at(DAY, '10:15'), viewport: VIEWPORTS.tablet });
    const { page } = board;
    await openBoard(page);
    const { given, person, task, title, other } = await givenToday(page);
    await putAll(page, 'taskDays', [{ ...given, teacherId: other.id }]);
    // Written behind the running board's back: a reload reads it (the page is told of nothing).
    await page.goto(`/#/min-dag/${person.id}`);
    await page.reload();
    const m = myDay(page);
    await m.title(title).waitFor();
    expect(await m.region('Lærer dig i dag').innerText()).toContain(`${other.name}: ${task.title}`);
    expect(await m.tasks().first().innerText()).toContain(`Lær det af ${other.name}`);

    // Someone was replaced on a shift today: the one taken off sees no shift, why, and what is next.
    const replaced = (await readAll<Override>(page, 'overrides')).find(
      (o): o is Extract<Override, { kind: 'shift' }> =>
        o.day === DAY && o.kind === 'shift' && !!o.targetId && !!o.patch.personIds,
    )!;
    const usual = (await readAll<ShiftTemplate>(page, 'shiftTemplates')).find(
      (s) => s.id === replaced.targetId,
    )!;
    const outId = usual.personIds.find((id) => !replaced.patch.personIds!.includes(id))!;
    const out = (await readAll<Person>(page, 'people')).find((p) => p.id === outId)!;
    await page.goto(`/#/min-dag/${out.id}`);
    await m.title(`${possessive(out.name, 'da')} dag`).waitFor();
    expect(await m.region('Din vagt').innerText()).toContain('Du har ikke vagt i dag.');
    expect(await m.region('Anderledes for dig').innerText()).toContain(`afløser ${out.name}`);
    expect(await m.region('Nu').count()).toBe(0);
    expect(await m.region('I morgen').innerText()).toMatch(/\d\d:\d\d–\d\d:\d\d|Næste vagt|Du har fri/);
    await expectNoAxeViolations(page);
  });

  it('reads your day aloud when the device has a Danish voice', async () => {
    board = await launch({ time: at(DAY, '10:15') });
    await stubDanishVoice(board.page);
    const { page } = board;
    await openBoard(page);
    const { person, task, station, title } = await givenToday(page);
    await myDay(page).rosterFace(person.name).first().tap();
    await page.getByRole('button', { name: `Læs op: ${title}` }).tap();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.at(-1));
    expect(spoken).toContain(title);
    expect(spoken).toContain(`Din vagt: ${station.name}`);
    expect(spoken).toContain(task.title);
    expect(spoken).toMatch(/Nu: /);
    await expectNoAxeViolations(page);
  });
});
