// Text for the kiosk's own screens: recovery at start, safe mode and the night view. Storage and
// the diagnostic log (a staff section) have their own catalogue, storage.ts.

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
  night: {
    label: 'Evening view',
  },
};

export default { da, en };
