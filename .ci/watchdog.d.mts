import type { Page } from 'playwright-core';
export function watchForCrashes(
  page: Page,
  options?: { log?: (message: string) => void; url?: string },
): { page(): Page; crashes(): number };
