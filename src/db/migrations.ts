// One step per schema version, run in order inside the versionchange transaction. A step that
// throws aborts the upgrade, and IndexedDB leaves the database at its old version.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { BoardDB } from './schema';

type UpgradeTx = IDBPTransaction<BoardDB, StoreNames<BoardDB>[], 'versionchange'>;
export type MigrationStep = (db: IDBPDatabase<BoardDB>, tx: UpgradeTx) => void;

export const MIGRATIONS: Record<number, MigrationStep> = {
  1: (db) => {
    for (const name of ['people', 'stations', 'shiftTemplates', 'blocks', 'tasks', 'photos'] as const) {
      db.createObjectStore(name, { keyPath: 'id' });
    }
    for (const name of ['overrides', 'taskDays', 'checkIns'] as const) {
      db.createObjectStore(name, { keyPath: 'id' }).createIndex('day', 'day');
    }
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('history', { keyPath: 'seq' });
    db.createObjectStore('log', { keyPath: 'seq', autoIncrement: true });
  },
  // Daily snapshots inside the browser, one per day, keyed by the day.
  2: (db) => {
    db.createObjectStore('snapshots', { keyPath: 'id' });
  },
  // "Jeg har brug for hjælp": one record per request, read by day like check-ins.
  3: (db) => {
    db.createObjectStore('helpRequests', { keyPath: 'id' }).createIndex('day', 'day');
  },
  // Several screens: what this screen changed since its replica took it (db/outbox.ts).
  4: (db) => {
    db.createObjectStore('outbox', { keyPath: 'key' });
  },
};

export function runMigrations(
  db: IDBPDatabase<BoardDB>,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  steps: Record<number, MigrationStep> = MIGRATIONS,
): void {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration to version ${v}`);
    step(db, tx);
  }
}
