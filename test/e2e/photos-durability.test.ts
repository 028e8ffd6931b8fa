// A photo save cut off by a killed browser or a reload (RELIABILITY 3): afterwards the task and its
// photo are there whole (the same bytes an uninterrupted save stores, and they decode) or neither
// is; no record ever points to a missing photo, and no photo is left behind without its task.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { flatJpeg } from '../fixtures/photos/jpeg';
import { at, type Board, launch, newProfile, openBoard } from './support/browser';
import { photoRefs, readDatabase, type StoredPhoto } from './support/photos';
import { poll } from './support/poll';
import { staffPage, unlockStaff } from './support/staff';

const MONDAY_10 = at('2026-11-23', '10:00');
/** Short form in `npm test`; `npm run soak` sets PHOTO_KILL_RUNS=30. */
const RUNS = Number(process.env.PHOTO_KILL_RUNS ?? 2);
/** Every run stores the same picture: the browser's encoder gives the same bytes each time. */
const PICTURE = Buffer.from(
  flatJpeg(1024, 768, (x, y) => [40 + ((x * 3) % 180), 60 + ((y * 5) % 160), 120 + (((x + y) * 7) % 120)]),
);

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

/** Open a new task in the editor, pick the picture and wait until it is ready to save. */
async function taskWithPicture(page: Page, title: string) {
  await openBoard(page);
  await unlockStaff(page);
  await staffPage(page).section('Opgaver').tap();
  await page.getByRole('main', { name: 'Opgaver' }).waitFor();
  await page.getByRole('button', { name: 'Ny opgave' }).tap();
  await page
    .locator('#task-photo')
    .setInputFiles({ name: 'resultat.jpg', mimeType: 'image/jpeg', buffer: PICTURE });
  await poll(() => page.locator('form img:not([data-photo])').first().isVisible()).toBe(true);
  await page.getByLabel('Hvad skal laves?').fill(title);
}

interface TaskRow {
  id: string;
  title: string;
  photoId: string | null;
}

/** The processes of the Chromium running on this profile, found before the moment of the kill. */
function browserOn(profile: string): number[] {
  return execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profile}`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
}

async function check(page: Page) {
  const db = await readDatabase(page);
  const photos = new Map((db.photos as StoredPhoto[]).map((p) => [p.id, p]));
  expect(
    photoRefs(db).filter((id) => !photos.has(id)),
    'records pointing to a missing photo',
  ).toEqual([]);
  return { tasks: db.tasks as TaskRow[], photos };
}

describe('a photo save cut off', () => {
  it(
    `by a kill or a reload leaves the task with its whole photo, or neither (${RUNS} runs)`,
    async () => {
      const profile = newProfile();
      board = await launch({ time: MONDAY_10, profile });
      // An uninterrupted save first: the bytes every complete copy must have.
      await taskWithPicture(board.page, 'Opgave 0');
      await board.page.getByRole('button', { name: 'Gem', exact: true }).tap();
      await board.page.getByRole('heading', { name: 'Redigér Opgave 0' }).waitFor();
      const first = await check(board.page);
      const reference = first.photos.get(first.tasks.find((t) => t.title === 'Opgave 0')!.photoId!)!;
      expect(reference.decodes).toBe(true);
      let photoCount = first.photos.size;
      const outcomes: string[] = [];

      for (let run = 1; run <= RUNS; run++) {
        const title = `Opgave ${run}`;
        await taskWithPicture(board.page, title);
        const kill = run % 2 === 1;
        // Looked up first, so the kill itself is a single system call at the chosen moment.
        const pids = kill ? browserOn(profile) : [];
        // The save starts at this click; it is cut off before, during or just after its write (which
        // takes a few milliseconds), at a moment spread over the next 20 ms.
        await board.page
          .getByRole('button', { name: 'Gem', exact: true })
          .evaluate((button: HTMLElement) => button.click());
        await new Promise((r) => setTimeout(r, Math.random() * 20));
        if (kill) {
          expect(pids.length).toBeGreaterThan(0);
          for (const pid of pids) {
            try {
              process.kill(pid, 'SIGKILL');
            } catch {
              /* already gone */
            }
          }
          await board.context.close().catch(() => undefined);
          board = await launch({ time: MONDAY_10, profile });
          await openBoard(board.page);
        } else {
          await board.page.reload();
          await openBoard(board.page);
        }
        const after = await check(board.page);
        const task = after.tasks.find((t) => t.title === title);
        if (task) {
          const photo = after.photos.get(task.photoId!)!;
          expect(photo, `run ${run}: the photo of a saved task`).toBeDefined();
          expect({ ...photo, id: reference.id }, `run ${run}: bytes`).toEqual(reference);
          photoCount++;
        }
        // Nothing half-done: one more photo exactly when the task is there.
        expect(after.photos.size, `run ${run}: photos stored`).toBe(photoCount);
        outcomes.push(`${kill ? 'kill' : 'reload'}: ${task ? 'saved' : 'not saved'}`);
      }
      // Which way each run went is worth seeing when it fails.
      expect(outcomes, outcomes.join(', ')).toHaveLength(RUNS);
    },
    60_000 + RUNS * 20_000,
  ); // the soak form (30 cuts) runs for many minutes
});
