// Text for the kiosk's own screens: recovery at start, safe mode, storage and the diagnostic log.

const da = {
  recovery: {
    lostTitle: 'Tavlens data er væk',
    lostBody:
      'Skærmen har tidligere haft caféens plan, men lageret er tomt nu. Det kan ske, når browseren rydder op. Tavlen starter ikke tom af sig selv.',
    lostWhat: 'Hent planen fra den seneste sikkerhedskopi. Spørg en fra personalet, hvis du er i tvivl.',
    startOver: 'Start forfra med en ny tavle',
    startOverHint: 'Kun hvis der ikke findes en sikkerhedskopi.',
    safeTitle: 'Tavlen holder en pause',
    safeBody:
      'Tavlen er startet forfra flere gange uden held. Den venter nu, så intet går tabt. Intet er slettet.',
    safeSteps: [
      'Tryk på "Prøv igen".',
      'Hjælper det ikke: sluk skærmen, vent ti sekunder, og tænd den igen.',
      'Hjælper det heller ikke: bed en fra personalet om at tage en sikkerhedskopi og ringe til den, der passer skærmen.',
    ],
    failedTitle: 'Tavlen kunne ikke starte',
    retry: 'Prøv igen',
    detail: 'Til personalet',
  },
  storage: {
    title: 'Lager og fejllog',
    section: 'Lager',
    back: 'Tilbage til tavlen',
    used: 'Brugt',
    available: 'Plads i alt',
    persistent: 'Beskyttet mod oprydning',
    yes: 'Ja',
    no: 'Nej',
    unknown: 'Ukendt',
    nearlyFull: (pct: number) =>
      `Lageret er ${pct} % fyldt. Tag en sikkerhedskopi, og slet gamle billeder, før det bliver fuldt.`,
    notPersistent:
      'Browseren kan rydde tavlens data, hvis disken bliver fuld. Installér tavlen som app for at beskytte den.',
    log: 'Fejllog',
    logEmpty: 'Ingen fejl er skrevet ned.',
    exportLog: 'Gem fejlloggen som fil',
    level: { error: 'Fejl', warn: 'Advarsel', info: 'Besked' },
  },
  night: {
    label: 'Aftenvisning',
  },
};

export type KioskText = typeof da;

const en: KioskText = {
  recovery: {
    lostTitle: "The board's data is gone",
    lostBody:
      "This screen used to hold the café's plan, but its storage is empty now. Browsers sometimes clear storage. The board does not start empty by itself.",
    lostWhat: 'Load the plan from the latest backup. Ask a member of staff if you are unsure.',
    startOver: 'Start over with a new board',
    startOverHint: 'Only if there is no backup.',
    safeTitle: 'The board is taking a break',
    safeBody:
      'The board restarted several times without success. It is waiting now so nothing is lost. Nothing was deleted.',
    safeSteps: [
      'Press "Try again".',
      'If that does not help: switch the screen off, wait ten seconds, and switch it on again.',
      'If that does not help either: ask staff to make a backup and call whoever looks after the screen.',
    ],
    failedTitle: 'The board could not start',
    retry: 'Try again',
    detail: 'For staff',
  },
  storage: {
    title: 'Storage and error log',
    section: 'Storage',
    back: 'Back to the board',
    used: 'Used',
    available: 'Total space',
    persistent: 'Protected from clean-up',
    yes: 'Yes',
    no: 'No',
    unknown: 'Unknown',
    nearlyFull: (pct: number) =>
      `Storage is ${pct} % full. Make a backup and delete old photos before it is full.`,
    notPersistent:
      "The browser may clear the board's data if the disk gets full. Install the board as an app to protect it.",
    log: 'Error log',
    logEmpty: 'No errors have been written down.',
    exportLog: 'Save the error log as a file',
    level: { error: 'Error', warn: 'Warning', info: 'Message' },
  },
  night: {
    label: 'Evening view',
  },
};

export default { da, en };
