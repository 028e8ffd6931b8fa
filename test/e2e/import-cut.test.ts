// Kill or reload during the import commit (RELIABILITY F39): the café afterwards is either the
// whole old one or the whole new one, never a mix. Two files with photos take turns, so each run
// replaces a café with a different one. Short form in `npm test`; `npm run soak` sets IMPORT_CUTS.
import { afterEach, describe, expect, it } from 'vitest';
import { at, type Board, launch, newProfile } from './support/browser';
import { type CafeFile, cafeWithPhotos, openBackupSection, pickBackup } from './support/cafe';
import { CAFE_STORES, dumpHash } from './support/db';
import { browserPids, killPids } from './support/kill';

const MONDAY = at('2026-11-23', '10:00');
const CUTS = Number(process.env.IMPORT_CUTS ?? 2);
/** The cut falls at a random moment this long after the import's transaction has begun. */
const WINDOW_MS = 100;

/**
 * A witness in the page (test code, not the app's): notes when a write transaction over every
 * store an import replaces begins, so the cut can be aimed at the commit itself.
 */
function watchImportCommit() {
  const begin = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function transaction(
    this: IDBDatabase,
    ...args: Parameters<typeof begin>
  ) {
    const names = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
    if (args[1] === 'readwrite' && ['people', 'photos', 'history', 'meta'].every((n) => names.includes(n)))
      (window as { importBegan?: boolean }).importBegan = true;
    return begin.apply(this, args);
  };
}

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

describe('a cut during the import commit', () => {
  it(`leaves the whole old café or the whole new one (${CUTS} kills and reloads)`, async () => {
    const other = await cafeWithPhotos(12);
    const profile = newProfile();
    board = await launch({ time: MONDAY, profile });
    await board.context.addInitScript(watchImportCommit);
    await openBackupSection(board.page);
    // This board's own café, saved as a file too, so the two files can take turns.
    const download = board.page.waitForEvent('download');
    await board.page.getByRole('button', { name: 'Gem sikkerhedskopi' }).tap();
    const own = await download;
    const mine: CafeFile = {
      bytes: Buffer.from(await (await import('node:fs/promises')).readFile((await own.path())!)),
      name: own.suggestedFilename(),
      cafeHash: await dumpHash(board.page, CAFE_STORES),
    };
    const outcome = { old: 0, new: 0 };
    for (let run = 0; run < CUTS; run++) {
      const { page } = board;
      const before = await dumpHash(page, CAFE_STORES);
      const file = before === other.cafeHash ? mine : other;
      expect(file.cafeHash).not.toBe(before);
      await pickBackup(page, file);
      const kill = run % 2 === 0;
      // Looked up before the tap, so the kill itself is instant when its moment comes.
      const pids = kill ? browserPids(profile) : [];
      await page.getByRole('button', { name: 'Ja, erstat alt' }).tap();
      await page.waitForFunction(() => (window as { importBegan?: boolean }).importBegan === true);
      await new Promise((r) => setTimeout(r, Math.random() * WINDOW_MS));
      if (kill) {
        expect(killPids(pids)).toBeGreaterThan(0);
        await board.context.close().catch(() => undefined);
        board = await launch({ time: MONDAY, profile });
        await board.context.addInitScript(watchImportCommit);
      } else {
        await page.reload().catch(() => undefined);
      }
      await openBackupSection(board.page);
      const after = await dumpHash(board.page, CAFE_STORES);
      expect([before, file.cafeHash], `run ${run} (${kill ? 'kill' : 'reload'})`).toContain(after);
      outcome[after === before ? 'old' : 'new']++;
    }
    console.info(`import cuts: ${outcome.old} left the old café, ${outcome.new} the new one`);
  });
});
