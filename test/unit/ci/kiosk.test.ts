// The wall's launcher: the flags that make it a kiosk that keeps its data and prints without a dialog.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const launcher = readFileSync(new URL('../../../.ci/kiosk.mjs', import.meta.url), 'utf8');
const flags = [...launcher.matchAll(/^\s*'(--[\w-]+(?:=[^']*)?)',?$/gm)].map((m) => m[1]);

describe('the kiosk launcher', () => {
  it('opens the board full screen and prints straight to the printer, without a dialog', () => {
    expect(flags).toContain('--kiosk');
    expect(flags).toContain('--kiosk-printing');
  });

  it('never wipes the profile, which is the café database', () => {
    expect(flags).not.toContain('--incognito');
    expect(launcher).not.toMatch(/user-data-dir/);
  });
});
