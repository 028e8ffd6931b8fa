// A history label as stored with each undoable edit: a key and its values, put into words only
// when the staff area lists the changes (history.ts), so the board's first paint carries no words.
import type { HistoryKey } from './history';

/** Make a label for `records.apply(edits, { label })`. */
export function historyKey(key: HistoryKey, ...values: string[]): string {
  return JSON.stringify([key, ...values]);
}
