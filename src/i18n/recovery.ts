// Text for the screen shown at start instead of the board when it cannot start safely: data
// gone (with the way back), safe mode, a failed start or data update. It loads only with that
// screen (i18n/staffText.ts), never with the board's first paint.

const da = {
  lostTitle: 'Tavlens data er væk',
  lostBody:
    'Skærmen har tidligere haft caféens plan, men lageret er tomt nu. Det kan ske, når browseren rydder op. Tavlen starter ikke tom af sig selv.',
  lostWhat: 'Hent planen fra den seneste sikkerhedskopi. Spørg en fra personalet, hvis du er i tvivl.',
  forStaff: 'Det her skal en fra personalet gøre. Er du deltager, så hent en fra personalet.',
  pinTitle: 'Skriv personalets pinkode for at fortsætte',
  pinHelp: 'Pinkoden er den samme som til redigering.',
  pinWrong: 'Pinkoden passer ikke. Prøv igen.',
  pinLocked: (s: number) => `For mange forkerte forsøg. Prøv igen om ${s} sekunder.`,
  pinFormat: 'Pinkoden er 4 til 8 tal.',
  pinOk: 'Fortsæt',
  useCode: 'Jeg har glemt pinkoden',
  codeLabel: 'Nødkode fra papiret',
  codeWrong: 'Nødkoden passer ikke. Tjek papiret, og prøv igen.',
  loadTitle: '1. Hent en sikkerhedskopi',
  loadBody:
    'Vælg den nyeste fil fra caféens USB-nøgle eller fra Overførsler. Den hedder fx dagstavlen-2026-11-20.zip.',
  loadAsk: 'Vil du hente den? Tavlen starter igen med indholdet af filen.',
  loadYes: 'Ja, hent den',
  no: 'Nej',
  snapshotsTitle: '2. Eller gendan en automatisk kopi',
  snapshotsBody: 'Tavlen gemmer selv en kopi hver dag. Billeder er ikke med i kopierne.',
  noSnapshots: 'Der er ingen automatiske kopier tilbage.',
  emptyTitle: '3. Ingen kopi?',
  emptyBody: 'Så kan tavlen starte helt tom. Personer, vagter og opgaver skal lægges ind igen.',
  startOver: 'Start med en tom tavle',
  emptyAsk: 'Er du sikker? Tavlen starter tom, og det kan ikke fortrydes.',
  emptyYes: 'Ja, start tom',
  safeTitle: 'Tavlen holder en pause',
  safeBody:
    'Tavlen er startet forfra flere gange uden held. Den venter nu, så intet går tabt. Intet er slettet.',
  safeSteps: [
    'Tryk på "Prøv igen".',
    'Hjælper det ikke: sluk skærmen, vent ti sekunder, og tænd den igen.',
    'Hjælper det heller ikke: bed en fra personalet om at tage en sikkerhedskopi og ringe til den, der passer skærmen.',
  ],
  failedTitle: 'Tavlen kunne ikke starte',
  upgradeTitle: 'Tavlen kunne ikke opdatere sine data',
  upgradeBody:
    'En ny udgave af Dagstavlen skulle gøre data klar, men det lykkedes ikke. Intet er slettet: data er gemt, som de var før.',
  upgradeSteps: [
    'Tryk på "Prøv igen".',
    'Hjælper det ikke: ring til den, der passer skærmen, og sig, at opdateringen af data ikke lykkedes. Vis dem "Til personalet" nederst.',
    'Brug imens den printede ugeplan.',
  ],
  retry: 'Prøv igen',
  detail: 'Til personalet',
};

export type RecoveryText = typeof da;

const en: RecoveryText = {
  lostTitle: "The board's data is gone",
  lostBody:
    "This screen used to hold the café's plan, but its storage is empty now. Browsers sometimes clear storage. The board does not start empty by itself.",
  lostWhat: 'Load the plan from the latest backup. Ask a member of staff if you are unsure.',
  forStaff: 'A member of staff should do this. If you are a participant, please fetch one.',
  pinTitle: 'Type the staff PIN to continue',
  pinHelp: 'The PIN is the same as for editing.',
  pinWrong: 'The PIN does not match. Try again.',
  pinLocked: (s: number) => `Too many wrong tries. Try again in ${s} seconds.`,
  pinFormat: 'The PIN is 4 to 8 digits.',
  pinOk: 'Continue',
  useCode: 'I forgot the PIN',
  codeLabel: 'Recovery code from the paper',
  codeWrong: 'The recovery code does not match. Check the paper and try again.',
  loadTitle: '1. Load a backup',
  loadBody:
    "Choose the newest file from the café's USB stick or from Downloads. It is called e.g. dagstavlen-2026-11-20.zip.",
  loadAsk: 'Load it? The board starts again with the contents of the file.',
  loadYes: 'Yes, load it',
  no: 'No',
  snapshotsTitle: '2. Or restore an automatic copy',
  snapshotsBody: 'The board saves a copy by itself every day. Photos are not in the copies.',
  noSnapshots: 'There are no automatic copies left.',
  emptyTitle: '3. No copy?',
  emptyBody: 'Then the board can start completely empty. People, shifts and tasks must be entered again.',
  startOver: 'Start with an empty board',
  emptyAsk: 'Are you sure? The board starts empty, and this cannot be undone.',
  emptyYes: 'Yes, start empty',
  safeTitle: 'The board is taking a break',
  safeBody:
    'The board restarted several times without success. It is waiting now so nothing is lost. Nothing was deleted.',
  safeSteps: [
    'Press "Try again".',
    'If that does not help: switch the screen off, wait ten seconds, and switch it on again.',
    'If that does not help either: ask staff to make a backup and call whoever looks after the screen.',
  ],
  failedTitle: 'The board could not start',
  upgradeTitle: 'The board could not update its data',
  upgradeBody:
    'A new version of Dagstavlen had to prepare the data, but it did not succeed. Nothing was deleted: the data is kept as it was.',
  upgradeSteps: [
    'Press "Try again".',
    'If that does not help: call whoever looks after the screen and say that the data update failed. Show them "For staff" at the bottom.',
    'Meanwhile, use the printed week plan.',
  ],
  retry: 'Try again',
  detail: 'For staff',
};

export default { da, en };
