// The way back when the board's data is gone (evicted or wiped): load a backup file, restore one
// of the daily snapshots if any survived, or, as a deliberate choice, start with an empty café.
// Behind the staff PIN while the PIN is still stored. Used by the restore screen at start-up,
// without the full store (the café it would load is what is missing).
import { batch, computed, signal } from '@preact/signals';
import type { BackupContent, BackupSummary } from '../db/backup';
import { DbError } from '../db/errors';
import type { Repo } from '../db/repo';
import { listSnapshots, type SnapshotInfo } from '../db/snapshots';
import type { DayKey } from '../domain/types';
import type { StaffText } from '../i18n/staffText';
import { demoDrawing } from './drawings';
import { createSession } from './session';

export interface RecoveryDeps {
  repo: Repo;
  t: StaffText;
  now?: () => number;
  /** Start the board again once data is back (the page reloads). */
  restart: () => void;
}

export interface RecoveryMessage {
  kind: 'error' | 'info';
  text: string;
  near: 'load' | 'snapshots' | 'empty' | 'pin';
}

export async function createRecovery({ repo, t, now = Date.now, restart }: RecoveryDeps) {
  const message = signal<RecoveryMessage | null>(null);
  const busy = signal(false);
  const checked = signal<{ summary: BackupSummary; content: BackupContent } | null>(null);
  const log = (text: string) => void repo.log({ at: now(), level: 'warn', message: `restore: ${text}` });
  const fail = (err: unknown, near: RecoveryMessage['near']) => {
    const name = (err as Error | null)?.name;
    let text: string;
    if (name === 'BackupError') {
      text = t.backup.problems[(err as { problem: keyof StaffText['backup']['problems'] }).problem];
    } else if (err instanceof DbError && err.kind === 'quota') text = t.backup.full;
    else text = t.errors.db[err instanceof DbError ? err.kind : 'unreadable'];
    message.value = { kind: 'error', text, near };
    log(String((err as Error)?.message ?? err));
  };
  // The PIN, its lockout and the recovery code work exactly as in the staff area.
  const session = createSession(repo, (err) => fail(err, 'pin'), await repo.allMeta());
  const snapshots = signal<readonly SnapshotInfo[]>(await listSnapshots(repo.db).catch(() => []));

  async function run(near: RecoveryMessage['near'], work: () => Promise<void>): Promise<boolean> {
    if (busy.value || (session.hasPin.value && !session.unlocked.value)) return false;
    busy.value = true;
    message.value = null;
    try {
      await work();
      restart();
      return true;
    } catch (err) {
      fail(err, near);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return {
    session,
    /** The PIN still exists and has not been typed yet: nothing else is offered before it. */
    needsPin: computed(() => session.hasPin.value && !session.unlocked.value),
    message,
    busy,
    checked,
    snapshots,

    /** Check a backup file completely and show what it holds; nothing is written. */
    async inspect(file: File): Promise<void> {
      batch(() => {
        checked.value = null;
        message.value = null;
      });
      busy.value = true;
      try {
        const { readBackup, summarize } = await import('../db/backup');
        const content = await readBackup(file, { drawing: demoDrawing });
        checked.value = { summary: summarize(content), content };
      } catch (err) {
        fail(err, 'load');
      } finally {
        busy.value = false;
      }
    },
    cancel() {
      checked.value = null;
    },
    /** Staff said yes: the file's café in one transaction, then the board starts again. */
    loadChecked(): Promise<boolean> {
      const pending = checked.value;
      if (!pending) return Promise.resolve(false);
      return run('load', async () => {
        const { restoreBackup } = await import('../db/backup');
        await restoreBackup(repo.db, pending.content, { now: now() });
        log(`backup from ${new Date(pending.summary.exportedAt).toISOString()} loaded`);
      });
    },
    restoreSnapshot(day: DayKey): Promise<boolean> {
      return run('snapshots', async () => {
        const { restoreSnapshot } = await import('../db/snapshot-restore');
        await restoreSnapshot(repo.db, day, now());
        log(`snapshot ${day} restored`);
      });
    },
    /** The deliberate choice: an empty café, never the demo, remembered so it is not re-seeded. */
    startEmpty(): Promise<boolean> {
      return run('empty', async () => {
        await repo.replaceCafe({ meta: [{ key: 'demo', value: { clearedAt: now() } }] });
        log('started with an empty café');
      });
    },
  };
}
export type Recovery = Awaited<ReturnType<typeof createRecovery>>;
