// npm run bench (BENCH_SMOKE=1 for the small form). A runner, not a test: it writes
// bench-report/bench.json and bench.md and prints the table; it fails only if a measurement broke.
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { partsFrom, runBench } from './run';

it('measures the board and writes the report', async () => {
  const smoke = process.env.BENCH_SMOKE === '1';
  const figures = await runBench({
    smoke,
    buildApp: !smoke || !existsSync('dist/index.html'),
    out: 'bench-report',
    only: partsFrom(process.env.BENCH_ONLY),
  });
  if (figures.parts.includes('soak')) expect(figures.days.length).toBeGreaterThan(0);
  console.log(readFileSync('bench-report/bench.md', 'utf8'));
});
