// Staff intents for the "Skærme" section: test the house server, link this screen (sending the
// café up, or taking the server's café after an in-page yes), leave it. The sync code itself
// loads only when a screen is linked.
import { batch, signal } from '@preact/signals';
import { staffTexts } from '../i18n/staffText';
import type { SyncLink } from '../sync/protocol';
import { SCREEN_KEY, type Store } from './index';

export interface ScreensForm {
  url: string;
  cafe: string;
  user: string;
  password: string;
}

export interface ScreensMessage {
  kind: 'error' | 'info';
  text: string;
}

const probeCode = () => import('../sync/probe');
const linkCode = () => import('../sync/link');

export function createScreenActions(store: Store) {
  const busy = signal(false);
  const message = signal<ScreensMessage | null>(null);
  /** The server has the café and this screen has its own: replace it? (asked in the page) */
  const asking = signal<SyncLink | null>(null);
  const t = () => staffTexts(store.settings.value.lang).screens;

  const tidy = (form: ScreensForm): ScreensForm => ({
    url: form.url.trim(),
    cafe: form.cafe.trim().toLowerCase(),
    user: form.user.trim(),
    password: form.password,
  });

  async function ask(form: ScreensForm) {
    const { probe } = await probeCode();
    const result = await probe(form);
    if (!result.ok) message.value = { kind: 'error', text: t().problems[result.problem] };
    else message.value = { kind: 'info', text: result.docs > 0 ? t().okHas : t().okEmpty };
    return result;
  }

  async function link(next: SyncLink) {
    await store.flush();
    // The first screen sends its café up; a later one takes the server's (the worker does both).
    await store.repo.linkServer(next, next.mode === 'push');
    batch(() => {
      store.syncLink.value = next;
      store.syncStatus.value = null;
      message.value = null;
    });
    await (await linkCode()).startSync(store);
  }

  async function guarded(work: () => Promise<void>) {
    if (busy.value) return;
    busy.value = true;
    try {
      await work();
    } catch (err) {
      store.fail(err);
    } finally {
      busy.value = false;
    }
  }

  return {
    busy,
    message,
    asking,

    test: (form: ScreensForm) =>
      guarded(async () => {
        message.value = null;
        await ask(tidy(form));
      }),

    join: (form: ScreensForm) =>
      guarded(async () => {
        message.value = null;
        const asked = tidy(form);
        const result = await ask(asked);
        if (!result.ok) return;
        const next: SyncLink = { ...asked, joinedAt: Date.now(), mode: result.docs > 0 ? 'pull' : 'push' };
        const ownCafe =
          store.records.lists.people.value.length + store.records.lists.stations.value.length > 0;
        if (next.mode === 'pull' && ownCafe) {
          asking.value = next;
          return;
        }
        await link(next);
      }),

    confirmReplace: () =>
      guarded(async () => {
        const next = asking.value;
        asking.value = null;
        if (next) await link(next);
      }),

    cancelReplace() {
      asking.value = null;
    },

    /** Show one station on this screen, or the whole café (null); this screen only. */
    async showStation(stationId: string | null): Promise<boolean> {
      try {
        await store.repo.commit({ meta: [{ key: SCREEN_KEY, value: { stationId } }] });
        store.screenStation.value = stationId;
        return true;
      } catch (err) {
        store.fail(err);
        return false;
      }
    },

    leave: () =>
      guarded(async () => {
        const { startSync } = await linkCode();
        await (await startSync(store))?.leave();
        await store.repo.unlinkServer();
        batch(() => {
          store.syncLink.value = null;
          store.syncStatus.value = null;
          message.value = { kind: 'info', text: t().left };
        });
      }),
  };
}
export type ScreenActions = ReturnType<typeof createScreenActions>;
