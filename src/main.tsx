// Boot: open the database (with a watchdog), refuse to start silently empty, build the store,
// render, then switch on the kiosk behaviour. Whatever the first paint does not need (photo check,
// daily snapshot, storage persistence, the service worker) waits for the first quiet moment.
import { effect } from '@preact/signals';
import { type ComponentChildren, render } from 'preact';
import './styles/base.css';
import './styles/app.css';
import { App } from './app';
import { DbError } from './db/errors';
import { type OpenHooks, openWithWatchdog, takeEarlyConnection } from './db/open';
import { commitCode, createRepo, type Repo } from './db/repo';
import { DB_NAME } from './db/schema';
import { browserChannel } from './platform/channel';
import { whenIdle } from './platform/idle';
import { browserKeyValue, createDataMarker, createReloadGuard } from './platform/reloads';
import { createSpeech } from './platform/speech';
import { browserStorageEnv, requestPersistence, storageInfo } from './platform/storage';
import { createStore, neverSeeded, type Route, readStartup, type Store, seedDemo } from './store';
import { rememberFit } from './views/board/fit';
import type { RecoveryKind } from './views/recovery/Recovery';

const root = document.getElementById('app') as HTMLElement;
const kv = browserKeyValue();
const reloads = createReloadGuard(kv, () => location.reload());
const marker = createDataMarker(kv);
// The board's density is kept for the next start with the shape it was found for (fit.ts).
rememberFit({
  read: () => kv.getItem('dagstavlen.density'),
  write: (value) => whenIdle(() => kv.setItem('dagstavlen.density', value)),
});

async function boot() {
  const hooks: OpenHooks = {
    // A newer version in another tab wants the database: let go and start again with it.
    onBlocking: () => {
      db.close();
      location.reload();
    },
    // The browser dropped the connection (storage cleared, disk error): start again, rationed.
    onTerminated: () => {
      if (!reloads.reload('connection terminated')) void showRecovery('safe');
    },
  };
  // index.html began opening while this code loaded; the watchdog's own open otherwise.
  const db = (await takeEarlyConnection(DB_NAME, hooks)) ?? (await openWithWatchdog(DB_NAME, hooks));
  const repo = createRepo(db);
  let first = await readStartup(repo, Date.now());
  if (neverSeeded(first)) {
    // Empty and never seeded, but this screen had data before: the browser evicted or wiped it.
    // (A café that staff emptied keeps its 'demo' mark.) Never start silently empty.
    if (marker.present()) return showLost(repo);
    await seedDemo(repo, Date.now());
    first = await readStartup(repo, Date.now());
  }
  marker.set(Date.now());
  const store = await createStore({
    repo,
    first,
    later: (work) => whenIdle(work, 1000),
    speech: createSpeech(),
    channel: browserChannel(),
    kiosk: { reload: (reason) => reloads.reload(reason), storage: () => storageInfo(browserStorageEnv()) },
  });
  syncRoute(store);
  addEventListener('pagehide', () => void store.flush());
  // A hidden board (screen off, another app) must not stay open for editing.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) store.session.lock();
  });
  render(<App store={store} />, root);
  // The night view follows the day from here on (index.html set it for the first paint).
  effect(() => {
    document.documentElement.toggleAttribute('data-night', store.kiosk.dim.value);
  });
  // Screen readers and hyphenation follow <html lang>: the language shown, not index.html's.
  effect(() => {
    document.documentElement.lang = store.settings.value.lang;
  });
  whenIdle(() => {
    // The write path loads now, so the first tap's save does not wait for it.
    void commitCode();
    // Several screens: the sync code loads only on a screen linked to a house server.
    if (store.syncLink.value) void import('./sync/link').then((m) => m.startSync(store));
    void startKiosk(store);
    void store.upkeep();
    void requestPersistence(browserStorageEnv());
    void startUpdates(store);
  });
}

/**
 * Wake lock, idle return, no-escape guards and the lit hours for the next start, in the first
 * quiet moment after the board is painted (their code loads then too): the wake lock's request
 * alone was a browser round trip inside the first paint.
 */
async function startKiosk(store: Store) {
  const [
    { installKioskGuards, onActivity, onVisible },
    { browserWakeLockEnv, createWakeLock },
    { keepNightHours },
  ] = await Promise.all([
    import('./platform/guards'),
    import('./platform/wakeLock'),
    import('./store/nightHours'),
  ]);
  // index.html reads these before any of this code has loaded (the key is written there too).
  keepNightHours(store, (hours) => kv.setItem('dagstavlen.lit', hours));
  const { kiosk } = store;
  installKioskGuards();
  onActivity(() => kiosk.touched());
  // After sleep or a hidden tab the minute timer may be late: read the clock again.
  onVisible(() => store.clock.resync());
  const wakeLock = createWakeLock(browserWakeLockEnv());
  effect(() => wakeLock.want(kiosk.keepAwake.value));
}

/** A new version takes over at a quiet moment. Its code (workbox-window) loads only now. */
async function startUpdates(store: Store) {
  const { registerUpdates } = await import('./platform/updates');
  const updates = registerUpdates();
  updates.onReady(() =>
    store.kiosk.whenQuiet(() => {
      // Quiet means the board is shown, but the address follows the screen only in a quiet moment
      // after its frame: the new version must start on the board, not on the task someone had open
      // a minute ago.
      history.replaceState(null, '', location.pathname + location.search);
      void updates.apply();
    }),
  );
}

