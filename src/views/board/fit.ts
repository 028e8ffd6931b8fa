// The whole day on one wall: the board tries its densities from the fullest down and keeps the
// first one where nothing overflows. Only the amount of detail changes, never where a station is.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export const DENSITIES = ['full', 'compact', 'tight'] as const;

/** The parts whose fit the density decides (marked data-fit): the stations. */
function overflows(board: HTMLElement): boolean {
  for (const part of board.querySelectorAll<HTMLElement>('[data-fit]')) {
    if (part.scrollHeight > part.clientHeight + 1 || part.scrollWidth > part.clientWidth + 1) return true;
  }
  return false;
}

export function fitBoard(board: HTMLElement): void {
  // Hidden under an opened task there is nothing to measure; it fits again when it shows.
  if (board.hidden) return;
  const set = (i: number) => {
    board.dataset.density = DENSITIES[i];
  };
  // From the density it has: denser while it overflows, fuller while that still fits.
  let i = Math.max(0, DENSITIES.indexOf(board.dataset.density as (typeof DENSITIES)[number]));
  set(i);
  if (overflows(board)) {
    while (i < DENSITIES.length - 1) {
      set(++i);
      if (!overflows(board)) return;
    }
    return;
  }
  while (i > 0) {
    set(i - 1);
    if (overflows(board)) {
      set(i);
      return;
    }
    i--;
  }
}

/** What decides how much fits: the screen's size and how many stations, shifts, people and cards. */
function shape(board: HTMLElement): string {
  const n = (selector: string) => board.querySelectorAll(selector).length;
  return `${innerWidth}x${innerHeight}|${n('[data-fit] > *')}|${n('[data-task]')}|${n('li')}`;
}

/**
 * Fit before the first paint and after every render of the board, and again whenever the screen
 * or what is on the board changes size (a rotated screen, a card that got a line longer). A render
 * that changed only what cards say (a tick, a photo arriving) checks just that the board still
 * fits: trying a fuller density costs a whole layout of the board, twice.
 */
export function useFit(ref: RefObject<HTMLElement | null>): void {
  const last = useRef('');
  useLayoutEffect(() => {
    const board = ref.current;
    if (!board || board.hidden) return;
    const now = shape(board);
    if (now === last.current && !overflows(board)) return;
    last.current = now;
    fitBoard(board);
  });
  useLayoutEffect(() => {
    const board = ref.current;
    if (!board || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    // A frame later, not inside the observer: changing the density resizes what it observes.
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fitBoard(board));
    });
    observer.observe(board);
    for (const part of board.querySelectorAll('[data-fit] > *')) observer.observe(part);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref]);
}
