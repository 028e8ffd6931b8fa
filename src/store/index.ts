// createStore: builds the signals and actions once per board (each test builds its own).
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import { DbError } from '../db/errors';
import type { Repo, Startup } from '../db/repo';
import { SYNC_KEY } from '../db/schema';
import { joinSettings } from '../db/settings';
import { addDays, dayKeyOf } from '../domain/calendar';
import type { CheckInWindow } from '../domain/together';
import type { DayKey, Id, Instant } from '../domain/types';
import { type Lang, texts } from '../i18n';
import { createPhotoUrls } from '../photos/urls';
import { type Channel, noChannel } from '../platform/channel';
import { noSpeech, type Speech } from '../platform/speech';
import type { SyncLink, SyncStatus } from '../sync/protocol';
import { createTaskActions } from './actions';
import { createBoard } from './board';
import { type Clock, createClock } from './clock';
import { listenElsewhere, tellingRepo } from './elsewhere';
import { createKiosk, type KioskDeps } from './kiosk';
import type { StoredPin } from './pin';
import { createRecords } from './records';
import { createSession, PIN_KEY, type SessionOptions } from './session';
import { createTogetherActions } from './together';

export type Route =
  | { screen: 'board' }
  /** `from`: opened from this person's Min dag, where going back returns. */
  | { screen: 'task'; taskId: Id; day: DayKey; from?: Id }
  /** "Min dag": one person's day, opened by tapping their face on the board. */
  | { screen: 'myday'; personId: Id }
  | { screen: 'checkin' }
  | { screen: 'week'; day: DayKey; personId: Id | null }
  | { screen: 'pool' }
  /** The staff area (behind the PIN); `section` is an id from views/staff/sections.ts. */
  | { screen: 'staff'; section?: string };

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export interface Settings {
  lang: Lang;
  /** When the board offers the morning check-in (default 08:00–09:30). */
  checkInWindow?: CheckInWindow;
  /** After this many seconds without a touch the board returns to the today view. */
  idleSeconds?: number;
  /** How many months the days' records are kept (3, 6, 12 or 24; 12 when absent). */
  keepMonths?: number;
  /**
   * A printer is set up for this board (the kiosk prints straight to it, no dialog): "Udskriv" on
   * the week plan shows to everyone. Otherwise only to staff, after unlocking.
   */
  printer?: boolean;
}
const DEFAULT_SETTINGS: Settings = { lang: 'da' };
/** The settings in force, from what is stored (older versions kept the café's under 'settings' too). */
export function settingsOf(meta: ReadonlyMap<string, unknown>): Settings {
  return { ...DEFAULT_SETTINGS, ...joinSettings(meta.get('settings'), meta.get('cafeSettings')) };
}

export interface StoreDeps {
  repo: Repo;
  clock?: Clock;
  /** Read aloud (platform/speech.ts); tests and devices without speech get none. */
  speech?: Speech;
  session?: SessionOptions;
  /** Kiosk capabilities from platform/ (a rationed reload); tests pass their own. */
  kiosk?: KioskDeps;
  /** Work for a quiet moment after the next paint (platform/idle.ts whenIdle in the app). */
  later?: (work: () => void) => void;
  /** The start-up read, when boot already made it (readStartup) to decide between board and restore. */
  first?: Startup;
  /** Other tabs of this profile and the sync worker (platform/channel.ts); none in tests. */
  channel?: Channel;
}

/** What this screen shows (meta key): one station or the whole café. This screen only. */
export const SCREEN_KEY = 'screen';

/** Dated records are kept in memory for this window around today. */
const DAYS_BEFORE = 7;
const DAYS_AFTER = 14;

/** Everything the board starts with, in one read: the records around the day of `now`. */
export function readStartup(repo: Repo, now: Instant): Promise<Startup> {
  const today = dayKeyOf(now);
  return repo.startup(addDays(today, -DAYS_BEFORE), addDays(today, DAYS_AFTER));
}

const min = (a: DayKey, b: DayKey) => (a < b ? a : b);
const max = (a: DayKey, b: DayKey) => (a > b ? a : b);

