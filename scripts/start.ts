/**
 * `npm start`: build the dashboard if the build is missing or older than its inputs, then serve
 * it on 127.0.0.1 and print the URL. PORT picks the port (default 4173).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist } from './serve-dist.ts';

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

const { url } = await serveDist('dist', Number(process.env.PORT ?? 4173));
console.log(`Straitwatch is running at ${url}  (Ctrl+C to stop)`);
