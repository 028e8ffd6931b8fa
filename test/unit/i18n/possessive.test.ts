// Danish possessives: a name ending in s, x or z takes an apostrophe only ("Jonas' liste"), every
// other name an s ("Alis liste"). Every sentence with a person's "…s" goes through one function.

import { describe, expect, it } from 'vitest';
import { possessive } from '../../../src/i18n';
import { historyLabel } from '../../../src/i18n/history';
import { staffTexts } from '../../../src/i18n/staffText';
import togetherScreens from '../../../src/i18n/togetherScreens';

describe('possessives', () => {
  it('a Danish name ending in s, x or z takes an apostrophe only', () => {
    expect(possessive('Jonas', 'da')).toBe("Jonas'");
    expect(possessive('Max', 'da')).toBe("Max'");
    expect(possessive('Inez', 'da')).toBe("Inez'");
    expect(possessive('LUKAS', 'da')).toBe("LUKAS'");
    expect(possessive('Ali', 'da')).toBe('Alis');
    expect(possessive('Sara', 'da')).toBe('Saras');
    expect(possessive('Jonas', 'en')).toBe("Jonas's");
    expect(possessive('Ali', 'en')).toBe("Ali's");
  });

  it('every sentence that names whose something is uses it', () => {
    const da = togetherScreens.da;
    expect(da.punchCardOf('Jonas')).toBe("Jonas' klippekort");
    expect(da.poolTaken('Fold servietter', 'Jonas')).toBe("«Fold servietter» er nu på Jonas' liste.");
    expect(da.poolTaken('Fold servietter', 'Sara')).toBe('«Fold servietter» er nu på Saras liste.');
    expect(staffTexts('da').togetherStaff.skillFor('Jonas')).toBe("Jonas' færdigheder");
    expect(historyLabel(JSON.stringify(['goals', 'Jonas']), 'da')).toBe("Jonas' mål");
    expect(historyLabel(JSON.stringify(['showGoals', 'Felix']), 'da')).toBe("Felix' mål på tavlen");
  });

  it('no Danish text glues an s straight onto a name', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../../src/i18n/', import.meta.url);
    const glued = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'possessive.ts')
      .flatMap((f) =>
        readFileSync(new URL(f, dir), 'utf8')
          .split('\n')
          .filter((line) => /\$\{\w+\}s\b/.test(line))
          .map((line) => `${f}: ${line.trim()}`),
      );
    expect(glued).toEqual([]);
  });
});
