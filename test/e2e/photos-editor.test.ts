// Photos through the staff editors in real Chromium: bad files are refused beside the field with
// nothing stored and no memory kept (RELIABILITY 16), and a photo that is replaced or whose task is
// deleted leaves the photo store (35).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import photoText from '../../src/i18n/photos';
import { flatJpeg, largeFlatJpeg } from '../fixtures/photos/jpeg';
import { expectNoAxeViolations } from './support/axe';
import { at, type Board, launch, openBoard } from './support/browser';
import { heapAfterGc, photoRefs, readDatabase, storedPhotos } from './support/photos';
import { poll } from './support/poll';
import { staffPage, unlockStaff } from './support/staff';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const MONDAY_10 = at('2026-11-23', '10:00');
const fixture = (name: string) => readFileSync(`test/fixtures/photos/${name}`);
const said = photoText.da.errors;

async function newTask(page: Page) {
  await staffPage(page).section('Opgaver').tap();
  await page.getByRole('main', { name: 'Opgaver' }).waitFor();
  await page.getByRole('button', { name: 'Ny opgave' }).tap();
}

describe('bad photo files in the task editor', () => {
  it('HEIC, a cut-off JPEG, an empty file, 50 megapixels and a renamed text file: each explained beside the field, nothing stored, no crash, memory back where it was', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    const crashes: string[] = [];
    page.on('pageerror', (e) => crashes.push(String(e)));
    page.on('crash', () => crashes.push('renderer crashed'));
    await openBoard(page);
    await unlockStaff(page);
    await newTask(page);
    const input = page.locator('#task-photo');
    const error = page.locator('#task-photo-error');
    // Each follows one with a different message, so every answer is seen arrive.
    const bad = [
      {
        name: 'IMG_0042.HEIC',
        mimeType: 'image/heic',
        buffer: fixture('photo.heic'),
        says: said.unsupported,
      },
      { name: 'kage.jpg', mimeType: 'image/jpeg', buffer: fixture('truncated.jpg'), says: said.corrupt },
      { name: 'tom.jpg', mimeType: 'image/jpeg', buffer: fixture('empty.jpg'), says: said.empty },
      {
        name: 'panorama.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from(largeFlatJpeg(8192, 6144)),
        says: said['too-large'],
      },
      { name: 'indkøb.jpg', mimeType: 'image/jpeg', buffer: fixture('note.jpg'), says: said['not-image'] },
    ];
    // The files are handed to the page once; each pick then sets one on the field as a person's
    // choice would (a change event), so nothing the test tool keeps per call counts as the app's.
    await page.evaluate(
      (files) => {
        (globalThis as unknown as { badFiles: File[] }).badFiles = files.map(
          (f) =>
            new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }),
        );
      },
      bad.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') })),
    );
    const pick = (i: number) =>
      page.evaluate((i) => {
        const field = document.getElementById('task-photo') as HTMLInputElement;
        const chosen = new DataTransfer();
        chosen.items.add((globalThis as unknown as { badFiles: File[] }).badFiles[i]!);
        field.files = chosen.files;
        field.dispatchEvent(new Event('change', { bubbles: true }));
      }, i);
    const round = async () => {
      for (const [i, file] of bad.entries()) {
        await pick(i);
        await poll(async () => (await error.textContent())?.trim()).toBe(file.says);
        expect(await input.getAttribute('aria-invalid')).toBe('true');
      }
    };
    // Warm-up rounds first, so what first uses allocate (compiled code, text catalogues) is in the
    // baseline: the criterion is that refusing files keeps nothing, not that code is never compiled.
    for (let i = 0; i < 3; i++) await round();
    const before = await readDatabase(page);
    const baseline = await heapAfterGc(page);
    for (let i = 0; i < 6; i++) await round();
    const after = await heapAfterGc(page);

    expect(await readDatabase(page)).toEqual(before);
    expect(crashes).toEqual([]);
    expect(after.js, `JS heap ${baseline.js} → ${after.js} bytes`).toBeLessThanOrEqual(baseline.js * 1.05);
    expect(
      after.withBuffers,
      `with buffers ${baseline.withBuffers} → ${after.withBuffers} bytes`,
    ).toBeLessThanOrEqual(baseline.withBuffers * 1.05);
    // Still usable: the form answers and no preview was kept from any of them.
    expect(await page.locator('form img').count()).toBe(0);
    await page.getByLabel('Hvad skal laves?').fill('Vand blomsterne');
    expect(await page.getByLabel('Hvad skal laves?').inputValue()).toBe('Vand blomsterne');
  });
});

