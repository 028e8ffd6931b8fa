// axe-core with the WCAG 2.2 AA tags and the target-size rule, plus our own touch-size check.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
  passes: { id: string }[];
  inapplicable: { id: string }[];
  incomplete: { id: string }[];
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(
    () =>
      (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe.run(
        document,
        {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          rules: { 'target-size': { enabled: true } },
          resultTypes: ['violations'],
        },
      ) as Promise<unknown>,
  );
  const { violations, passes, inapplicable, incomplete } = result as AxeResult;
  const ran = [...passes, ...inapplicable, ...incomplete, ...violations].map((r) => r.id);
  expect(ran, 'target-size must be part of the run').toContain('target-size');
  expect(
    violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Every visible interactive element is at least `min` CSS px in both directions. */
export async function expectTouchTargets(page: Page, min = 44): Promise<void> {
  const small = await page.evaluate((minimum) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, textarea, [role="button"]',
    )) {
      // A visually hidden native input inside a large label is measured by its label.
      const target =
        el instanceof HTMLInputElement && el.closest('label') ? (el.closest('label') as HTMLElement) : el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < minimum || r.height < minimum)
        out.push(
          `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim()}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  }, min);
  expect(small).toEqual([]);
}