/** The screen follows the address (#/opgave/<day>/<task>), so a reload keeps the place. */
function syncRoute(store: Store) {
  const parse = (): Route => {
    const hash = location.hash;
    const task = /^#\/(?:min-dag\/([\w-]+)\/)?opgave\/(\d{4}-\d{2}-\d{2})\/([\w-]+)$/.exec(hash);
    if (task)
      return { screen: 'task', day: task[2]!, taskId: task[3]!, ...(task[1] ? { from: task[1] } : {}) };
    const mine = /^#\/min-dag\/([\w-]+)$/.exec(hash);
    if (mine) return { screen: 'myday', personId: mine[1]! };
    if (hash === '#/godmorgen') return { screen: 'checkin' };
    if (hash === '#/jeg-har-tid') return { screen: 'pool' };
    const week = /^#\/uge\/(\d{4}-\d{2}-\d{2})(?:\/([\w-]+))?$/.exec(hash);
    if (week) return { screen: 'week', day: week[1]!, personId: week[2] ?? null };
    const staff = /^#\/personale(?:\/([\w-]+))?$/.exec(hash);
    if (staff) return staff[1] ? { screen: 'staff', section: staff[1] } : { screen: 'staff' };
    return { screen: 'board' };
  };
  const hashOf = (r: Route): string => {
    switch (r.screen) {
      case 'task':
        return `#/${r.from ? `min-dag/${r.from}/` : ''}opgave/${r.day}/${r.taskId}`;
      case 'myday':
        return `#/min-dag/${r.personId}`;
      case 'checkin':
        return '#/godmorgen';
      case 'pool':
        return '#/jeg-har-tid';
      case 'week':
        return `#/uge/${r.day}${r.personId ? `/${r.personId}` : ''}`;
      case 'staff':
        return `#/personale${r.section ? `/${r.section}` : ''}`;
      default:
        return '';
    }
  };
  store.go(parse());
  // The address follows the screen in the first quiet moment after the frame that shows it:
  // replaceState is a synchronous round trip to the browser process (15 to 40 ms of main thread at
  // 4× CPU on a busy machine), which neither the tap nor the frames just after it need wait for.
  let frame = 0;
  // The address when the screen changed: if it was changed meanwhile (its hashchange is still on
  // its way), that newer address wins and is not overwritten.
  let seen = location.hash;
  const follow = () => {
    if (location.hash !== seen) return;
    const hash = hashOf(store.route.value);
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname);
  };
  store.route.subscribe(() => {
    seen = location.hash;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => whenIdle(follow, 1000));
  });
  addEventListener('hashchange', () => store.go(parse()));
}

/** The data is gone: the restore screen, with the way back while the database can be written. */
async function showLost(repo: Repo) {
  try {
    const [{ createRecovery }, { RestoreChoices }, { staffTexts }] = await Promise.all([
      import('./store/recovery'),
      import('./views/recovery/RestoreChoices'),
      import('./i18n/staffText'),
      import('./ui/moreIcons'),
    ]);
    const t = staffTexts('da');
    const restart = () => {
      reloads.clear();
      location.reload();
    };
    const recovery = await createRecovery({ repo, t, restart });
    await showRecovery('lost', undefined, <RestoreChoices recovery={recovery} t={t} />);
  } catch (err) {
    repo.close();
    await showRecovery('lost', err);
  }
}

/** Instead of the board when it cannot start safely; its code and words load only then. */
async function showRecovery(kind: RecoveryKind, err?: unknown, children?: ComponentChildren) {
  const [{ Recovery }, { staffTexts }] = await Promise.all([
    import('./views/recovery/Recovery'),
    import('./i18n/staffText'),
    import('./ui/moreIcons'),
  ]);
  const t = staffTexts('da');
  const reason = err instanceof DbError ? t.errors.db[err.kind] : err ? t.errors.db.unreadable : undefined;
  const detail = [
    err ? String((err as Error)?.message ?? err) : '',
    ...reloads.recent().map((r) => `${new Date(r.at).toISOString()} ${r.reason}`),
  ]
    .filter(Boolean)
    .join('\n');
  render(
    <Recovery
      kind={kind}
      t={t}
      {...(reason ? { reason } : {})}
      {...(detail ? { detail } : {})}
      onRetry={() => {
        // A person asked for it: their reload is not rationed, and the count starts again.
        reloads.clear();
        location.reload();
      }}
    >
      {children}
    </Recovery>,
    root,
  );
}

boot().catch((err: unknown) => {
  console.error(err);
  // A newer version on disk will not get better by reloading; everything else gets a rationed retry.
  const kind = err instanceof DbError ? err.kind : 'unreadable';
  if (kind !== 'version' && reloads.reload(`start failed: ${String((err as Error)?.message ?? err)}`)) return;
  // A data update that keeps failing has its own screen: the old data is kept, here is what to do.
  void showRecovery(kind === 'version' ? 'failed' : kind === 'upgrade' ? 'upgrade' : 'safe', err);
});
