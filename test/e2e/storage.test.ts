// The staff section "Lager": used and available space, persistence, and the diagnostic log.
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { at, type Board, launch, openBoard } from './support/browser';
import { staffPage, unlockStaff } from './support/staff';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

describe('storage and the error log for staff', () => {
  it('shows space and persistence, lists logged errors, and exports them as a file', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    await openBoard(page);
    // Something went wrong earlier: it is in the log.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('dagstavlen');
          req.onsuccess = () => {
            const tx = req.result.transaction('log', 'readwrite');
            tx.objectStore('log').add({ at: Date.now(), level: 'error', message: 'render: test fejl' });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
          };
        }),
    );
    await unlockStaff(page);
    await staffPage(page).section('Lager').tap();
    await page.getByRole('heading', { name: 'Lager og fejllog' }).waitFor();
    await expect.poll(() => page.getByTestId('storage-used').textContent()).toMatch(/MB|GB/);
    expect(await page.getByTestId('storage-persistent').textContent()).toMatch(/^(Ja|Nej|Ukendt)$/);
    await page.getByText('render: test fejl').waitFor();
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Gem fejlloggen som fil' }).tap();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^dagstavlen-fejllog-\d{4}-\d{2}-\d{2}\.txt$/);
  });
});
