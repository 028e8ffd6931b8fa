// @vitest-environment node
import 'fake-indexeddb/auto';
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/db/open';
import { createRepo } from '../../../src/db/repo';
import { demoCafe } from '../../../src/demo/seed';
import { instantAt } from '../../../src/domain/calendar';
import { createStore } from '../../../src/store';
import { createClock } from '../../../src/store/clock';
import { logText } from '../../../src/store/kiosk';

async function kioskStore(at: number, extra: { editing?: boolean; reload?: (r: string) => boolean } = {}) {
  const repo = createRepo(await openDatabase(`kiosk-${Math.random()}`));
  await repo.commit(demoCafe(at));
  const editing = signal(extra.editing ?? false);
  const store = await createStore({
    repo,
    clock: createClock(() => at),
    kiosk: { editing, ...(extra.reload ? { reload: extra.reload } : {}) },
  });
  return { store, editing, repo };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the kiosk', () => {
  it('is lit in opening hours and dim at night, showing the next open day', async () => {
    const day = await kioskStore(instantAt('2026-11-23', 10 * 60));
    expect(day.store.kiosk.night.value).toBe(false);
    expect(day.store.kiosk.keepAwake.value).toBe(true);
    const evening = await kioskStore(instantAt('2026-11-23', 21 * 60));
    expect(evening.store.kiosk.night.value).toBe(true);
    expect(evening.store.kiosk.dim.value).toBe(true);
    expect(evening.store.kiosk.keepAwake.value).toBe(false);
    expect(evening.store.board.shown.value.relation).toBe('tomorrow');
    const early = await kioskStore(instantAt('2026-11-23', 5 * 60));
    expect(early.store.kiosk.night.value).toBe(true);
  });

  it('a touch at night lights the board until it is idle again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store } = await kioskStore(instantAt('2026-11-23', 21 * 60));
    store.kiosk.touched();
    expect(store.kiosk.dim.value).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(store.kiosk.dim.value).toBe(true);
  });

  it('returns to the today board after the idle time, but leaves staff in edit mode alone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, editing } = await kioskStore(instantAt('2026-11-23', 10 * 60));
    store.go({ screen: 'task', day: '2026-11-23', taskId: 'x' });
    store.kiosk.touched();
    vi.advanceTimersByTime(59_000);
    expect(store.route.value.screen).toBe('task');
    vi.advanceTimersByTime(1_000);
    expect(store.route.value.screen).toBe('board');
    editing.value = true;
    store.go({ screen: 'pool' });
    store.kiosk.touched();
    vi.advanceTimersByTime(120_000);
    expect(store.route.value.screen).toBe('pool');
  });

  it('a screen opened before any touch was seen still goes home after the idle time', async () => {
    // The touch listener comes after the first paint: a tap before it, or a reload onto a screen.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store } = await kioskStore(instantAt('2026-11-23', 10 * 60));
    store.go({ screen: 'myday', personId: 'x' });
    vi.advanceTimersByTime(59_000);
    expect(store.route.value.screen).toBe('myday');
    vi.advanceTimersByTime(1_000);
    expect(store.route.value.screen).toBe('board');
  });

  it('a new version waits for a quiet moment: idle and not in edit mode', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, editing } = await kioskStore(instantAt('2026-11-23', 10 * 60), { editing: true });
    let applied = 0;
    store.kiosk.touched();
    store.kiosk.whenQuiet(() => applied++);
    expect(store.kiosk.updateReady.value).toBe(true);
    vi.advanceTimersByTime(5 * 60_000);
    expect(applied).toBe(0);
    // Staff tap "lock": the touch comes first, then edit mode ends; the update waits a quiet minute.
    store.kiosk.touched();
    editing.value = false;
    expect(applied).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(applied).toBe(1);
    store.kiosk.touched();
    vi.advanceTimersByTime(60_000);
    expect(applied).toBe(1);
  });

  it('five render errors within a minute earn exactly one reload', async () => {
    const reasons: string[] = [];
    const { store, repo } = await kioskStore(instantAt('2026-11-23', 10 * 60), {
      reload: (r) => {
        reasons.push(r);
        return true;
      },
    });
    for (let i = 0; i < 4; i++) store.kiosk.renderError(new Error(`boom ${i}`));
    expect(reasons).toEqual([]);
    for (let i = 0; i < 6; i++) store.kiosk.renderError(new Error('boom'));
    expect(reasons).toEqual(['render errors']);
    await new Promise((r) => setTimeout(r, 10));
    const log = await repo.readLog();
    expect(log.filter((e) => e.message.startsWith('render:'))).toHaveLength(10);
    expect(logText(log).split('\n')).toHaveLength(10);
  });
});
