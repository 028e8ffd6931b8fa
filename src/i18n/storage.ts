// Text for the staff area's storage section: space, persistence and the diagnostic log.

const da = {
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
};

export type StorageText = typeof da;

const en: StorageText = {
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
};

export default { da, en };
