// Boot: open the database, seed the demo café on a first start, build the store, render.
import { render } from 'preact';
import './styles/base.css';
import './styles/app.css';
import { App } from './app';
import { DbError } from './db/errors';
import { openDatabase } from './db/open';
import { createRepo } from './db/repo';
import { DB_NAME } from './db/schema';
import { texts } from './i18n';
import { createSpeech } from './platform/speech';
import { createStore, type Route, type Store, seedOnFirstStart } from './store';

const root = document.getElementById('app') as HTMLElement;

async function boot() {
  const db = await openDatabase(DB_NAME, {
    // A newer version in another tab wants the database: let go and start again with it.
    onBlocking: () => {
      db.close();
      location.reload();
    },
    onTerminated: () => location.reload(),
  });
  const repo = createRepo(db);
  await seedOnFirstStart(repo, Date.now());
  const store = await createStore({ repo, speech: createSpeech() });
  syncRoute(store);
  addEventListener('pagehide', () => void store.flush());
  // A hidden board (screen off, another app) must not stay open for editing.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) store.session.lock();
  });
  render(<App store={store} />, root);
}

/** The screen follows the address (#/opgave/<day>/<task>), so a reload keeps the place. */
function syncRoute(store: Store) {
  const parse = (): Route => {
    const hash = location.hash;
    const task = /^#\/opgave\/(\d{4}-\d{2}-\d{2})\/([\w-]+)$/.exec(hash);
    if (task) return { screen: 'task', day: task[1]!, taskId: task[2]! };
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
        return `#/opgave/${r.day}/${r.taskId}`;
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
  store.route.subscribe((r) => {
    const hash = hashOf(r);
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname);
  });
  addEventListener('hashchange', () => store.go(parse()));
}

boot().catch((err: unknown) => {
  const t = texts('da').errors;
  const kind = err instanceof DbError ? err.kind : 'unreadable';
  root.innerHTML = '';
  const main = document.createElement('main');
  main.className = 'fallback';
  const h = document.createElement('h1');
  h.textContent = t.startFailed;
  const p = document.createElement('p');
  p.textContent = t.db[kind];
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'fallback__button';
  b.textContent = t.retry;
  b.onclick = () => location.reload();
  main.append(h, p, b);
  root.append(main);
  console.error(err);
});
