// The backup section of the staff area: saving, loading and the automatic daily copies.
import type { BackupProblem } from '../db/backup';

const da = {
  title: 'Sikkerhedskopi',
  intro: 'Gem alt på tavlen, også billederne, i én fil. Filen kan hentes igen her eller på en anden skærm.',
  save: 'Gem sikkerhedskopi',
  saving: 'Gemmer …',
  saved: (name: string) => `Filen ${name} er gemt i Overførsler.`,
  load: 'Hent sikkerhedskopi',
  checking: 'Kontrollerer filen …',
  holds: (date: string, people: number, tasks: number, photos: number) =>
    `Filen er fra ${date}. Den indeholder ${people} ${people === 1 ? 'person' : 'personer'}, ${tasks} ${tasks === 1 ? 'opgave' : 'opgaver'} og ${photos} ${photos === 1 ? 'billede' : 'billeder'}.`,
  replaceQuestion: 'Vil du erstatte alt på tavlen med indholdet af filen? Det du har nu, bliver slettet.',
  replace: 'Ja, erstat alt',
  keep: 'Nej, behold det nuværende',
  restored: 'Sikkerhedskopien er hentet. Tavlen viser nu indholdet af filen.',
  snapshots: 'Automatiske kopier',
  snapshotsIntro:
    'Tavlen gemmer selv en kopi hver dag og husker de sidste 7 dage. Billeder gemmes ikke i kopierne.',
  noSnapshots: 'Der er ingen automatiske kopier endnu.',
  snapshotLine: (date: string, people: number, tasks: number) =>
    `${date}: ${people} ${people === 1 ? 'person' : 'personer'}, ${tasks} ${tasks === 1 ? 'opgave' : 'opgaver'}`,
  restore: 'Gendan',
  restoreLabel: (date: string) => `Gendan kopien fra ${date}`,
  restoreQuestion: (date: string) =>
    `Vil du sætte tavlen tilbage til, som den var ${date}? Ændringer efter det bliver slettet.`,
  restoreYes: 'Ja, gendan',
  snapshotRestored: (date: string) => `Tavlen er sat tilbage til ${date}.`,
  startOver: 'Start forfra',
  startOverIntro:
    'Erstat alt på tavlen med en tom café, så I kan lægge jeres egen ind, eller med den store eksempelcafé med 8 stationer, 16 personer og 50 opgaver. Pinkoden og indstillingerne bliver. Gem en sikkerhedskopi først, hvis I vil kunne få det nuværende tilbage.',
  startEmpty: 'Start med en tom café',
  loadLarge: 'Hent den store eksempelcafé',
  emptyQuestion: 'Vil du tømme tavlen? Alle personer, vagter, opgaver og billeder bliver slettet.',
  largeQuestion: 'Vil du erstatte alt på tavlen med den store eksempelcafé? Det du har nu, bliver slettet.',
  emptyYes: 'Ja, tøm tavlen',
  largeYes: 'Ja, hent eksempelcaféen',
  emptied: 'Tavlen er tom. Læg stationer, personer og opgaver ind i de andre afsnit.',
  largeLoaded: 'Den store eksempelcafé er hentet.',
  full: 'Lageret er fuldt, så sikkerhedskopien kunne ikke hentes. Intet er ændret. Slet gamle billeder, og prøv igen.',
  problems: {
    damaged: 'Filen er beskadiget eller ikke hel. Intet er ændret.',
    foreign: 'Filen er ikke en sikkerhedskopi fra Dagstavlen. Intet er ændret.',
    newer: 'Filen er lavet af en nyere udgave af Dagstavlen. Opdatér tavlen først. Intet er ændret.',
    'too-large': 'Filen er for stor til at være en sikkerhedskopi. Intet er ændret.',
    'too-many': 'Filen indeholder alt for mange dele til at være en sikkerhedskopi. Intet er ændret.',
    'unsafe-name': 'Filen indeholder filnavne, som tavlen ikke tager imod. Intet er ændret.',
    'invalid-record': 'Nogle oplysninger i filen er ugyldige. Intet er ændret.',
    'photo-missing': 'Et billede mangler i filen. Intet er ændret.',
    'photo-mismatch': 'Et billede i filen er beskadiget. Intet er ændret.',
    'photo-invalid': 'Et billede i filen kan ikke bruges. Intet er ændret.',
  } satisfies Record<BackupProblem, string>,
};

