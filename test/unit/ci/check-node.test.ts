// The wall install's first hurdle: apt's Node 18 on Debian 12 / Raspberry Pi OS bookworm. npm start,
// npm test, npm run build and npm run kiosk must say so plainly before anything else runs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const script = new URL('../../../.ci/check-node.cjs', import.meta.url);
const { check } = require(script.pathname) as { check: (version: string, range?: string) => string | null };
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};

describe('the Node version check', () => {
  it('names the Node needed and the one found, on the Node Debian 12 installs', () => {
    expect(check('v18.19.0')).toMatch(/^Dagstavlen needs Node 20\.19 or newer; this machine has 18\.19\./);
    expect(check('20.18.3')).toMatch(/this machine has 20\.18\./);
    expect(check('20.19.0')).toBeNull();
    expect(check('22.1.0')).toBeNull();
    expect(check('v12.22.9')).toContain('NodeSource');
  });

  it('reads the version needed from package.json, the one place it is written', () => {
    expect(pkg.engines.node).toBe('>=20.19');
    expect(check('21.0.0', '>=22.12')).toMatch(/needs Node 22\.12 or newer/);
  });

  it('runs before anything else in npm start, npm test, npm run build and npm run kiosk', () => {
    for (const name of ['start', 'test', 'build', 'kiosk'])
      expect(pkg.scripts[name], name).toMatch(/^node \.ci\/check-node\.cjs && /);
  });

  it('passes quietly on this machine', () => {
    expect(execFileSync(process.execPath, [script.pathname], { encoding: 'utf8' })).toBe('');
  });

  it('is written in plain old JavaScript, so an old Node can run it to say it is too old', () => {
    const code = readFileSync(script, 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    for (const modern of ['=>', '`', 'let ', 'const ', 'class ', '?.', '??', '...', 'import ', 'export '])
      expect(code, modern).not.toContain(modern);
  });
});
