import { afterEach, describe, expect, it } from 'vitest';
import type { CheckIn, TaskDay } from '../../src/domain/types';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard, VIEWPORTS } from './support/browser';
import { boardPage, taskPage } from './support/pages';
import { putAll, readAll, stubDanishVoice, togetherPage } from './support/together';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

describe('together at the board', () => {
  it('morning check-in: tap your face, "Godmorgen, Mads!", an optional private energy answer', async () => {
    board = await launch({ time: at('2026-11-23', '08:15') });
    const { page } = board;
    await openBoard(page);
    const t = togetherPage(page);
    await t.checkInButton().tap();
    await page.getByRole('heading', { name: 'Godmorgen! Tryk på dig selv' }).waitFor();
    // The demo's day is under way: two people have checked in already.
    expect(await page.getByText('2 af 9 er tjekket ind').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await expectTouchTargets(page, 64);

    await t.face('Mads').tap();
    await page.getByRole('heading', { name: 'Godmorgen, Mads!' }).waitFor();
    const little = page.getByRole('button', { name: 'Lidt energi', exact: true });
    await little.tap();
    await expect.poll(() => little.getAttribute('aria-pressed')).toBe('true');
    await boardPage(page).saved().waitFor();
    expect(await page.getByRole('region', { name: 'Dit klippekort' }).textContent()).toContain('1 klip');
    await expectNoAxeViolations(page);
    await expectTouchTargets(page, 64);
    await page.getByRole('button', { name: 'Færdig' }).tap();
    await expect.poll(() => page.getByText('3 af 9 er tjekket ind').isVisible()).toBe(true);
    expect(await t.face('Mads').textContent()).toContain('Tjekket ind');

    const stored = await readAll<CheckIn>(page, 'checkIns');
    expect(stored).toHaveLength(3);
    expect(stored.filter((c) => c.energy !== null)).toMatchObject([{ day: '2026-11-23', energy: 2 }]);

    // After a reload the check-in is still there, but the next person at the wall never sees Mads' answer.
    await page.reload();
    await t.face('Mads').waitFor();
    await expect.poll(() => t.face('Mads').textContent()).toContain('Tjekket ind');
    await t.face('Mads').tap();
    await page.getByRole('heading', { name: 'Godmorgen, Mads!' }).waitFor();
    expect(await page.locator('[aria-pressed="true"]').count()).toBe(0);
  });

  it('outside the window the button still reaches the check-in, without the morning highlight', async () => {
    board = await launch({ time: at('2026-11-23', '11:00'), viewport: VIEWPORTS.portrait });
    const { page } = board;
    await openBoard(page);
    await togetherPage(page).checkInButton().tap();
    await page.getByRole('heading', { name: 'Tryk på dig selv, når du er kommet' }).waitFor();
    await page.getByRole('button', { name: 'Ikke på listen? Vis alle' }).tap();
    await expect.poll(() => page.locator('[data-person]').count()).toBe(11);
  });

  it('week plan for the café and one person, tomorrow one tap away, each printing on one A4 page', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    await openBoard(page);
    const t = togetherPage(page);
    await t.weekButton().tap();
    await page.getByRole('heading', { name: 'Caféens ugeskema' }).waitFor();
    expect(await page.getByText('Uge 48').isVisible()).toBe(true);
    // No printer is set up for this board: the wall shows no print button (staff have one).
    expect(await page.getByRole('button', { name: 'Udskriv' }).count()).toBe(0);
    expect(await page.locator('[data-week-day]').count()).toBe(7);
    const sunday = t.day(/^Søndag/);
    expect(await sunday.textContent()).toContain('Lukket');
    const tuesday = t.day(/^Tirsdag/);
    expect(await tuesday.textContent()).toContain('I morgen');
    expect(await tuesday.textContent()).toContain('Køkken');
    await expectNoAxeViolations(page);
    await expectTouchTargets(page, 64);
    expect(await pdfPages(await page.pdf({ format: 'A4', landscape: true, printBackground: true }))).toBe(1);

    await page.getByRole('button', { name: /^Ali$/ }).tap();
    await page.getByRole('heading', { name: 'Ugeskema for Ali' }).waitFor();
    expect(await page.locator('[data-week-day]').filter({ hasText: 'Fri' }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    expect(await pdfPages(await page.pdf({ format: 'A4', landscape: true, printBackground: true }))).toBe(1);
    // Paper shows no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: null });

    // Everyone at once: one A4 page per person (eleven in the demo café).
    await page.getByRole('button', { name: 'Alle, hver for sig' }).tap();
    await expect.poll(() => page.getByRole('region', { name: /^Ugeskema for / }).count()).toBe(11);
    expect(await pdfPages(await page.pdf({ format: 'A4', landscape: true, printBackground: true }))).toBe(11);

    // From a Sunday, tomorrow is in the next week: one tap.
    await page.goto('/#/uge/2026-11-29');
    await page.getByRole('button', { name: 'I morgen' }).tap();
    await expect
      .poll(() => page.locator('[data-week-day]').first().getAttribute('data-week-day'))
      .toBe('2026-11-23');
  });

  it('pool: tap a task, then your face; it moves to your list on the board', async () => {
    board = await launch({ time: at('2026-11-23', '10:00'), viewport: VIEWPORTS.tablet });
    const { page } = board;
    await openBoard(page);
    const t = togetherPage(page);
    await t.poolButton().tap();
    await page.getByRole('heading', { name: 'Jeg har tid: hvad kan jeg lave?' }).waitFor();
    await expectNoAxeViolations(page);
    await expectTouchTargets(page, 64);
    const napkins = page.locator('[data-pool-task]').filter({ hasText: 'Fold servietter' });
    expect(await napkins.textContent()).toContain('15 min');
    await napkins.tap();
    await page.getByRole('heading', { name: /Hvem tager «Fold servietter»/ }).waitFor();
    await expectNoAxeViolations(page);
    await t.face('Sara').tap();
    await page.getByRole('status').filter({ hasText: '«Fold servietter» er nu på Saras liste.' }).waitFor();
    expect(await page.locator('[data-pool-task]').filter({ hasText: 'Fold servietter' }).count()).toBe(0);
    await t.back().tap();
    const card = boardPage(page).taskCard('Fold servietter');
    await expect.poll(() => card.textContent()).toContain('Sara');
    const stored = await readAll<TaskDay>(page, 'taskDays');
    expect(
      stored.find((d) => d.owner.kind === 'person' && d.taskId && d.id.startsWith('2026-11-23')),
    ).toBeTruthy();
  });

  it('ask for help: the wall shows only a discreet marker; the request is stored for staff', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    await openBoard(page);
    await boardPage(page).taskCard('Skyl og snit salat').tap();
    await taskPage(page).title().waitFor();
    await page.getByRole('button', { name: 'Jeg har brug for hjælp' }).tap();
    await page.getByRole('heading', { name: 'Hvem har brug for hjælp? Tryk på dig selv' }).waitFor();
    await expectNoAxeViolations(page);
    await togetherPage(page).face('Ida').tap();
    await page.getByRole('status').filter({ hasText: 'Personalet ved det nu' }).waitFor();
    await taskPage(page).back().tap();
    const card = boardPage(page).taskCard('Skyl og snit salat');
    await expect.poll(() => card.locator('[data-help-marker]').count()).toBe(1);
    expect(await card.textContent()).not.toContain('Ida');
    expect(await card.textContent()).not.toContain('hjælp');
    const requests = await readAll<{ personId: string; handledAt: null }>(page, 'helpRequests');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.handledAt).toBeNull();
  });

  it('a learner sees who teaches the task: "Lær det af Ali" on the card and the task', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    await openBoard(page);
    const people = await readAll<{ id: string; name: string }>(page, 'people');
    const tasks = await readAll<{ id: string; title: string; order: string }>(page, 'tasks');
    const ali = people.find((p) => p.name === 'Ali')!;
    const salad = tasks.find((x) => x.title === 'Skyl og snit salat')!;
    const days = await readAll<TaskDay>(page, 'taskDays');
    const existing = days.find((d) => d.id === `2026-11-23/${salad.id}`);
    const state: TaskDay = existing ?? {
      id: `2026-11-23/${salad.id}`,
      updatedAt: 1,
      day: '2026-11-23',
      taskId: salad.id,
      owner: {
        kind: 'station',
        id: (tasks.find((x) => x.id === salad.id) as unknown as { stationId: string }).stationId,
      },
      order: salad.order,
      stepsDone: [],
      done: false,
      doneBy: null,
      teacherId: null,
      moved: false,
      removed: false,
    };
    await putAll(page, 'taskDays', [{ ...state, teacherId: ali.id }]);
    await page.reload();
    const card = boardPage(page).taskCard('Skyl og snit salat');
    await expect.poll(() => card.textContent()).toContain('Lær det af Ali');
    await card.tap();
    // In the opened task (the board stays mounted, hidden, underneath it).
    await page.getByRole('main').getByText('Lær det af Ali').waitFor();
  });

  it('read aloud: a speaker on tasks, steps, Now and the change notice, only with a Danish voice', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    let { page } = board;
    await openBoard(page);
    expect(await page.getByRole('button', { name: /^Læs op/ }).count()).toBe(0);

    board = await board.restart();
    page = board.page;
    await stubDanishVoice(page);
    await openBoard(page);
    await page.getByRole('button', { name: 'Læs op: Nu' }).tap();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.at(-1)))
      .toContain('Nu: Caféen er åben');
    await page.getByRole('button', { name: 'Læs op: I dag er anderledes' }).tap();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.at(-1)))
      .toContain('afløser');
    await expectNoAxeViolations(page);
    await boardPage(page).taskCard('Lav en caffe latte').tap();
    await page.getByRole('button', { name: 'Læs op: Lav en caffe latte' }).tap();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.at(-1)))
      .toContain('Trin 1: Mal kaffen');
    await page.getByRole('button', { name: 'Læs op: Mal kaffen' }).tap();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.at(-1)))
      .toBe('Mal kaffen');
    // Reading a step aloud does not tick it.
    expect(await taskPage(page).step('Mal kaffen').isChecked()).toBe(false);
    await expectNoAxeViolations(page);
    await expectTouchTargets(page, 64);
  });
});

/** Pages in a PDF: count the page objects (not the /Pages tree node). */
async function pdfPages(pdf: Buffer): Promise<number> {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
