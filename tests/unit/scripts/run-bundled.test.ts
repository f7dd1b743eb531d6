/**
 * scripts/commands/run-bundled.mjs, which `npm run ingest` starts through: the command runs from one
 * bundle with its own arguments and sees itself as the module Node ran; the bundle is reused
 * while nothing it was built from changed, and built again when a file did.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const dirs: string[] = [];

/** A command of two TypeScript modules in a temporary folder, and how to run it. */
function createCommand() {
  const dir = mkdtempSync(join(tmpdir(), 'straitwatch-run-bundled-'));
  dirs.push(dir);
  const figure = join(dir, 'figure.ts');
  writeFileSync(figure, 'export const figure: number = 1;\n');
  writeFileSync(
    join(dir, 'command.ts'),
    [
      "import { pathToFileURL } from 'node:url';",
      "import { figure } from './figure';",
      'const main = import.meta.url === pathToFileURL(process.argv[1] ?? "").href;',
      "console.log(`${figure} ${process.argv.slice(2).join(',')} ${main}`);",
    ].join('\n'),
  );
  const cache = join(dir, 'cache');
  const run = (...args: string[]) =>
    execFileSync('node', ['scripts/commands/run-bundled.mjs', join(dir, 'command.ts'), ...args], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, STRAITWATCH_SCRIPT_CACHE: cache },
    }).trim();
  return { figure, run, bundle: join(cache, 'command.mjs') };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('run-bundled', () => {
  it('runs the command with its arguments, as the module Node ran', () => {
    const { run } = createCommand();
    expect(run('page.html', '--force')).toBe('1 page.html,--force true');
  }, 30_000);

  it('reuses the bundle while its files are unchanged, and builds it again when one changes', () => {
    const { figure, run, bundle } = createCommand();
    expect(run()).toBe('1  true');
    const built = statSync(bundle).mtimeMs;
    expect(run()).toBe('1  true');
    expect(statSync(bundle).mtimeMs).toBe(built);

    writeFileSync(figure, 'export const figure: number = 2;\n');
    // The change is later than the build, whatever the file system's clock resolution.
    const later = new Date(built + 2_000);
    utimesSync(figure, later, later);
    expect(run()).toBe('2  true');
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
  }, 30_000);

  it('says how it is used when no command is given', () => {
    expect(() =>
      execFileSync('node', ['scripts/commands/run-bundled.mjs'], { cwd: REPO, stdio: 'pipe' }),
    ).toThrow(/usage: node scripts\/commands\/run-bundled\.mjs/);
  });
});
