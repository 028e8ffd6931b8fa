import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectTouchTargets } from './support/axe';
import { at, type Board, launch, openBoard, VIEWPORTS } from './support/browser';
import { poll } from './support/poll';
import { staffPage, typePin, unlockStaff } from './support/staff';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

const MONDAY_10 = at('2026-11-23', '10:00');

/**
 * Locking goes back to the board, and the address follows a frame after the screen: a reload
 * before that reopens the staff address, which rightly asks for the PIN.
 */
const boardAddress = (page: Page) => poll(() => page.evaluate(() => location.hash)).toBe('');

describe('staff edit mode behind a PIN', () => {
  it('the first start asks for a PIN twice, shows a recovery code once, unlocks, locks and unlocks again', async () => {
    board = await launch({ time: MONDAY_10, viewport: VIEWPORTS.tablet });
    const { page } = board;
    await openBoard(page);
    const s = staffPage(page);
    await s.entry().tap();
    await s.chooseTitle().waitFor();
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    // A PIN that is too short is explained beside the field, and nothing is stored.
    await s.key('1').tap();
    await s.key('2').tap();
    expect(await s.ok().isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Slet et tal' }).tap();
    await page.getByRole('button', { name: 'Slet et tal' }).tap();
    // Two different PINs are refused.
    await typePin(page, '1111');
    await typePin(page, '2222');
    await poll(() => s.message().textContent()).toContain('ikke ens');
    await s.chooseTitle().waitFor();

    const code = await unlockStaff(page);
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);

    // On the board, edit mode shows undo, redo and the lock in the header.
    await page.getByRole('button', { name: 'Tavlen', exact: true }).tap();
    await s.lock().waitFor();
    await s.lock().tap();
    await s.entry().waitFor();
    await boardAddress(page);

    // After a reload the PIN is asked for, not chosen again; the recovery code is not shown again.
    await page.reload();
    await s.entry().tap();
    await s.unlockTitle().waitFor();
    await expectNoAxeViolations(page);
    await typePin(page, '2469');
    await poll(() => s.message().textContent()).toContain('Forkert pinkode. 4 forsøg tilbage');
    await typePin(page, '2468');
    await s.lock().waitFor();
    expect(await s.recoveryCode().count()).toBe(0);
  });

  it('the recovery code stays on screen until "Jeg har gemt nødkoden": nothing else leads away from it', async () => {
    board = await launch({ time: MONDAY_10, viewport: { width: 390, height: 844 } });
    const { page } = board;
    await openBoard(page);
    const s = staffPage(page);
    await s.entry().tap();
    await s.chooseTitle().waitFor();
    await typePin(page, '2468');
    await page.getByRole('heading', { name: 'Skriv den samme pinkode igen' }).waitFor();
    await typePin(page, '2468');
    await s.recoveryCode().waitFor();
    const code = await s.recoveryCode().textContent();
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    // "Tilbage til tavlen" here threw the code away for good: it is shown once and stored only as a hash.
    expect(await page.getByRole('button', { name: 'Tilbage til tavlen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tavlen', exact: true }).count()).toBe(0);
    expect(await s.recoveryCode().textContent()).toBe(code);
    await s.recoveryDone().tap();
    await s.lock().waitFor();
    expect(await s.recoveryCode().count()).toBe(0);
  });

  it('five wrong PINs lock the keypad for 60 s with a countdown, and the lock survives a reload', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    await staffPage(page).lock().tap();
    const s = staffPage(page);
    await s.entry().tap();
    for (let i = 0; i < 5; i++) {
      await typePin(page, '0000');
      await poll(() => s.message().textContent()).toMatch(i < 4 ? /Forkert/ : /Prøv igen om/);
    }
    // The clock runs: the countdown may already have ticked once or twice.
    expect(await s.message().textContent()).toMatch(/Prøv igen om (1:00|0:5\d)/);
    expect(await s.key('1').isDisabled()).toBe(true);
    await expectNoAxeViolations(page);

    // The reload keeps the place: the PIN pad, still locked.
    await page.reload();
    await poll(() => s.message().textContent()).toMatch(/Prøv igen om 0:[45]\d|1:00/);
    expect(await s.key('2').isDisabled()).toBe(true);
    await page.clock.runFor(61_000);
    await poll(() => s.key('2').isDisabled()).toBe(false);
    // The next wrong try locks for twice as long.
    await typePin(page, '0000');
    await poll(() => s.message().textContent()).toMatch(/Prøv igen om (2:00|1:5\d)/);
    await page.clock.runFor(121_000);
    await poll(() => s.key('2').isDisabled()).toBe(false);
    await typePin(page, '2468');
    await s.lock().waitFor();
  });

  it('the recovery code unlocks without the PIN', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    const code = await unlockStaff(page);
    const s = staffPage(page);
    await s.lock().tap();
    await s.entry().waitFor();
    await boardAddress(page);
    await page.reload();
    await s.entry().tap();
    await s.forgot().tap();
    const field = page.getByRole('textbox', { name: 'Nødkode' });
    await field.fill('ABCD-EFGH-JKMN');
    await s.ok().tap();
    await poll(() => page.locator('#recovery-message').textContent()).toContain('passer ikke');
    await expectNoAxeViolations(page);
    await field.fill(code!.toLowerCase().replaceAll('-', ' '));
    await s.ok().tap();
    await s.lock().waitFor();
  });

  it('the PIN is nowhere in plain text in IndexedDB', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    const pin = '97531864';
    const code = await unlockStaff(page, pin);
    const dump = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('dagstavlen');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const out: string[] = [];
      for (const name of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((ok) => {
          const r = db.transaction(name).objectStore(name).getAll();
          r.onsuccess = () => ok(r.result);
        });
        out.push(name, JSON.stringify(rows));
      }
      db.close();
      return out.join('\n');
    });
    expect(dump).toContain('staffPin');
    expect(dump).toContain('"iterations":');
    expect(dump).not.toContain(pin);
    expect(dump).not.toContain(code!);
    expect(dump.toUpperCase()).not.toContain(code!.replaceAll('-', ''));
  });

  it('locks itself after 3 idle minutes, after a 20-second "Jeg er her stadig" warning', async () => {
    board = await launch({ time: MONDAY_10 });
    const { page } = board;
    await openBoard(page);
    await unlockStaff(page);
    const s = staffPage(page);
    // Something half-typed when the board locks itself is still there after the PIN.
    await s.section('Personer').tap();
    await page.getByRole('button', { name: 'Ny person' }).tap();
    await page.getByLabel('Fornavn eller kaldenavn').fill('Nor');
    const stillHere = page.getByRole('button', { name: 'Jeg er her stadig' });
    // Just inside the 20-second warning: the clock runs on while axe reads the page (it needs
    // timers, so the clock cannot be held still), and the warning must not run out before the tap.
    await page.clock.runFor(160_500);
    await stillHere.waitFor();
    await expectNoAxeViolations(page);
    await stillHere.tap();
    await poll(() => stillHere.count()).toBe(0);
    await page.clock.runFor(150_000);
    expect(await s.lock().isVisible()).toBe(true);
    await page.clock.runFor(40_000);
    // Auto-lock keeps the place (and anything half-typed) behind the PIN pad.
    await s.unlockTitle().waitFor();
    expect(await s.lock().count()).toBe(0);
    await typePin(page, '2468');
    await s.lock().waitFor();
    expect(await page.getByLabel('Fornavn eller kaldenavn').inputValue()).toBe('Nor');
  });
});
