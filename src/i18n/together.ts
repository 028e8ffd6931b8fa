// Text for the shared morning that the board and an opened task show: the buttons to the other
// screens, help, "Lær det af", read aloud. The check-in's, the pool's and the punch card's own words
// load with those screens (togetherScreens.ts).

const da = {
  boardNav: 'Tavlen',
  navCheckIn: 'Godmorgen',
  navWeek: 'Uge',
  navPool: 'Jeg har tid',
  back: 'Tilbage til tavlen',
  checkedIn: 'Tjekket ind',
  needHelp: 'Jeg har brug for hjælp',
  whoNeedsHelp: 'Hvem har brug for hjælp? Tryk på dig selv',
  skipWho: 'Spring over',
  helpSent: 'Personalet ved det nu. Bliv, hvor du er; der kommer nogen.',
  helpMarker: 'Markeret',
  learnFrom: (name: string) => `Lær det af ${name}`,
  readAloud: 'Læs op',
  readAloudWhat: (what: string) => `Læs op: ${what}`,
  stepsWord: 'Trin',
};

export type TogetherText = typeof da;

const en: TogetherText = {
  boardNav: 'The board',
  navCheckIn: 'Good morning',
  navWeek: 'Week',
  navPool: 'I have time',
  back: 'Back to the board',
  checkedIn: 'Checked in',
  needHelp: 'I need help',
  whoNeedsHelp: 'Who needs help? Tap yourself',
  skipWho: 'Skip',
  helpSent: 'Staff know now. Stay where you are; someone is coming.',
  helpMarker: 'Marked',
  learnFrom: (name) => `Learn it from ${name}`,
  readAloud: 'Read aloud',
  readAloudWhat: (what) => `Read aloud: ${what}`,
  stepsWord: 'Steps',
};

export default { da, en };
