// Edit mode's parts that sit inside a station (the board's own first paint carries only these
// small loaders; their code loads with edit mode's, see Board.tsx's EDIT_PARTS).
import { lazyScreen } from '../lazy';

/** "Kan tage over:" under a shift an away person left (staff only). */
export const TakeOver = lazyScreen(() => import('../planner/TakeOver').then((m) => m.TakeOver));
