// Entering edit mode through the UI, as staff would: the first time choose the PIN (twice) and
// put the recovery code away; later type it on the pad.
import type { Page } from 'playwright-core';

export const staffPage = (page: Page) => ({
  entry: () => page.getByRole('button', { name: 'Personale', exact: true }),
  key: (digit: string) => page.getByRole('button', { name: digit, exact: true }),
  ok: () => page.getByRole('button', { name: 'OK', exact: true }),
  pinField: () => page.getByLabel('Pinkode', { exact: true }),
  message: () => page.locator('#pin-message'),
  lock: () => page.getByRole('button', { name: 'Lås', exact: true }),
  undo: () => page.getByRole('button', { name: 'Fortryd', exact: true }),
  redo: () => page.getByRole('button', { name: 'Gentag', exact: true }),
  recoveryCode: () => page.getByTestId('recovery-code'),
  recoveryDone: () => page.getByRole('button', { name: 'Jeg har gemt nødkoden' }),
  forgot: () => page.getByRole('button', { name: 'Jeg har glemt pinkoden' }),
  chooseTitle: () => page.getByRole('heading', { name: 'Vælg en pinkode til personalet' }),
  unlockTitle: () => page.getByRole('heading', { name: 'Skriv pinkoden' }),
  section: (name: string) => page.getByRole('navigation', { name: 'Afsnit' }).getByRole('button', { name }),
});

/** Tap a PIN on the pad and press OK. */
export async function typePin(page: Page, pin: string): Promise<void> {
  const s = staffPage(page);
  for (const d of pin) await s.key(d).tap();
  await s.ok().tap();
}

/**
 * Unlock as staff would: the board's lock, then the PIN (set up with its recovery code on a fresh
 * profile). Unlocking returns to where it began: the board in edit mode from the board, the section
 * from a staff address. Returns the recovery code when it was set up now.
 */
export async function unlock(page: Page, pin = '2468'): Promise<string | null> {
  const s = staffPage(page);
  const gate = s.chooseTitle().or(s.unlockTitle());
  await s.lock().or(s.entry()).or(gate).first().waitFor();
  if (await s.lock().isVisible()) return null;
  if (await s.entry().isVisible()) await s.entry().tap();
  await gate.waitFor();
  if (await s.chooseTitle().isVisible()) {
    await typePin(page, pin);
    await page.getByRole('heading', { name: 'Skriv den samme pinkode igen' }).waitFor();
    await typePin(page, pin);
    await s.recoveryCode().waitFor();
    const code = await s.recoveryCode().textContent();
    await s.recoveryDone().tap();
    await s.lock().waitFor();
    return code;
  }
  await typePin(page, pin);
  await s.lock().waitFor();
  return null;
}

/** Unlock and go on into the staff area (its sections), edit mode open. */
export async function unlockStaff(page: Page, pin = '2468'): Promise<string | null> {
  const code = await unlock(page, pin);
  const area = page.getByRole('heading', { name: 'Personale', level: 1 });
  // Edit mode on the board: its "Personale" leads into the staff area.
  if (!(await area.isVisible())) await staffPage(page).entry().tap();
  await area.waitFor();
  return code;
}

/**
 * Unlock and come back to the board in edit mode (cards draggable, undo and lock in the header).
 * Returns once edit mode's parts are in place: the pool zone is there only with the drag
 * controller, so nothing moves after this and a tap on a card opens the move panel.
 */
export async function editBoard(page: Page, pin = '2468'): Promise<void> {
  await unlock(page, pin);
  const toBoard = page.getByRole('button', { name: 'Tavlen', exact: true });
  if (await toBoard.isVisible()) await toBoard.tap();
  await page.locator('[data-board]:not([hidden]) [data-drop="pool"]').waitFor();
}
