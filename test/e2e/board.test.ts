import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard, VIEWPORTS } from './support/browser';
import { boardPage, taskPage } from './support/pages';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

describe('the today board', () => {
  it("a fresh profile shows the demo café's day: date, clock, now, roster and tasks", async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    await openBoard(page);
    const b = boardPage(page);
    await expect.poll(() => b.date().textContent()).toBe('Mandag 23. november');
    // The clock runs from 10:00: on a slow machine the next minute may have begun.
    expect(await b.clock().textContent()).toMatch(/^10:0[01]$/);
    const now = page.getByRole('region', { name: 'Nu' });
    await expect.poll(() => now.getByText('Caféen er åben').isVisible()).toBe(true);
    expect(await now.getByText(/^(2 t|1 t 59 min) tilbage$/).isVisible()).toBe(true);
    expect(await now.getByText('12:00 Frokost').isVisible()).toBe(true);
    for (const name of ['Bar', 'Køkken', 'Opvask', 'Kasse', 'Have']) {
      expect(await b.station(name).isVisible(), name).toBe(true);
    }
    await expect.poll(() => b.taskCards().count()).toBeGreaterThanOrEqual(18);
    expect(await b.station('Bar').getByText('Formiddag').isVisible()).toBe(true);
    // The demo's change for today is announced in plain Danish.
    expect(
      await b
        .changes()
        .getByText(/afløser/)
        .isVisible(),
    ).toBe(true);
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
  });

  it('a step ticked by touch survives a reload and a browser restart', async () => {
    board = await launch({ time: at('2026-11-23', '09:30') });
    let { page } = board;
    await openBoard(page);
    await boardPage(page).taskCard('Lav en caffe latte').tap();
    const task = taskPage(page);
    await expect.poll(() => task.title().textContent()).toBe('Lav en caffe latte');
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    await task.step('Mal kaffen').tap();
    await expect.poll(() => task.step('Mal kaffen').isChecked()).toBe(true);
    await boardPage(page).saved().waitFor();

    await page.reload();
    await expect.poll(() => taskPage(page).step('Mal kaffen').isChecked()).toBe(true);
    expect(await taskPage(page).step('Skum mælken til 60 grader').isChecked()).toBe(false);

    board = await board.restart();
    page = board.page;
    await openBoard(page);
    await expect
      .poll(() => boardPage(page).taskCard('Lav en caffe latte').textContent())
      .toContain('1 af 4 trin');
    await boardPage(page).taskCard('Lav en caffe latte').tap();
    await expect.poll(() => taskPage(page).step('Mal kaffen').isChecked()).toBe(true);
    await taskPage(page).back().tap();
    await boardPage(page).date().waitFor();
  });

  it('rolls over to the new day by 00:01 without a reload', async () => {
    board = await launch({ time: at('2026-11-23', '23:59') + 30_000 });
    const { page } = board;
    await openBoard(page);
    const b = boardPage(page);
    expect(await b.date().textContent()).toBe('Mandag 23. november');
    // After closing the board already shows tomorrow's plan, clearly labelled.
    expect(await page.getByText('I morgen', { exact: true }).first().isVisible()).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    await page.clock.runFor(90_000);
    await expect.poll(() => b.date().textContent()).toBe('Tirsdag 24. november');
    // 90 s after 23:59:30 plus however long the start took on a running clock.
    expect(await b.clock().textContent()).toMatch(/^00:0[12]$/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await page.locator('[data-day]').getAttribute('data-day')).toBe('2026-11-24');
  });

  it('on a closed Sunday says so plainly and shows the next opening day', async () => {
    board = await launch({ time: at('2026-11-29', '11:00'), viewport: VIEWPORTS.portrait });
    const { page } = board;
    await openBoard(page);
    await expect.poll(() => page.getByText('Caféen er lukket i dag').isVisible()).toBe(true);
    expect(await page.getByText('Vi ses igen i morgen').isVisible()).toBe(true);
    expect(await page.locator('[data-day]').getAttribute('data-day')).toBe('2026-11-30');
    await expectNoAxeViolations(page);
  });
});