/** No stations and no people: nothing to show (never seeded, emptied by staff, or wiped). */
const cafeIsEmpty = (first: Startup) => first.sets.stations.length === 0 && first.sets.people.length === 0;

async function createCore({
  repo: ownRepo,
  channel = noChannel,
  clock = createClock(),
  speech = noSpeech,
  session: sessionOptions,
  first,
  later = (work) => void setTimeout(work),
}: StoreDeps) {
  // Every write is told to the other tabs and the sync worker.
  const repo = tellingRepo(ownRepo, channel);
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const lang = () => settings.value.lang;
  const text = () => texts(lang());
  const notice = signal<Notice | null>(null);
  const route = signal<Route>({ screen: 'board' });
  /** The change notice folds up once someone taps "Jeg har set det"; new changes unfold it again. */
  const changesSeen = signal<string | null>(null);

  const fail = (err: unknown) => {
    const kind = err instanceof DbError ? err.kind : 'unreadable';
    notice.value = { kind: 'error', text: text().errors.db[kind] };
    void repo.log({ at: Date.now(), level: 'error', message: String((err as Error)?.message ?? err) });
  };

  const records = createRecords(repo, fail, {
    // A deleted photo's URL goes at once, so nothing keeps showing it.
    photosGone: (ids) => {
      for (const id of ids) photos.forget(id);
    },
  });
  const now = clock.now;

  // First load: nothing is written before it has finished. Boot's read is used when it covers
  // the same days (it was made a moment ago, on the same clock, unless midnight came between).
  const start =
    first && first.from === addDays(dayKeyOf(now.value), -DAYS_BEFORE)
      ? first
      : await readStartup(repo, now.value);
  /**
   * The days whose dated records are in memory. A new value each time memory is read again (a
   * window move, an editor's days, a restore), so what is counted beside it knows to recount.
   */
  const days = signal<{ from: DayKey; to: DayKey }>({ from: start.from, to: start.to });
  /** Take in a start-up read: the records, which photos exist, the undo history and the settings. */
  const adopt = (read: Startup) =>
    batch(() => {
      days.value = { from: read.from, to: read.to };
      records.load(read.sets);
      records.knowPhotos(read.photoIds);
      records.setHistory(read.history);
      settings.value = settingsOf(read.meta);
    });
  changesSeen.value = (start.meta.get('changesSeen') as string | undefined) ?? null;
  adopt(start);

  /** Dated records for [from, to], added to memory (merge) or in place of what was there. */
  async function loadDays(next: { from: DayKey; to: DayKey }, merge: boolean) {
    await records.inTurn(async () => {
      const [overrides, taskDays, checkIns, helpRequests] = await Promise.all([
        repo.loadDated('overrides', next.from, next.to),
        repo.loadDated('taskDays', next.from, next.to),
        repo.loadDated('checkIns', next.from, next.to),
        repo.loadDated('helpRequests', next.from, next.to),
      ]);
      batch(() => {
        records.load({ overrides, taskDays, checkIns, helpRequests }, merge);
        // Merged days join what is there (every merge overlaps it, so the union has no gap).
        const was = days.value;
        days.value = merge
          ? { from: min(was.from, next.from), to: max(was.to, next.to) }
          : { from: next.from, to: next.to };
      });
    });
  }

  /**
   * Make sure dated records for [from, to] are in memory (an editor or the week plan looking at
   * another date). Actions on a date call it before reading what is stored for that date: midnight
   * may have let those days go from memory while an editor stayed open.
   */
  async function ensureDays(from: DayKey, to: DayKey) {
    const now = days.value;
    if (from >= now.from && to <= now.to) return;
    await loadDays({ from: min(from, now.from), to: max(to, now.to) }, true);
  }

  /** The one station this screen shows (a kitchen screen), or null for the whole café. */
  const screenStation = signal<Id | null>(
    (start.meta.get(SCREEN_KEY) as { stationId?: Id } | undefined)?.stationId ?? null,
  );
  const board = createBoard(records, now, {
    // The board lies hidden under an opened task and under someone's day (app.tsx).
    covered: computed(() => route.value.screen === 'task' || route.value.screen === 'myday'),
    later,
    only: screenStation,
  });
  // At midnight the window moves with the day, and the days that left it leave memory: the board
  // runs for months, and only the window's days are shown (they stay in the database).
  board.today.subscribe((day) => {
    const next = { from: addDays(day, -DAYS_BEFORE), to: addDays(day, DAYS_AFTER) };
    if (next.from !== days.value.from || next.to !== days.value.to) void loadDays(next, false).catch(fail);
  });

  const photos = createPhotoUrls((ids) => repo.getPhotos(ids));
  /** This screen's link to the house server (null: one screen alone, no sync code loaded). */
  const syncLink = signal<SyncLink | null>((start.meta.get(SYNC_KEY) as SyncLink | undefined) ?? null);
  /** How replication goes, for staff (sync/sync.worker.ts says). */
  const syncStatus = signal<SyncStatus | null>(null);

  const session = createSession(repo, fail, start.meta, sessionOptions);

  const store = {
    repo,
    channel,
    syncLink,
    syncStatus,
    screenStation,
    syncStatusChanged(status: unknown) {
      syncStatus.value = status as SyncStatus;
    },
    clock,
    now,
    settings,
    notice,
    route,
    changesSeen,
    records,
    days: days as ReadonlySignal<{ from: DayKey; to: DayKey }>,
    board,
    photos,
    speech,
    session,
    text,
    ensureDays,
    /** ensureDays for one date before an action reads it: false when it could not be read (the notice says why). */
    haveDay: (day: DayKey): Promise<boolean> =>
      ensureDays(day, day).then(
        () => true,
        (err: unknown) => {
          fail(err);
          return false;
        },
      ),
    fail,
    flush: records.flush,
    go(next: Route) {
      route.value = next;
    },
    markChangesSeen(signature: string) {
      changesSeen.value = signature;
      void repo.commit({ meta: [{ key: 'changesSeen', value: signature }] }).catch(fail);
    },
    showChanges() {
      changesSeen.value = null;
      void repo.commit({ meta: [{ key: 'changesSeen', value: null }] }).catch(fail);
    },
    /** Read everything again after the whole café was replaced (a backup or snapshot restore). */
    reload(): Promise<void> {
      return records.inTurn(async () => {
        const again = await repo.startup(days.value.from, days.value.to);
        records.emptyTrash();
        adopt(again);
      });
    },
    dismissNotice() {
      notice.value = null;
    },
    /** The settings and the café's PIN as stored now (changed in another tab or on another screen). */
    async metaChanged(): Promise<void> {
      const meta = await repo.allMeta();
      settings.value = settingsOf(meta);
      session.adoptPin(meta.get(PIN_KEY) as StoredPin | undefined);
    },
    /** The whole café was replaced here (backup, snapshot, emptied): every other page reads it again. */
    replaced() {
      channel.post({ kind: 'replaced' });
    },
  };
  listenElsewhere(channel, store);
  return store;
}

export type StoreCore = Awaited<ReturnType<typeof createCore>>;

/**
 * The demo café is seeded once, on the very first start. A café that staff emptied stays empty
 * (the 'demo' marker remembers), so clearing the demo is never undone by a restart.
 */
export function neverSeeded(first: Startup): boolean {
  return first.meta.get('demo') === undefined && cafeIsEmpty(first);
}

export async function seedDemo(repo: Repo, now: Instant): Promise<void> {
  await (await import('../demo/seed')).seed(repo, now);
}

/** The staff area's own groups (editors, one-off changes, the week, backups) come from
 * staffActions(store) in store/staff.ts, loaded with the staff chunks. */
export async function createStore(deps: StoreDeps) {
  const core = await createCore(deps);
  return {
    ...core,
    tasks: createTaskActions(core),
    together: createTogetherActions(core),
    kiosk: createKiosk(core, { editing: core.session.unlocked, ...deps.kiosk }),
    /** Photo check and daily snapshots, after the first paint; their code loads only then. */
    upkeep: async () => (await import('./upkeep')).upkeep(core),
  };
}

export type Store = Awaited<ReturnType<typeof createStore>>;
