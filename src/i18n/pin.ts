// Text for the PIN pad and the recovery code. Only the staff area shows them (i18n/staffText.ts).

/** "1:05", "0:09". */
const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

const da = {
  // The PIN pad
  pin: 'Pinkode',
  chooseTitle: 'Vælg en pinkode til personalet',
  chooseHelp: 'Skriv 4 til 8 tal. Deltagerne skal aldrig bruge den.',
  confirmTitle: 'Skriv den samme pinkode igen',
  unlockTitle: 'Skriv pinkoden',
  unlockHelp: 'Kun for personalet. Deltagere kan krydse af uden kode.',
  digit: (d: string) => d,
  erase: 'Slet et tal',
  ok: 'OK',
  working: 'Tjekker…',
  saving: 'Gemmer…',
  pinFormat: 'Pinkoden skal være 4 til 8 tal.',
  pinMismatch: 'De to pinkoder er ikke ens. Vælg en pinkode igen.',
  wrongPin: (left: number) =>
    left === 1
      ? 'Forkert pinkode. 1 forsøg mere, så låses tastaturet.'
      : `Forkert pinkode. ${left} forsøg tilbage.`,
  lockedOut: (s: number) => `For mange forkerte forsøg. Prøv igen om ${mmss(s)}.`,
  lockedShort: (s: number) => `Låst i ${mmss(s)}`,
  failed: 'Det gik ikke. Prøv igen.',
  entered: (n: number) => (n === 1 ? '1 tal skrevet' : `${n} tal skrevet`),
  // Recovery code
  useRecovery: 'Jeg har glemt pinkoden',
  useRecoveryHelp: 'Skriv nødkoden fra papiret, der blev printet, da pinkoden blev valgt.',
  recoveryLabel: 'Nødkode',
  recoveryFormat: 'Nødkoden har 12 tegn, fx ABCD-EFGH-JKMN.',
  wrongRecovery: 'Nødkoden passer ikke. Tjek papiret og prøv igen.',
  usePin: 'Brug pinkoden',
  recoveryTitle: 'Din nødkode',
  recoveryIntro:
    'Hvis pinkoden bliver glemt, kan denne kode åbne for personalet. Den vises kun nu. Print den, og læg den et sikkert sted.',
  print: 'Print nødkoden',
  recoveryDone: 'Jeg har gemt nødkoden',
  printHeading: 'Dagstavlen: nødkode til personalet',
};

export type PinText = typeof da;

const en: PinText = {
  pin: 'PIN',
  chooseTitle: 'Choose a PIN for staff',
  chooseHelp: 'Type 4 to 8 digits. Participants never need it.',
  confirmTitle: 'Type the same PIN again',
  unlockTitle: 'Type the PIN',
  unlockHelp: 'Staff only. Participants can tick tasks without a code.',
  digit: (d) => d,
  erase: 'Erase a digit',
  ok: 'OK',
  working: 'Checking…',
  saving: 'Saving…',
  pinFormat: 'The PIN must be 4 to 8 digits.',
  pinMismatch: 'The two PINs differ. Choose a PIN again.',
  wrongPin: (left) =>
    left === 1 ? 'Wrong PIN. One more try, then the keypad locks.' : `Wrong PIN. ${left} tries left.`,
  lockedOut: (s) => `Too many wrong tries. Try again in ${mmss(s)}.`,
  lockedShort: (s) => `Locked for ${mmss(s)}`,
  failed: 'That did not work. Try again.',
  entered: (n) => (n === 1 ? '1 digit typed' : `${n} digits typed`),
  useRecovery: 'I forgot the PIN',
  useRecoveryHelp: 'Type the recovery code from the paper printed when the PIN was chosen.',
  recoveryLabel: 'Recovery code',
  recoveryFormat: 'The recovery code has 12 characters, e.g. ABCD-EFGH-JKMN.',
  wrongRecovery: 'The recovery code does not match. Check the paper and try again.',
  usePin: 'Use the PIN',
  recoveryTitle: 'Your recovery code',
  recoveryIntro:
    'If the PIN is forgotten, this code opens the staff area. It is shown only now. Print it and keep it somewhere safe.',
  print: 'Print the recovery code',
  recoveryDone: 'I have kept the recovery code',
  printHeading: 'Dagstavlen: staff recovery code',
};

export default { da, en };
