// Whether this screen is a phone's width, where the staff area is one scrolling page (its CSS
// breakpoint) and the wall's board does not fit.
export function phoneWidth(): boolean {
  return globalThis.matchMedia?.('(max-width: 640px)').matches ?? false;
}
