// The whole day on one wall: the board tries its densities from the fullest down and keeps the
// first one where nothing overflows. Only the amount of detail changes, never where a station is.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export const DENSITIES = ['full', 'compact', 'tight'] as const;

/**
 * Where the board keeps the density it last found, with the shape it found it for, between starts
 * (main.tsx gives it the browser's local storage). Finding the density from the fullest down lays
 * out and restyles the whole board once per density tried: on a year of data at 4x CPU the two
 * densities that did not fit were 130 of the first frame's 740 ms. With the same shape remembered,
 * the first frame lays the board out once, at that density, and only checks that it fits.
 */
export interface FitMemory {
  read(): string | null;
  write(value: string): void;
}
let memory: FitMemory | null = null;
export function rememberFit(m: FitMemory | null): void {
  memory = m;
}

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

/** The first fit: the density remembered for this very shape, if the board fits at it. */
function fitAsRemembered(board: HTMLElement, now: string): boolean {
  const kept = memory?.read();
  if (!kept) return false;
  const cut = kept.lastIndexOf('|');
  const density = kept.slice(cut + 1);
  if (kept.slice(0, cut) !== now || !(DENSITIES as readonly string[]).includes(density)) return false;
  board.dataset.density = density;
  return !overflows(board);
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
export function useFit(ref: RefObject<HTMLElement | null>): RefObject<string> {
  const last = useRef('');
  useLayoutEffect(() => refit(ref.current, last));
  useLayoutEffect(() => {
    const board = ref.current;
    if (!board || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    // The first report is of the sizes just fitted (the effect above ran first): nothing to do, and
    // trying a fuller density again would cost the frame after the first paint two more layouts.
    let first = true;
    // A frame later, not inside the observer: changing the density resizes what it observes.
    const observer = new ResizeObserver(() => {
      if (first) {
        first = false;
        return;
      }
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
  return last;
}

/**
 * Fit again if what decides the fit changed since `last` (or the board overflows). Run after each
 * render of the board, and when it shows again after lying hidden under another screen.
 */
export function refit(board: HTMLElement | null, last: RefObject<string>): void {
  if (!board || board.hidden) return;
  const now = shape(board);
  if (now === last.current && !overflows(board)) return;
  const first = last.current === '';
  last.current = now;
  if (first && fitAsRemembered(board, now)) return;
  fitBoard(board);
  const found = `${now}|${board.dataset.density}`;
  if (memory && memory.read() !== found) memory.write(found);
}
