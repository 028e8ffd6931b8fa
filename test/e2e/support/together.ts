// Page objects and data helpers for the shared morning (check-in, week, pool, help, read aloud).
import type { Page } from 'playwright-core';

export const togetherPage = (page: Page) => ({
  checkInButton: () => page.getByRole('button', { name: 'Godmorgen', exact: true }),
  weekButton: () => page.getByRole('button', { name: 'Uge', exact: true }),
  poolButton: () => page.getByRole('button', { name: 'Jeg har tid', exact: true }),
  /** A face in a grid of people (its name may be followed by "Tjekket ind"). */
  face: (name: string) => page.getByRole('button', { name: new RegExp(`^${name}( |$)`) }),
  back: () => page.getByRole('button', { name: 'Tilbage til tavlen' }),
  day: (name: RegExp) => page.getByRole('region', { name }),
});

/** Every record of a store, read straight from the app's IndexedDB. */
export function readAll<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('dagstavlen');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return rows;
  }, store) as Promise<T[]>;
}

/** Write records into the app's IndexedDB, as a fixture (reload afterwards to see them). */
export function putAll(page: Page, store: string, records: unknown[]): Promise<void> {
  return page.evaluate(
    async ({ name, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('dagstavlen');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(name, 'readwrite', { durability: 'strict' });
        for (const row of rows) tx.objectStore(name).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: store, rows: records },
  );
}

/** A Danish voice that records what it was asked to say in window.spoken. */
export async function stubDanishVoice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { spoken: string[] };
    w.spoken = [];
    const voices = [{ lang: 'da-DK', name: 'Dansk', default: true, localService: true, voiceURI: 'da' }];
    const synth = {
      getVoices: () => voices,
      speak: (u: { text: string }) => w.spoken.push(u.text),
      cancel: () => undefined,
      addEventListener: () => undefined,
    };
    // The real utterance refuses a voice that is not a SpeechSynthesisVoice.
    class Utterance {
      voice: unknown = null;
      lang = '';
      rate = 1;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  });
}
