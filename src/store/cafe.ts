// Replacing the whole café: staff starting their own (empty) café, or loading the large demo café
// to see how the board copes. Every whole-café replacement from the staff area goes through
// `replace`: one transaction, then the board reads everything again.
import type { Batch } from '../db/repo';
import type { StoreCore } from './index';

export function createCafeActions(store: StoreCore) {
  /** Every record, photo and undo step goes and `next` takes their place; settings and PIN stay. */
  async function replace(next: () => Promise<Batch>): Promise<boolean> {
    try {
      await store.flush();
      await store.repo.replaceCafe(await next());
      await store.reload();
      // Every other tab reads it again; with a house server every screen gets it (the outbox's '*').
      store.replaced();
      return true;
    } catch (err) {
      store.fail(err);
      return false;
    }
  }

  return {
    replace,
    /** An empty café, remembered so that the demo is never seeded again. */
    clear: () => replace(async () => ({ meta: [{ key: 'demo', value: { clearedAt: store.now.value } }] })),
    /** The large demo café (8 stations, 16 people, 50 tasks), its today already under way. */
    loadLarge: () =>
      replace(async () => {
        const [{ largeCafe }, { loadDrawings }] = await Promise.all([
          import('../demo/large'),
          import('../demo/pictures'),
        ]);
        // Without its pictures (offline, say) its tasks show their pictograms.
        const pictures = await loadDrawings().catch(() => undefined);
        return largeCafe(store.now.value, pictures);
      }),
  };
}
export type CafeActions = ReturnType<typeof createCafeActions>;
