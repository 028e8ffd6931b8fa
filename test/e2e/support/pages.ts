// Small page objects: find things as a person would, by role and accessible name.
import type { Page } from 'playwright-core';

export const boardPage = (page: Page) => ({
  /** The shown board's date: not another screen's heading (restore, task) while the board is away. */
  date: () => page.locator('[data-board]:not([hidden]) h1'),
  emptyBoard: () => page.locator('[data-board]:not([hidden])').getByText('Tavlen er tom.'),
  clock: () => page.getByTestId('clock'),
  station: (name: string) => page.getByRole('region', { name }),
  taskCard: (title: string) => page.locator('[data-task]').filter({ hasText: title }),
  taskCards: () => page.locator('[data-task]'),
  changes: () => page.getByRole('region', { name: /er anderledes/ }),
  saved: () => page.getByRole('status').filter({ hasText: 'Gemt' }),
});

export const taskPage = (page: Page) => ({
  title: () => page.getByRole('heading', { level: 1 }),
  step: (text: string) => page.getByRole('checkbox', { name: text }),
  back: () => page.getByRole('button', { name: 'Tilbage til tavlen' }),
  done: () => page.getByRole('button', { name: 'Opgaven er færdig' }),
});
