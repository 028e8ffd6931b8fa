// The board's one typeface, shipped in public/fonts: the files are the package's own (an update
// of the package is noticed here), and the page preloads the file the styles use.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = 'node_modules/@fontsource-variable/atkinson-hyperlegible-next/files';
const shipped = {
  'atkinson-hyperlegible-next-latin.woff2': 'atkinson-hyperlegible-next-latin-wght-normal.woff2',
  'atkinson-hyperlegible-next-latin-ext.woff2': 'atkinson-hyperlegible-next-latin-ext-wght-normal.woff2',
};

describe('the typeface', () => {
  it('ships the package’s own files, with their licence', () => {
    for (const [ours, theirs] of Object.entries(shipped))
      expect(readFileSync(`public/fonts/${ours}`).equals(readFileSync(`${pkg}/${theirs}`)), ours).toBe(true);
    expect(readFileSync('public/fonts/LICENSE-OFL.txt', 'utf8')).toContain('SIL Open Font License');
  });

  it('is the first choice of every style, and the page preloads the file the styles use first', () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    expect(tokens).toMatch(/--font: "Atkinson Hyperlegible Next",/);
    const base = readFileSync('src/styles/base.css', 'utf8');
    expect(base).toContain('url("/fonts/atkinson-hyperlegible-next-latin.woff2")');
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain(
      '<link rel="preload" href="/fonts/atkinson-hyperlegible-next-latin.woff2" as="font"',
    );
    // Every font-family in the styles is the token (one typeface everywhere).
    const styles = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.css'),
    );
    const families = styles.flatMap(
      (f) => readFileSync(`src/${f}`, 'utf8').match(/font-family:[^;]+/g) ?? [],
    );
    expect(
      families.filter((f) => !f.includes('var(--font)') && !f.includes('"Atkinson Hyperlegible Next"')),
    ).toEqual([]);
  });

  it('every size on screen comes from the one type scale in tokens.css', () => {
    const styles = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.css'),
    );
    const sizes = styles.flatMap((f) =>
      (readFileSync(`src/${f}`, 'utf8').match(/font-size:[^;]+/g) ?? []).map((d) => `${f}: ${d}`),
    );
    expect(sizes.length).toBeGreaterThan(50);
    expect(sizes.filter((d) => !/font-size: var\(--fs-[a-z0-9-]+\)$/.test(d))).toEqual([]);
    const scripts = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.tsx'),
    );
    const inline = scripts.flatMap((f) =>
      (readFileSync(`src/${f}`, 'utf8').match(/fontSize:[^,}]+/g) ?? []).map((d) => `${f}: ${d}`),
    );
    expect(inline.filter((d) => !d.includes('initialsSize('))).toEqual([]);
  });
});