const en: typeof da = {
  title: 'Backup',
  intro:
    'Save everything on the board, photos included, in one file. The file can be loaded here or on another screen.',
  save: 'Save backup',
  saving: 'Saving …',
  saved: (name: string) => `The file ${name} is saved in Downloads.`,
  load: 'Load backup',
  checking: 'Checking the file …',
  holds: (date: string, people: number, tasks: number, photos: number) =>
    `The file is from ${date}. It holds ${people} ${people === 1 ? 'person' : 'people'}, ${tasks} ${tasks === 1 ? 'task' : 'tasks'} and ${photos} ${photos === 1 ? 'photo' : 'photos'}.`,
  replaceQuestion:
    'Replace everything on the board with the contents of the file? What you have now will be deleted.',
  replace: 'Yes, replace everything',
  keep: 'No, keep what is here',
  restored: 'The backup is loaded. The board now shows the contents of the file.',
  snapshots: 'Automatic copies',
  snapshotsIntro:
    'The board saves a copy by itself every day and keeps the last 7 days. Photos are not in the copies.',
  noSnapshots: 'There are no automatic copies yet.',
  snapshotLine: (date: string, people: number, tasks: number) =>
    `${date}: ${people} ${people === 1 ? 'person' : 'people'}, ${tasks} ${tasks === 1 ? 'task' : 'tasks'}`,
  restore: 'Restore',
  restoreLabel: (date: string) => `Restore the copy from ${date}`,
  restoreQuestion: (date: string) =>
    `Put the board back as it was on ${date}? Changes since then will be deleted.`,
  restoreYes: 'Yes, restore',
  snapshotRestored: (date: string) => `The board is back as it was on ${date}.`,
  startOver: 'Start over',
  startOverIntro:
    'Replace everything on the board with an empty café, to enter your own, or with the large example café with 8 stations, 16 people and 50 tasks. The PIN and the settings stay. Save a backup first if you want to be able to get the current one back.',
  startEmpty: 'Start with an empty café',
  loadLarge: 'Load the large example café',
  emptyQuestion: 'Empty the board? All people, shifts, tasks and photos will be deleted.',
  largeQuestion:
    'Replace everything on the board with the large example café? What you have now will be deleted.',
  emptyYes: 'Yes, empty the board',
  largeYes: 'Yes, load the example café',
  emptied: 'The board is empty. Enter stations, people and tasks in the other sections.',
  largeLoaded: 'The large example café is loaded.',
  full: 'Storage is full, so the backup could not be loaded. Nothing was changed. Delete old photos and try again.',
  problems: {
    damaged: 'The file is damaged or incomplete. Nothing was changed.',
    foreign: 'The file is not a Dagstavlen backup. Nothing was changed.',
    newer: 'The file was made by a newer version of Dagstavlen. Update the board first. Nothing was changed.',
    'too-large': 'The file is too large to be a backup. Nothing was changed.',
    'too-many': 'The file holds far too many parts to be a backup. Nothing was changed.',
    'unsafe-name': 'The file contains file names the board does not accept. Nothing was changed.',
    'invalid-record': 'Some information in the file is invalid. Nothing was changed.',
    'photo-missing': 'A photo is missing from the file. Nothing was changed.',
    'photo-mismatch': 'A photo in the file is damaged. Nothing was changed.',
    'photo-invalid': 'A photo in the file cannot be used. Nothing was changed.',
  },
};

export default { da, en };
