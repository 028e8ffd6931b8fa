// Text for rearranging the board and the editors. Danish first; English has the same shape.
import type { MoveRefusal } from '../store/arrange';

const da = {
  pool: 'Puljen',
  poolZone: 'Puljen: opgaver alle kan tage',
  dropHere: 'Slip her',
  dragHint: 'Træk et kort med fingeren, eller tryk på det for at flytte det med knapper.',
  refused: {
    locked: 'Redigeringen er låst. Tryk på Personale og skriv pinkoden.',
    unknownTask: 'Opgaven findes ikke længere.',
    notOnShift: 'Personen er ikke på vagt den dag. Giv dem en vagt først.',
    unknownStation: 'Stationen findes ikke længere.',
    nothingToDo: 'Opgaven ligger der allerede.',
    failed: 'Flytningen blev ikke gemt. Prøv igen.',
  } satisfies Record<MoveRefusal, string>,
  notATarget: 'Her kan en opgave ikke ligge. Slip den på en person, en station eller puljen.',
  // The move panel (the button way to do every drag)
  moveTitle: (task: string) => `Flyt: ${task}`,
  toPerson: 'Giv opgaven til',
  toStation: 'Læg opgaven på en station',
  toPool: 'Læg i puljen',
  moveUp: 'Flyt op',
  moveDown: 'Flyt ned',
  openTask: 'Åbn opgaven',
  close: 'Luk',
  movedTo: (task: string, to: string) => `${task} ligger nu hos ${to}.`,
  alreadyOnShift: 'Personen er allerede på den vagt.',
  notAShift: 'En person kan kun flyttes til en vagt. Slip dem på en anden vagt.',
  movePersonTitle: (name: string) => `Flyt ${name} til en anden vagt`,
  toShift: 'Vælg vagt',
};

export type EditText = typeof da;

const en: EditText = {
  pool: 'The pool',
  poolZone: 'The pool: tasks anyone can take',
  dropHere: 'Drop here',
  dragHint: 'Drag a card with your finger, or tap it to move it with buttons.',
  refused: {
    locked: 'Editing is locked. Tap Staff and type the PIN.',
    unknownTask: 'This task no longer exists.',
    notOnShift: 'That person is not on shift that day. Give them a shift first.',
    unknownStation: 'That station no longer exists.',
    nothingToDo: 'The task is already there.',
    failed: 'The move was not saved. Try again.',
  },
  notATarget: 'A task cannot go here. Drop it on a person, a station or the pool.',
  moveTitle: (task) => `Move: ${task}`,
  toPerson: 'Give the task to',
  toStation: 'Put the task on a station',
  toPool: 'Put in the pool',
  moveUp: 'Move up',
  moveDown: 'Move down',
  openTask: 'Open the task',
  close: 'Close',
  movedTo: (task, to) => `${task} is now with ${to}.`,
  alreadyOnShift: 'The person is already on that shift.',
  notAShift: 'A person can only move to a shift. Drop them on another shift.',
  movePersonTitle: (name) => `Move ${name} to another shift`,
  toShift: 'Choose a shift',
};

export default { da, en };