describe('the task editor says one thing at a time', () => {
  it('after a save, a refused photo shows its error and no longer "Gemt."; a save after that shows only "Gemt."', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    await newTask(page);
    const form = page.getByRole('form', { name: /Ny opgave|Redigér/ });
    const saved = form.getByText('Gemt.', { exact: true });
    const fixFirst = form.getByText('Ret det markerede, så kan du gemme.', { exact: true });
    await page.getByLabel('Hvad skal laves?').fill('Dæk bordene');
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await page.getByRole('heading', { name: 'Redigér Dæk bordene' }).waitFor();
    await saved.waitFor();

    await page
      .locator('#task-photo')
      .setInputFiles({ name: 'IMG_0042.HEIC', mimeType: 'image/heic', buffer: fixture('photo.heic') });
    await poll(async () => (await page.locator('#task-photo-error').textContent())?.trim()).toBe(
      said.unsupported,
    );
    await fixFirst.waitFor();
    expect(await saved.count()).toBe(0);

    // The refused file was never taken: saving is allowed, and then only "Gemt." is said.
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await saved.waitFor();
    expect(await fixFirst.count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});

describe('old photos leave the photo store', () => {
  it('a replaced task photo is deleted with the save, undo brings it back byte for byte, and deleting the task deletes its photo', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    await newTask(page);
    const start = await storedPhotos(page);
    const input = page.locator('#task-photo');
    const save = page.getByRole('button', { name: 'Gem', exact: true });
    // The picked picture's preview, not the stored photo's thumbnail (also an image, with its id).
    const preview = page.locator('form img:not([data-photo])').first();

    await input.setInputFiles({
      name: 'a.jpg',
      mimeType: 'image/jpeg',
      buffer: fixture('orientation-1.jpg'),
    });
    await poll(() => preview.isVisible()).toBe(true);
    await page.getByLabel('Hvad skal laves?').fill('Dæk bordene');
    await save.tap();
    await page.getByRole('heading', { name: 'Redigér Dæk bordene' }).waitFor();
    await poll(async () => (await storedPhotos(page)).length).toBe(start.length + 1);
    const first = (await storedPhotos(page)).find((p) => !start.some((s) => s.id === p.id))!;
    expect(first.decodes).toBe(true);

    // Replaced: still one photo more than at the start, and it is the new one.
    // A different picture (the same marker turned another way would re-encode to the same bytes).
    const other = flatJpeg(320, 240, (x) => (x < 160 ? [30, 120, 200] : [200, 120, 30]));
    // Saved, the form shows the stored photo (its thumbnail); a new pick shows its preview.
    await poll(() => page.locator('form img[data-photo]').first().getAttribute('data-photo')).toBe(first.id);
    await input.setInputFiles({ name: 'b.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(other) });
    await poll(() => preview.isVisible()).toBe(true);
    await save.tap();
    await poll(async () => (await storedPhotos(page)).some((p) => p.id === first.id)).toBe(false);
    const replaced = await storedPhotos(page);
    expect(replaced).toHaveLength(start.length + 1);
    const second = replaced.find((p) => !start.some((s) => s.id === p.id))!;
    expect(second.blob).not.toBe(first.blob);

    // Undo in the same session: the first photo is back, the same bytes, and the second is gone.
    await staffPage(page).undo().tap();
    await poll(async () => (await storedPhotos(page)).some((p) => p.id === first.id)).toBe(true);
    const undone = await storedPhotos(page);
    expect(undone).toHaveLength(start.length + 1);
    expect(undone.find((p) => p.id === first.id)).toEqual(first);
    expect(undone.some((p) => p.id === second.id)).toBe(false);

    // Deleted with its task: back to the photos the café had at the start.
    await page.getByRole('button', { name: 'Slet', exact: true }).tap();
    await page
      .getByRole('alertdialog', { name: 'Vil du slette Dæk bordene?' })
      .getByRole('button', { name: 'Ja, slet' })
      .tap();
    await poll(async () => (await storedPhotos(page)).length).toBe(start.length);
    expect(await storedPhotos(page)).toEqual(start);
    // No task or person points to a photo that is not stored.
    const db = await readDatabase(page);
    const ids = new Set((db.photos as { id: string }[]).map((p) => p.id));
    expect(photoRefs(db).filter((id) => !ids.has(id))).toEqual([]);
  });
});

/** Lock edit mode and open the morning check-in from the board, showing everyone. */
async function checkInFaces(page: Page) {
  await staffPage(page).lock().tap();
  await page.getByRole('button', { name: 'Godmorgen', exact: true }).tap();
  await page.getByRole('button', { name: 'Ikke på listen? Vis alle' }).tap();
}

describe('a portrait whose consent is withdrawn', () => {
  it('shows on the check-in faces only with consent; withdrawing it deletes the portrait with the save and takes it off the wall at once', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    await staffPage(page).section('Personer').tap();
    const people = page.getByRole('main', { name: 'Personer' });
    await people.waitFor();
    await people.getByRole('button', { name: 'Ali', exact: true }).tap();
    await page.getByRole('heading', { name: 'Redigér Ali' }).waitFor();
    const start = await storedPhotos(page);

    const face = flatJpeg(320, 320, (x, y) =>
      Math.hypot(x - 160, y - 150) < 90 ? [225, 180, 150] : [70, 110, 160],
    );
    await page
      .locator('#person-portrait')
      .setInputFiles({ name: 'ali.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(face) });
    await poll(() => page.locator('form img:not([data-photo])').first().isVisible()).toBe(true);
    await page.getByLabel('Personen har sagt ja til, at portrættet vises på tavlen').check();
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await poll(async () => (await storedPhotos(page)).length).toBe(start.length + 1);
    const portrait = (await storedPhotos(page)).find((p) => !start.some((s) => s.id === p.id))!;

    // On the wall: Ali's face in the check-in grid is the portrait's thumbnail.
    const aliFace = page.locator('button[data-person]').filter({ hasText: 'Ali' }).locator('img[data-photo]');
    await checkInFaces(page);
    await poll(() => aliFace.getAttribute('data-photo')).toBe(portrait.id);
    await expectNoAxeViolations(page);

    // Staff take the tick away; the form says what saving will do.
    await page.getByRole('button', { name: 'Tilbage til tavlen' }).tap();
    await unlockStaff(page);
    await staffPage(page).section('Personer').tap();
    await people.getByRole('button', { name: 'Ali', exact: true }).tap();
    await page.getByLabel('Personen har sagt ja til, at portrættet vises på tavlen').uncheck();
    await poll(() => page.locator('#person-consent-withdrawn').textContent()).toContain(
      'slettet, når du gemmer',
    );
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Gem', exact: true }).tap();
    await poll(async () => (await storedPhotos(page)).length).toBe(start.length);
    expect((await storedPhotos(page)).some((p) => p.id === portrait.id)).toBe(false);
    expect(await storedPhotos(page)).toEqual(start);

    // Off the wall at once: initials again, and no picture of the portrait is left.
    await checkInFaces(page);
    await page.locator('button[data-person]').filter({ hasText: 'Ali' }).waitFor();
    expect(await aliFace.count()).toBe(0);
  });
});
