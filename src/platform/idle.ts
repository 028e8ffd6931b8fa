// Work that may wait: it runs in the browser's first quiet moment after the page has painted,
// or after `timeout` ms at the latest, so it never competes with the board's first paint.
export function whenIdle(work: () => void, timeout = 3000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout });
  else setTimeout(work, 500);
}
