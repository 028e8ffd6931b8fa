// The wall board has no way out: no context menu, no image drag, no pinch zoom, no swipe-back.
// base.css already blocks selection, callouts and pull-to-refresh; these cover what CSS cannot.

export function installKioskGuards(win: Window = window): () => void {
  const stop = (e: Event) => e.preventDefault();
  // Two fingers on the wall are a pinch: never let the browser zoom.
  const pinch = (e: TouchEvent) => {
    if (e.touches.length > 1) e.preventDefault();
  };
  const offs: (() => void)[] = [];
  const on = <K extends keyof WindowEventMap>(
    type: K,
    fn: (e: WindowEventMap[K]) => void,
    opts: AddEventListenerOptions = {},
  ) => {
    win.addEventListener(type, fn as EventListener, opts);
    offs.push(() => win.removeEventListener(type, fn as EventListener, opts));
  };
  on('contextmenu', stop);
  on('dragstart', stop);
  on('selectstart', (e) => {
    // Typing into a field still selects text; the board itself never does.
    const t = e.target as HTMLElement | null;
    if (!t?.closest?.('input, textarea, [contenteditable="true"]')) e.preventDefault();
  });
  on('touchmove', pinch, { passive: false });
  // Safari's own pinch events.
  on('gesturestart' as keyof WindowEventMap, stop as never);
  return () => {
    for (const off of offs) off();
  };
}

/** Ask for full screen on the first touch (browsers allow it only after a gesture). */
export function fullscreenOnFirstTouch(doc: Document = document): void {
  if (doc.fullscreenElement || !doc.documentElement.requestFullscreen) return;
  const go = () => {
    doc.removeEventListener('pointerdown', go);
    if (!doc.fullscreenElement) void doc.documentElement.requestFullscreen().catch(() => undefined);
  };
  doc.addEventListener('pointerdown', go);
}

/** Interaction and visibility, for the idle timer and the wake lock. */
export function onActivity(listener: () => void, doc: Document = document): () => void {
  const events = ['pointerdown', 'keydown', 'wheel'] as const;
  for (const e of events) doc.addEventListener(e, listener, { passive: true, capture: true });
  return () => {
    for (const e of events) doc.removeEventListener(e, listener, { capture: true });
  };
}

export function onVisible(listener: () => void, doc: Document = document): () => void {
  const fn = () => {
    if (doc.visibilityState === 'visible') listener();
  };
  doc.addEventListener('visibilitychange', fn);
  return () => doc.removeEventListener('visibilitychange', fn);
}
