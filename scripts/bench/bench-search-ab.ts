/**
 * `npx tsx scripts/bench/bench-search-ab.ts <distA> <distB> [<distC> …]`: the search at 100k incidents
 * (`measureSearch`, as `npm run bench`'s search rows) in two or more builds, taking turns (A B …,
 * then … B A, a fresh browser each) so the machine's noise falls on all alike. RUNS sets the
 * rounds per build (default 2), each typing the queries once. Prints each build's medians
 * (keystroke → results drawn, → the worker's answer in the page, the longest task while typing,
 * the index's build) and each keystroke's median per build.
 *
 * @example
 * git worktree add --detach /tmp/before main && ln -s "$PWD/node_modules" /tmp/before/ \
 *   && (cd /tmp/before && npx vite build)
 * npm run build && npx tsx scripts/bench/bench-search-ab.ts /tmp/before/dist dist
 */
import { stats } from './bench-scale.ts';
import { measureSearch, type SearchMeasures } from './bench-search.ts';
import { launchChromium } from '../browser/chromium-args.ts';

const dirs = process.argv.slice(2);
if (dirs.length < 2) {
  console.error('usage: npx tsx scripts/bench/bench-search-ab.ts <distA> <distB> [<distC> …]');
  process.exit(2);
}
const rounds = Number(process.env.RUNS ?? 2);
const measures: SearchMeasures[][] = dirs.map(() => []);
const order = dirs.map((_, k) => k);
for (let i = 0; i < rounds; i++)
  for (const k of i % 2 ? [...order].reverse() : order)
    measures[k]!.push(await measureSearch(() => launchChromium('straitwatch-bench-'), 1, dirs[k]));

const label = (k: number) => String.fromCharCode(65 + k);
const median = (values: number[]) => Math.round(stats(values).median * 10) / 10;
for (const [k, runs] of measures.entries()) {
  const keystrokes = runs.flatMap((m) => m.keystrokes);
  const s = stats(keystrokes);
  console.log(
    `${label(k)} ${dirs[k]}: keystroke → results drawn median ${median(keystrokes)} ms ` +
      `(p95 ${Math.round(s.p95)}, max ${Math.round(s.max)}, ${s.runs} keystrokes); ` +
      `→ answer in the page ${median(runs.flatMap((m) => m.answers))} ms; ` +
      `longest task while typing ${runs.map((m) => Math.round(m.typingLongest)).join(', ')} ms; ` +
      `index built in ${runs.map((m) => (m.buildMs / 1000).toFixed(1)).join(', ')} s ` +
      `(longest task ${runs.map((m) => Math.round(m.buildLongest)).join(', ')} ms)`,
  );
}
console.log(
  `\nquery as typed: ${dirs.map((_, k) => `${label(k)} drawn (answer)`).join(' | ')}, medians in ms`,
);
for (const [i, query] of measures[0]![0]!.typed.entries()) {
  const cell = (k: number) =>
    `${String(median(measures[k]!.map((m) => m.keystrokes[i]!))).padStart(7)} (${median(measures[k]!.map((m) => m.answers[i]!))})`;
  console.log(`${JSON.stringify(query).padEnd(18)} ${dirs.map((_, k) => cell(k)).join(' | ')}`);
}
