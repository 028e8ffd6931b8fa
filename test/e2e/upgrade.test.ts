// Schema upgrades that cannot go ahead (RELIABILITY A8, A9). The database on disk is written
// beforehand through plain IndexedDB, as an older (or newer) build left it; the app itself is the
// real production build, unchanged.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { V1_RECORD_STORES, v1Records } from '../fixtures/v1-cafe';
import { expectNoAxeViolations } from './support/axe';
import { at, type Board, launch, VIEWPORTS } from './support/browser';

let board: Board | undefined;
afterEach(async () => {
  await board?.dispose();
  board = undefined;
});

interface Fixture {
  version: number;
  stores: string[];
  records: Record<string, unknown[]>;
}

/** Write a database as another build left it: its version, its stores, its records. */
async function writeDatabase(page: Page, fixture: Fixture) {
  await page.goto('/favicon.svg'); // the origin, without the app running
  await page.evaluate(
    ({ version, stores, records }) =>
      new Promise<void>((ok, no) => {
        const req = indexedDB.open('dagstavlen', version);
        req.onupgradeneeded = () => {
          for (const s of stores) {
            const store = req.result.createObjectStore(s, {
              keyPath: s === 'meta' ? 'key' : s === 'history' || s === 'log' ? 'seq' : 'id',
              autoIncrement: s === 'log',
            });
            if (['overrides', 'taskDays', 'checkIns', 'helpRequests'].includes(s))
              store.createIndex('day', 'day');
          }
          for (const [s, rows] of Object.entries(records))
            for (const row of rows) req.transaction!.objectStore(s).put(row);
        };
        req.onsuccess = () => {
          req.result.close();
          ok();
        };
        req.onerror = () => no(req.error);
      }),
    fixture,
  );
}

/** The version on disk and how many people it holds, read without upgrading it. */
async function onDisk(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ version: number; people: number; names: string[] }>((ok) => {
        const req = indexedDB.open('dagstavlen');
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('people').objectStore('people').getAll();
          get.onsuccess = () => {
            ok({
              version: db.version,
              people: get.result.length,
              names: (get.result as { name: string }[]).map((p) => p.name).sort(),
            });
            db.close();
          };
        };
      }),
  );
}

const V1_STORES = [
  ...V1_RECORD_STORES.filter((s) => s !== 'tasks' && s !== 'people'),
  'tasks',
  'people',
  'photos',
  'meta',
  'history',
  'log',
];

describe('upgrades that cannot go ahead', () => {
  it('a failing upgrade step leaves the old version with all its data, and says what to do', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    const records = v1Records();
    // A version-2 database that already has a 'helpRequests' store (left by a half-finished
    // earlier update): the step to version 3 creates that store and throws ConstraintError.
    await writeDatabase(page, {
      version: 2,
      stores: [...V1_STORES, 'snapshots', 'helpRequests'],
      records: { people: records.people, stations: records.stations, tasks: records.tasks },
    });
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Tavlen kunne ikke opdatere sine data', level: 1 }).waitFor();
    await page.getByText('Intet er slettet: data er gemt, som de var før.').waitFor();
    await page.getByText('Tryk på "Prøv igen".').waitFor();
    expect(await page.locator('[data-day]').count()).toBe(0);
    // It tried a few times first (a passing fault clears on its own), rationed, then stopped.
    await expect.poll(() => loads).toBe(4);
    await expectNoAxeViolations(page);
    const disk = await onDisk(page);
    expect(disk.version).toBe(2);
    expect(disk.names).toEqual(records.people.map((p) => p.name).sort());
    if (process.env.SCREENS) {
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        await page.screenshot({ path: `test-results/screens/upgrade-failed-${size}.png`, fullPage: true });
      }
    }
    // The technical reason is there for whoever looks after the screen.
    await page.getByText('Til personalet', { exact: true }).tap();
    await page
      .getByText(/ConstraintError|already exists/)
      .first()
      .waitFor();
  });

  it('data from a newer version (a downgrade) is left alone, and the board says so', async () => {
    board = await launch({ time: at('2026-11-23', '10:00') });
    const { page } = board;
    const records = v1Records();
    await writeDatabase(page, {
      version: 99,
      stores: [...V1_STORES, 'snapshots', 'helpRequests', 'somethingNew'],
      records: { people: records.people, stations: records.stations },
    });
    await page.goto('/');
    await page.getByRole('heading', { name: 'Tavlen kunne ikke starte', level: 1 }).waitFor();
    await page.getByText('Data er gemt af en nyere udgave af Dagstavlen. Intet er slettet.').waitFor();
    await expectNoAxeViolations(page);
    const disk = await onDisk(page);
    expect(disk.version).toBe(99);
    expect(disk.people).toBe(records.people.length);
  });
});
