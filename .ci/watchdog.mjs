// The renderer watchdog used by the kiosk launcher (and by the crash test): a crashed tab
// ("Aw, Snap!") cannot help itself, so the process that drives the browser replaces it with a
// fresh tab on the same address. The data is safe on disk; the board comes back as it was saved.

/**
 * @param {import('playwright-core').Page} first
 * @param {{ log?: (message: string) => void, url?: string }} [options]
 */
export function watchForCrashes(first, { log = console.error, url } = {}) {
  let current = first;
  let crashes = 0;
  const watch = (page) => {
    page.on('crash', async () => {
      const address = url ?? page.url();
      log(`renderer crashed (${crashes + 1}); opening the board again`);
      try {
        const next = await page.context().newPage();
        watch(next);
        current = next;
        crashes++;
        await page.close().catch(() => undefined);
        await next.goto(address, { waitUntil: 'load' });
      } catch (err) {
        log(`restoring the board after a crash failed: ${err}`);
      }
    });
  };
  watch(first);
  return { page: () => current, crashes: () => crashes };
}
