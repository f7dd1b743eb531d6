/**
 * `npx tsx scripts/bench/time-model.ts datasets/<name> [runs]`: how long the data layer takes on a
 * generated dataset in Node: reading and parsing its files (the browser's readDataset, over a
 * fetch that reads the directory) and buildModel on them with the shipped geodata (median and
 * min of `runs`, default 3). For measuring the model at scale; the browser's own figures come
 * from `npm run bench`.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readDataset } from '../../src/lib/data/read-dataset';
import { readGeodataFiles } from '../../src/lib/data/read-geodata-files';
import { buildModel } from '../../src/lib/model/build-model';

const [dir, runsArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npx tsx scripts/bench/time-model.ts datasets/<name> [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 3);
const root = dirname(dirname(dir));
const fetchFile: typeof fetch = async (input) => {
  const path = join(root, String(input));
  try {
    const body = readFileSync(path);
    return new Response(body, { headers: { 'content-length': String(statSync(path).size) } });
  } catch {
    return new Response('', { status: 404 });
  }
};
const ms = (t: number) => `${Math.round(performance.now() - t)} ms`;

let t = performance.now();
const shipped = readGeodataFiles('geodata');
const dataset = await readDataset(basename(dir), fetchFile);
console.log(
  `read and parse: ${ms(t)} (${dataset.incidents.length} incident files, ${dataset.sources.length} sources)`,
);
const files = {
  ...shipped,
  sources: [...shipped.sources, ...dataset.sources],
  incidents: [...shipped.incidents, ...dataset.incidents],
  readIssues: [...(shipped.readIssues ?? []), ...dataset.readIssues],
};
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  const model = buildModel(files);
  times.push(performance.now() - t);
  if (i === 0) {
    console.log(`model: ${model.incidents.length} incidents, ${model.issues.length} issues`);
  }
}
times.sort((a, b) => a - b);
console.log(
  `buildModel: median ${Math.round(times[Math.floor(runs / 2)]!)} ms, min ${Math.round(times[0]!)} ms over ${runs} runs; heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`,
);
