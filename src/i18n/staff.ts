// Text for the staff area's frame, edit mode on the board and auto-lock. The PIN pad and the
// recovery code have their own catalogue (pin.ts), which loads with the staff area.

const da = {
  entry: 'Personale',
  area: 'Personale',
  sections: 'Afsnit',
  lock: 'Lås',
  backToBoard: 'Tilbage til tavlen',
  editMode: 'Redigering er åben',
  undo: 'Fortryd',
  redo: 'Gentag',
  toBoard: 'Tavlen',
  todayChanges: 'Dagens ændringer',
  noChangesToday: 'Ingen ændringer i dag endnu.',
  undoneTag: 'Fortrudt',
  // Auto-lock
  idleTitle: 'Låser snart',
  idleText: (s: number) => `Redigeringen låses om ${s} sekunder. Intet går tabt.`,
  stillHere: 'Jeg er her stadig',
  idleMinutes: 'Lås efter så mange minutter uden brug',
};

export type StaffFrameText = typeof da;

const en: StaffFrameText = {
  entry: 'Staff',
  area: 'Staff',
  sections: 'Sections',
  lock: 'Lock',
  backToBoard: 'Back to the board',
  editMode: 'Editing is open',
  undo: 'Undo',
  redo: 'Redo',
  toBoard: 'Board',
  todayChanges: "Today's changes",
  noChangesToday: 'No changes today yet.',
  undoneTag: 'Undone',
  idleTitle: 'Locking soon',
  idleText: (s) => `Editing locks in ${s} seconds. Nothing is lost.`,
  stillHere: 'I am still here',
  idleMinutes: 'Lock after this many idle minutes',
};

export default { da, en };
