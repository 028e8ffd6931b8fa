// Runs in the page before the app (addInitScript): marks when the board is painted, times each
// tap to the next paint, and times and sizes every IndexedDB write. It only observes; the app is
// the unchanged production build. Self-contained: Playwright sends this function's source.

export interface ProbeOptions {
  /** Let the page's clock read this instant at load and run on in real time (null: real time). */
  startAt: number | null;
}

export interface ProbeState {
  domAt: number | null;
  paintedAt: number | null;
  taps: { start: number; ms: number }[];
  writes: { ms: number; bytes: number; requests: number; stores: string[] }[];
  frames: number[];
}

export function probe(opts: ProbeOptions) {
  if (opts.startAt !== null) {
    const RealDate = Date;
    const offset = opts.startAt - RealDate.now();
    const Shifted = function (this: unknown, ...args: unknown[]) {
      if (!new.target) return new RealDate(RealDate.now() + offset).toString();
      return args.length === 0
        ? new RealDate(RealDate.now() + offset)
        : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
    } as unknown as DateConstructor;
    Object.setPrototypeOf(Shifted, RealDate);
    Object.defineProperty(Shifted, 'prototype', { value: RealDate.prototype });
    Shifted.now = () => RealDate.now() + offset;
    (globalThis as { Date: DateConstructor }).Date = Shifted;
  }

  const state: ProbeState = { domAt: null, paintedAt: null, taps: [], writes: [], frames: [] };
  (globalThis as unknown as { __bench: ProbeState }).__bench = state;

  // The frame that holds a DOM change is painted when a task posted from its rAF runs.
  const afterPaint = (done: (at: number) => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done(performance.now());
      ch.port2.postMessage(0);
    });

  const usable = () =>
    document.querySelector('[data-task]') !== null && document.querySelector('h1') !== null;
  const painted = new MutationObserver(() => {
    if (state.domAt !== null || !usable()) return;
    state.domAt = performance.now();
    painted.disconnect();
    afterPaint((at) => {
      state.paintedAt = at;
    });
  });
  painted.observe(document, { childList: true, subtree: true });

  let tapStart: number | null = null;
  addEventListener(
    'pointerup',
    (e) => {
      tapStart = e.timeStamp;
    },
    true,
  );
  addEventListener(
    'click',
    () => {
      if (tapStart === null) return;
      const start = tapStart;
      tapStart = null;
      // The answer is the first change on screen after the tap, then the paint that shows it.
      const answer = new MutationObserver(() => {
        answer.disconnect();
        clearTimeout(none);
        afterPaint((at) => state.taps.push({ start, ms: at - start }));
      });
      answer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const none = setTimeout(() => {
        answer.disconnect();
        state.taps.push({ start, ms: -1 });
      }, 3000);
    },
    true,
  );

  const tallies = new WeakMap<IDBTransaction, ProbeState['writes'][number] & { at: number }>();
  const sizeOf = (value: unknown) => {
    let blobs = 0;
    const json = JSON.stringify(value, (_k, v) => {
      if (v instanceof Blob) {
        blobs += v.size;
        return 0;
      }
      return v;
    });
    return new TextEncoder().encode(json ?? '').length + blobs;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: unknown[]) {
    const tx = (transaction as (...a: unknown[]) => IDBTransaction).apply(this, args);
    if (args[1] === 'readwrite') {
      const tally = { at: performance.now(), ms: 0, bytes: 0, requests: 0, stores: [...tx.objectStoreNames] };
      tallies.set(tx, tally);
      tx.addEventListener('complete', () => {
        const { at, ...write } = tally;
        state.writes.push({ ...write, ms: performance.now() - at });
      });
    }
    return tx;
  } as typeof transaction;
  for (const method of ['put', 'add', 'delete'] as const) {
    const original = IDBObjectStore.prototype[method] as (...a: unknown[]) => IDBRequest;
    (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      const tally = tallies.get(this.transaction);
      if (tally) {
        tally.requests++;
        if (method !== 'delete') tally.bytes += sizeOf(args[0]);
      }
      return original.apply(this, args);
    };
  }

  // Frame times while something moves: the gap between consecutive animation frames.
  let recording = false;
  let last = 0;
  const frame = (t: number) => {
    if (!recording) return;
    if (last) state.frames.push(t - last);
    last = t;
    requestAnimationFrame(frame);
  };
  Object.assign(state, {
    recordFrames(on: boolean) {
      recording = on;
      last = 0;
      if (on) {
        state.frames = [];
        requestAnimationFrame(frame);
      }
    },
  });
}
