// Reads a trace from trace.ts and prints where the page's main thread went: time per kind of work
// (self time, nested events subtracted), the longest tasks, and the JavaScript functions that took
// most of the sampled time. node test/bench/trace-summary.mjs /tmp/cold-app-cold.json [from-ms to-ms]
import { readFileSync } from 'node:fs';

const [file, fromArg, toArg] = process.argv.slice(2);
const raw = JSON.parse(readFileSync(file, 'utf8'));
const events = Array.isArray(raw) ? raw : raw.traceEvents;

// The page's main thread: the renderer thread that parsed the page's HTML.
const names = new Map();
for (const e of events)
  if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const parsed = new Map();
for (const e of events) {
  const k = `${e.pid}:${e.tid}`;
  if (
    names.get(k) === 'CrRendererMain' &&
    (e.name === 'ParseHTML' || e.name === 'EvaluateScript' || e.name === 'FunctionCall')
  )
    parsed.set(k, (parsed.get(k) ?? 0) + (e.dur ?? 0));
}
const main = [...parsed.entries()].sort((a, b) => b[1] - a[1])[0][0];
const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && typeof e.ts === 'number');
const t0 = Math.min(...mine.filter((e) => e.ph === 'X' || e.ph === 'B').map((e) => e.ts));
const from = fromArg ? t0 + Number(fromArg) * 1000 : -Infinity;
const to = toArg ? t0 + Number(toArg) * 1000 : Infinity;

// Complete events, nested by time: self time per name.
const complete = mine
  .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to)
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const self = new Map();
const count = new Map();
const stack = [];
const tasks = [];
for (const e of complete) {
  while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
  const parent = stack[stack.length - 1];
  if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
  else if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') tasks.push(e);
  self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
  count.set(e.name, (count.get(e.name) ?? 0) + 1);
  stack.push(e);
}
const ms = (us) => (us / 1000).toFixed(1);
const busy = tasks.reduce((a, t) => a + t.dur, 0);
console.log(`main thread ${main}: ${tasks.length} tasks, ${ms(busy)} ms busy`);
console.log('\nself time by event (ms, count):');
for (const [n, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`  ${ms(v).padStart(8)}  ${String(count.get(n)).padStart(5)}  ${n}`);
console.log('\nlongest tasks (start ms, ms, what is inside):');
for (const t of [...tasks].sort((a, b) => b.dur - a.dur).slice(0, 12)) {
  const inside = complete.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t);
  const top = new Map();
  for (const e of inside) if (e.dur > 2000) top.set(e.name, (top.get(e.name) ?? 0) + e.dur);
  const what = [...top.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([n, v]) => `${n} ${ms(v)}`)
    .join(', ');
  console.log(`  ${ms(t.ts - t0).padStart(8)} ${ms(t.dur).padStart(7)}  ${what}`);
}
// Layouts: how many elements each laid out.
const layouts = complete.filter((e) => e.name === 'Layout').map((e) => `${ms(e.ts - t0)}:${ms(e.dur)}`);
console.log(`\nlayouts (at:ms): ${layouts.slice(0, 20).join('  ')}`);
const styles = complete
  .filter((e) => e.name === 'UpdateLayoutTree')
  .map((e) => `${ms(e.ts - t0)}:${ms(e.dur)}:${e.args?.elementCount ?? '?'}`);
console.log(`styles (at:ms:elements): ${styles.slice(0, 20).join('  ')}`);

// What the page asked for, and when.
const sent = mine.filter((e) => e.name === 'ResourceSendRequest' && e.ts >= from && e.ts <= to);
console.log('\nrequests (at ms, url):');
for (const e of sent.slice(0, 30))
  console.log(`  ${ms(e.ts - t0).padStart(8)}  ${e.args?.data?.url?.slice(0, 100)}`);

// Sampled JavaScript: ProfileChunk events carry the nodes and the samples.
const nodes = new Map();
const selfSamples = new Map();
const profileStart = events.find((e) => e.name === 'Profile' && `${e.pid}:${e.tid}` === main)?.args?.data
  ?.startTime;
let last = profileStart ?? null;
// The main thread's profile: its Profile event names the id its chunks carry.
const profileIds = new Set(
  events.filter((e) => e.name === 'Profile' && `${e.pid}:${e.tid}` === main).map((e) => e.id),
);
const chunks = events.filter((e) => e.name === 'ProfileChunk' && profileIds.has(e.id));
let total = 0;
for (const c of chunks) {
  const cp = c.args?.data?.cpuProfile;
  if (!cp) continue;
  for (const n of cp.nodes ?? []) nodes.set(n.id, n);
  const deltas = c.args.data.timeDeltas ?? [];
  let t = last ?? c.args.data.startTime ?? 0;
  (cp.samples ?? []).forEach((id, i) => {
    t += deltas[i] ?? 0;
    last = t;
    if (t < from || t > to) return;
    const n = nodes.get(id);
    const f = n?.callFrame;
    const key = f
      ? `${f.functionName || '(anonymous)'} ${f.url?.split('/').pop() ?? ''}:${f.lineNumber}`
      : '?';
    selfSamples.set(key, (selfSamples.get(key) ?? 0) + (deltas[i] ?? 0));
    total += deltas[i] ?? 0;
  });
}
console.log(`\nsampled JS self time (${ms(total)} ms sampled incl. idle/program):`);
for (const [k, v] of [...selfSamples.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`  ${ms(v).padStart(8)}  ${k}`);
