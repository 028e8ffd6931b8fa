// How long the days are kept: staff choose a shorter window, are asked first in the page, and the
// old check-ins leave the database while the person's punch card keeps every punch.
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckIn, Person } from '../../src/domain/types';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard } from './support/browser';
import { staffPage, unlockStaff } from './support/staff';
import { putAll, readAll } from './support/together';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const DAY = '2026-11-23';
/** 6 months before Monday 23 November 2026. */
const FIRST_KEPT = '2026-05-23';

describe('staff: how long the days are kept', () => {
  it('choose 6 months, confirm: old check-ins are deleted and the punch card shows the same total', async () => {
    board = await launch({ time: at(DAY, '10:00') });
    const { page } = board;
    await openBoard(page);
    const ali = (await readAll<Person>(page, 'people')).find((p) => p.name === 'Ali')!;
    const days = ['2026-02-02', '2026-04-14', '2026-05-22', FIRST_KEPT, '2026-09-01'];
    await putAll(
      page,
      'checkIns',
      days.map(
        (day): CheckIn => ({ id: `${day}/${ali.id}`, updatedAt: 1, day, personId: ali.id, at: 1, energy: 2 }),
      ),
    );
    await page.reload();
    await unlockStaff(page);
    const s = staffPage(page);
    const card = page.getByRole('region', { name: 'Alis klippekort' });
    const aliCard = async () => {
      await s.section('Klippekort og mål').tap();
      await page.getByRole('button', { name: 'Ali', exact: true }).tap();
      await card.getByText(/^\d+ klip$/).waitFor();
    };
    // Five old days, and the demo's own day under way: Ali checked in and did a task today.
    await aliCard();
    await card.getByText('7 klip', { exact: true }).waitFor();

    await s.section('Lager').tap();
    const keep = page.getByRole('region', { name: 'Dagenes oplysninger gemmes i' });
    expect(await keep.getByRole('button', { name: '12 måneder' }).getAttribute('aria-pressed')).toBe('true');

    // "Nej" leaves everything as it was.
    await keep.getByRole('button', { name: '3 måneder' }).tap();
    await keep.getByText('Det sletter oplysninger fra før søndag 23. august 2026.').waitFor();
    await keep.getByRole('button', { name: 'Nej', exact: true }).tap();
    await keep.getByText(/Det sletter/).waitFor({ state: 'detached' });
    const old = async () => (await readAll<CheckIn>(page, 'checkIns')).filter((c) => days.includes(c.day));
    expect(await old()).toHaveLength(days.length);

    await keep.getByRole('button', { name: '6 måneder' }).tap();
    await keep.getByText('Det sletter oplysninger fra før lørdag 23. maj 2026.').waitFor();
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    await keep.getByRole('button', { name: 'Ja, slet dem' }).tap();
    await keep.getByText('Gemt. 3 gamle oplysninger er slettet.').waitFor();
    expect(await keep.getByRole('button', { name: '6 måneder' }).getAttribute('aria-pressed')).toBe('true');
    const left = (await old()).map((c) => c.day).sort();
    expect(left).toEqual([FIRST_KEPT, '2026-09-01']);
    expect((await readAll<Person>(page, 'people')).find((p) => p.id === ali.id)?.punchesBefore).toEqual({
      tasks: 0,
      days: 3,
      through: FIRST_KEPT,
    });
    await expectNoAxeViolations(page);

    await aliCard();
    await card.getByText('7 klip', { exact: true }).waitFor();
    // And after a restart, read from the database alone.
    await page.reload();
    await unlockStaff(page);
    await aliCard();
    await card.getByText('7 klip', { exact: true }).waitFor();
  });
});
