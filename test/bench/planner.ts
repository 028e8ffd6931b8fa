// The week planner on the large example café (16 people, 8 stations, 7 days): tap → paint when
// staff open it from the staff area, and frame times while a face is dragged from the rail across
// the grid. The café is loaded once through the staff area, as staff would; each run copies it.
import type { Page } from 'playwright-core';
import { loadLargeCafe } from '../e2e/support/cafe';
import { staffPage, typePin, unlockStaff } from '../e2e/support/staff';
import { drag, openSession, timedTap } from './session';

export interface PlannerRun {
  opens: number[];
  frames: number[];
  people: number;
  days: number;
}

/** A profile holding the large example café and the staff PIN (2468). */
export async function preparePlanner(baseURL: string, startAt: number): Promise<string> {
  const s = await openSession({ baseURL, probe: { startAt } });
  try {
    await s.page.goto('/');
    await s.page.locator('[data-board]:not([hidden]) h1').waitFor();
    await unlockStaff(s.page);
    await loadLargeCafe(s.page);
    await s.context.close();
    return s.profile;
  } catch (err) {
    await s.close();
    throw err;
  }
}

const PLANNER = { name: 'Planlæg ugen', exact: true };

/** Into the staff area at today's changes, through the PIN (its hashing is not what is timed). */
async function staffArea(page: Page): Promise<void> {
  await page.goto('/#/personale/i-dag');
  await staffPage(page).unlockTitle().waitFor();
  await typePin(page, '2468');
  await staffPage(page).section('Planlæg ugen').waitFor();
}

export async function plannerRun(
  baseURL: string,
  plan: { profile: string; startAt: number; throttle: number; opens: number },
): Promise<PlannerRun> {
  const s = await openSession({ baseURL, from: plan.profile, probe: { startAt: plan.startAt } });
  try {
    const { page } = s;
    await staffArea(page);
    await s.cdp.send('Emulation.setCPUThrottlingRate', { rate: plan.throttle });
    const opens: number[] = [];
    const grid = page.locator('[data-planner] [data-shift]').first();
    for (let k = 0; k < plan.opens; k++) {
      opens.push(await timedTap(s, staffPage(page).section('Planlæg ugen')));
      await grid.waitFor();
      // Back to today's changes through the folded list of sections (not timed).
      await page.getByRole('button', { name: /^Afsnit: Planlæg ugen/ }).click();
      await staffPage(page).section('Dagens ændringer').click();
      await grid.waitFor({ state: 'detached' });
    }
    await page.getByRole('navigation', { name: 'Afsnit' }).getByRole('button', PLANNER).click();
    await grid.waitFor();
    // The rows below the fold follow the first paint; the drag begins once the whole week is there
    // (8 stations × 7 days in the large café).
    await page.waitForFunction(
      () => document.querySelectorAll('[data-planner] [data-station]').length === 56,
    );
    const people = await page.locator('[data-rail] button[data-person]').count();
    const days = await page.locator('[data-planner] h3[aria-label]').count();
    // From the first face on the rail to the first shift on Monday: across the whole grid.
    const frames = await drag(s, page.locator('[data-rail] button[data-person]').first(), grid);
    return { opens, frames, people, days };
  } finally {
    await s.close();
  }
}
