/**
 * `npm start`: build the dashboard if the build is missing or older than its inputs, then serve
 * it on 127.0.0.1 and print the URL. PORT picks the port (default 4173).
 * `npm start -- --dataset datasets/<name>` also serves that dataset read-only at
 * /datasets/<name>/ and prints the URL that opens it (`?dataset=<name>`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type DatasetRoute, datasetRoute } from '../dataset/dataset-route.ts';
import { serveDist } from '../browser/serve-dist.ts';

let dataset: DatasetRoute | undefined;
try {
  const { values } = parseArgs({ options: { dataset: { type: 'string' } } });
  dataset = values.dataset === undefined ? undefined : datasetRoute(values.dataset);
} catch (error) {
  console.error(
    `start: ${(error as Error).message}\nusage: npm start [-- --dataset datasets/<name>]`,
  );
  process.exit(2);
}

const INPUTS = [
  'src',
  'geodata',
  'index.html',
  'package.json',
  'vite.config.ts',
  'svelte.config.js',
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const built = 'dist/index.html';
if (
  !existsSync(built) ||
  newestMtime(built) < Math.max(...INPUTS.filter(existsSync).map(newestMtime))
) {
  console.log('Building the dashboard (npm run build)…');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}

const { url } = await serveDist('dist', Number(process.env.PORT ?? 4173), dataset);
const open = dataset ? `${url}?dataset=${dataset.name}` : url;
console.log(`Straitwatch is running at ${open}  (Ctrl+C to stop)`);
