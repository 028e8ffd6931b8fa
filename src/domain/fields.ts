// What a record's fields may hold. The editors refuse anything else, and every other way in (a
// backup file, a daily copy, another screen) is checked against the same numbers and lists
// (db/backup-schema.ts), so a record that an editor would refuse never reaches the wall. (A
// person's goals are limited in domain/together.ts, which the board's first paint carries anyway.)

/** A person's first name or nickname, as the wall's headings have room for it. */
export const PERSON_NAME_MAX = 30;
export const TEAM_MAX = 40;
/** Staff-only notes (no editor writes them yet): room for a few sentences, not a file. */
export const NOTE_MAX = 500;

export const STATION_NAME_MAX = 24;
export const TASK_TITLE_MAX = 60;
export const STEP_TEXT_MAX = 80;
/** A checklist longer than this no longer reads as one task on the wall. */
export const STEPS_MAX = 20;
export const TASK_MINUTES_MAX = 480;
/** A shift's name sits beside its station's ("Bar Formiddag") in the wall's columns. */
export const SHIFT_LABEL_MAX = 24;
export const SHIFT_CAPACITY_MAX = 12;
/** An item of the day's programme: the timeline's line and the Now panel's heading. */
export const BLOCK_TITLE_MAX = 40;

/** Avatar colours: the palette keys --p1 … --p8 in styles/tokens.css. */
export const PERSON_COLORS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'] as const;
/** Station colours: the palette keys --st-* in styles/tokens.css. */
export const STATION_COLORS = ['bar', 'kitchen', 'dishes', 'cash', 'garden', 'other'] as const;

/** Every pictogram the board ships (public/pictograms/<key>.svg and .png). */
export const PICTOGRAMS = [
  'coffee',
  'kitchen',
  'dishes',
  'cash',
  'garden',
  'checkin',
  'lunch',
  'clean',
  'home',
  'open',
  'meeting',
  'break',
  'plan',
  'pool',
  'help',
  'learn',
  'punch',
  'star',
  'moon',
  'sun',
  'cake',
  'bread',
  'shop',
  'basket',
  'chair',
  'bucket',
  'plant',
  'flower',
  'books',
  'window',
  'camera',
  'speaker',
  'closed',
] as const;
export type PictogramKey = (typeof PICTOGRAMS)[number];

/** The stored renditions of a photo, as the photo intake makes them (photos/intake.ts). */
export const PHOTO_EDGE = 1600;
export const THUMB_EDGE = 320;

/** Why someone is away (staff-only): the planner offers these, and the door takes no other. */
export const AWAY_REASONS = ['ill', 'holiday', 'course', 'other'] as const;
/** Times away kept on one person (ill, holiday, course): ended ones can be taken off. */
export const AWAY_MAX = 60;
/** One time away covers at most this many days (a quarter of a year); a longer one is added in parts. */
export const AWAY_DAYS_MAX = 92;
