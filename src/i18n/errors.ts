// Plain Danish for everything that can go wrong with storage.
import type { DbErrorKind } from '../db/errors';

const da = {
  db: {
    quota: 'Lageret er fuldt. Ændringen blev ikke gemt. Slet gamle billeder eller tag en sikkerhedskopi.',
    blocked: 'Tavlen er åben i et andet vindue. Luk det andet vindue, så fortsætter tavlen.',
    version: 'Data er gemt af en nyere udgave af Dagstavlen. Intet er slettet. Genindlæs siden.',
    upgrade: 'Den nye udgave af Dagstavlen kunne ikke gøre data klar. Intet er slettet: data er, som de var.',
    unreadable: 'Tavlen kunne ikke læse sine data. Intet er slettet. Prøv at genindlæse.',
    aborted: 'Ændringen blev afbrudt og ikke gemt. Prøv igen.',
    closed: 'Forbindelsen til lageret blev lukket. Tavlen genindlæser.',
  } satisfies Record<DbErrorKind, string>,
  dismiss: 'OK',
  startFailed: 'Tavlen kunne ikke starte',
  retry: 'Prøv igen',
  somethingWrong: 'Noget gik galt på denne skærm. Dine data er i sikkerhed.',
  backToBoard: 'Tilbage til tavlen',
};

export type ErrorText = typeof da;

const en: ErrorText = {
  db: {
    quota: 'Storage is full. The change was not saved. Delete old photos or make a backup.',
    blocked: 'The board is open in another window. Close the other window and the board continues.',
    version: 'The data was saved by a newer version of Dagstavlen. Nothing was deleted. Reload the page.',
    upgrade:
      'The new version of Dagstavlen could not prepare the data. Nothing was deleted: the data is as it was.',
    unreadable: 'The board could not read its data. Nothing was deleted. Try reloading.',
    aborted: 'The change was interrupted and not saved. Please try again.',
    closed: 'The connection to storage was closed. The board reloads.',
  },
  dismiss: 'OK',
  startFailed: 'The board could not start',
  retry: 'Try again',
  somethingWrong: 'Something went wrong on this screen. Your data is safe.',
  backToBoard: 'Back to the board',
};

export default { da, en };
