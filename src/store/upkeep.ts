// Work every start needs but the first paint does not: replace an older version's SVG photos by
// WebP (once), repair photo references a crash or a bad import left dangling, delete photos
// nothing points to, check the summer-time rule, delete the days older than the retention window
// and take today's snapshot (both again at each new day).
// main.tsx runs it once the board is painted, so a year of records is never read while someone
// waits for the board.
import { clearDanglingPhotos, deleteUnreferencedPhotos } from '../db/integrity';
import { takeDailySnapshotAside } from '../db/snapshotAside';
import { replaceSvgPhotos } from '../db/svgPhotos';
import { checkZoneRule } from '../domain/calendar';
import { demoDrawing } from './drawings';
import type { StoreCore } from './index';
import { pruneExpired } from './retention';

export async function upkeep(store: StoreCore): Promise<void> {
  const { repo, board, now } = store;
  const warn = (message: string) => repo.log({ at: Date.now(), level: 'warn', message });
  try {
    // Before the reference check: an SVG that is none of our drawings goes, and is unlinked there.
    const svg = await replaceSvgPhotos(repo.db, demoDrawing);
    if (svg && svg.replaced + svg.deleted > 0)
      await repo.log({
        at: Date.now(),
        level: 'info',
        message: `start: ${svg.replaced} SVG photo(s) replaced by WebP, ${svg.deleted} unknown SVG photo(s) deleted`,
      });
  } catch (err) {
    await warn(`SVG photos: ${String(err)}`);
  }
  try {
    // With a house server a photo may arrive after the record that shows it: until then the card
    // shows its pictogram, so the pointer stays.
    const repaired = store.syncLink.value ? 0 : await clearDanglingPhotos(repo.db);
    if (repaired > 0) {
      await warn(`start: ${repaired} missing photo(s) unlinked`);
      await store.reload();
    }
    const swept = await deleteUnreferencedPhotos(repo.db);
    if (swept > 0)
      await repo.log({ at: Date.now(), level: 'info', message: `start: ${swept} unused photo(s) deleted` });
  } catch (err) {
    await warn(`photo check: ${String(err)}`);
  }
  // The board's fast summer-time rule against the browser's zone data: if the law has changed,
  // the zone data is used from here on (the board follows at the next minute).
  const differs = checkZoneRule(now.value);
  if (differs !== null) {
    await warn(
      `time zone: summer-time rule differs at ${new Date(differs).toISOString()}; using the zone data`,
    );
  }
  // A snapshot is idempotent per day, so the first call (today) and each midnight share one path.
  const snapshot = async (day: string) => {
    try {
      await takeDailySnapshotAside(repo.db, day, now.value);
    } catch (err) {
      await warn(`snapshot: ${String(err)}`);
    }
  };
  // Old days go before the day's snapshot is taken, so a new snapshot never holds them again.
  const daily = async (day: string) => {
    await pruneExpired(store, day);
    await snapshot(day);
  };
  await daily(board.today.value);
  let first = true;
  board.today.subscribe((day) => {
    // subscribe calls at once with today, which `daily` just handled.
    if (first) first = false;
    else void daily(day);
  });
}
