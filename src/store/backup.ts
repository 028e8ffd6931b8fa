// Staff intents for backups: save a file, check a file and show what it holds, replace
// everything only after an in-page yes, and go back to a daily snapshot. The backup code (fflate,
// valibot) loads only when one of these is used, so the board's first paint stays small. The daily
// snapshot itself is taken by store/upkeep.ts.
import { batch, signal } from '@preact/signals';
import type { BackupContent, BackupSummary } from '../db/backup';
import { DbError } from '../db/errors';
import { listSnapshots, type SnapshotInfo } from '../db/snapshots';
import { dayKeyOf } from '../domain/calendar';
import type { DayKey } from '../domain/types';
import { staffTexts } from '../i18n/staffText';
import { demoDrawing } from './drawings';
import type { StoreCore } from './index';

export interface Checked {
  fileName: string;
  summary: BackupSummary;
  content: BackupContent;
}

export interface BackupMessage {
  kind: 'error' | 'info';
  text: string;
  /** Which control it belongs to, so it is shown beside that one. */
  near: 'save' | 'load' | 'snapshots';
}

const loadBackup = () => import('../db/backup');

export function createBackupActions(store: StoreCore) {
  const { repo } = store;
  const checked = signal<Checked | null>(null);
  const message = signal<BackupMessage | null>(null);
  const busy = signal(false);
  const snapshots = signal<readonly SnapshotInfo[]>([]);
  const t = () => staffTexts(store.settings.value.lang).backup;

  function problem(err: unknown, near: BackupMessage['near']) {
    const name = (err as Error | null)?.name;
    if (name === 'BackupError') {
      const kind = (err as { problem: keyof ReturnType<typeof t>['problems'] }).problem;
      message.value = { kind: 'error', text: t().problems[kind], near };
    } else if (err instanceof DbError && err.kind === 'quota' && near !== 'save') {
      // A restore that does not fit is refused whole: say so, and that nothing changed.
      message.value = { kind: 'error', text: t().full, near };
    } else {
      const kind = err instanceof DbError ? err.kind : 'unreadable';
      message.value = { kind: 'error', text: store.text().errors.db[kind], near };
    }
    void repo.log({
      at: Date.now(),
      level: 'warn',
      message: `backup: ${String((err as Error)?.message ?? err)}`,
    });
  }

  async function run<T>(near: BackupMessage['near'], work: () => Promise<T>): Promise<T | null> {
    busy.value = true;
    try {
      return await work();
    } catch (err) {
      problem(err, near);
      return null;
    } finally {
      busy.value = false;
    }
  }

  async function refreshSnapshots() {
    snapshots.value = await listSnapshots(repo.db);
  }

  return {
    checked,
    message,
    busy,
    snapshots,

    /** The whole café as one file, named after today: dagstavlen-YYYY-MM-DD.zip. */
    exportFile(): Promise<{ blob: Blob; name: string } | null> {
      message.value = null;
      return run('save', async () => {
        await store.flush();
        const { exportBackup } = await loadBackup();
        const now = store.now.value;
        return { blob: await exportBackup(repo.db, now), name: `dagstavlen-${dayKeyOf(now)}.zip` };
      });
    },

    /** Check everything in the file; nothing is written. */
    async inspect(file: File): Promise<boolean> {
      batch(() => {
        checked.value = null;
        message.value = null;
      });
      const result = await run('load', async () => {
        const { readBackup, summarize } = await loadBackup();
        const content = await readBackup(file, { drawing: demoDrawing });
        return { fileName: file.name, summary: summarize(content), content };
      });
      checked.value = result;
      return result !== null;
    },

    cancelImport() {
      checked.value = null;
    },

    /** Staff said yes: replace everything in one transaction, then show it. */
    async confirmImport(): Promise<boolean> {
      const pending = checked.value;
      if (!pending) return false;
      const ok = await run('load', async () => {
        await store.flush();
        const { restoreBackup } = await loadBackup();
        await restoreBackup(repo.db, pending.content, { now: Date.now() });
        await store.reload();
        store.replaced();
        return true;
      });
      batch(() => {
        checked.value = null;
        if (ok) message.value = { kind: 'info', text: t().restored, near: 'load' };
      });
      return ok === true;
    },

    refreshSnapshots: () => run('snapshots', refreshSnapshots),

    async restoreSnapshot(day: DayKey, label: string): Promise<boolean> {
      message.value = null;
      const ok = await run('snapshots', async () => {
        await store.flush();
        const { restoreSnapshot } = await import('../db/snapshot-restore');
        await restoreSnapshot(repo.db, day, Date.now());
        await store.reload();
        store.replaced();
        return true;
      });
      if (ok) message.value = { kind: 'info', text: t().snapshotRestored(label), near: 'snapshots' };
      return ok === true;
    },
  };
}
export type BackupActions = ReturnType<typeof createBackupActions>;
