// What the board and its cards read of a drag. The drag itself (drag.ts) is made only in edit
// mode, and its code loads then, not with the public board's first paint.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Drag } from './drag';

/** The drag controller while the board is in edit mode; null otherwise. */
export const DragContext = createContext<Drag | null>(null);
export const useDrag = () => useContext(DragContext);
