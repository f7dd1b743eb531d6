/**
 * scripts/commands/run-bundled.mjs, which `npm run ingest` starts through: the command runs from one
 * bundle with its own arguments and sees itself as the module Node ran; the bundle is reused
 * while nothing it was built from changed, and built again when a file did. A command that
 * exports main() runs from a startup snapshot taken after its warmUp(), rebuilt with the bundle;
 * a snapshot that is corrupt or cannot be built is never fatal: the command runs from the bundle.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const dirs: string[] = [];

/** The command's own module: it prints its figure, its arguments and whether it is the main module. */
const PLAIN_COMMAND = [
  "import { pathToFileURL } from 'node:url';",
  "import { figure } from './figure';",
  'const main = import.meta.url === pathToFileURL(process.argv[1] ?? "").href;',
  "console.log(`${figure} ${process.argv.slice(2).join(',')} ${main}`);",
].join('\n');

/**
 * A command with main() and warmUp(), as scripts/commands/ingest.ts has: it prints its figure, its
 * arguments, whether warmUp() ran in this state (only when started from the snapshot) and
 * whether it runs from one; `--exit N` sets its exit code.
 */
const SNAPSHOT_COMMAND = [
  "import { pathToFileURL } from 'node:url';",
  "import { figure } from './figure';",
  'let warm = false;',
  'export function warmUp(): void { warm = true; }',
  'export async function main(): Promise<void> {',
  '  const args = process.argv.slice(2);',
  "  const snapshot = process.execArgv.includes('--snapshot-blob');",
  "  console.log(`${figure} ${args.join(',')} warm=${warm} snapshot=${snapshot}`);",
  "  const exit = args.indexOf('--exit');",
  '  if (exit >= 0) process.exitCode = Number(args[exit + 1]);',
  '}',
  'if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) void main();',
].join('\n');

/** A command of two TypeScript modules in a temporary folder, and how to run it. */
function createCommand(source = PLAIN_COMMAND) {
  const dir = mkdtempSync(join(tmpdir(), 'straitwatch-run-bundled-'));
  dirs.push(dir);
  const figure = join(dir, 'figure.ts');
  writeFileSync(figure, 'export const figure: number = 1;\n');
  writeFileSync(join(dir, 'command.ts'), source);
  const cache = join(dir, 'cache');
  const spawn = (...args: string[]) =>
    spawnSync('node', ['scripts/commands/run-bundled.mjs', join(dir, 'command.ts'), ...args], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, STRAITWATCH_SCRIPT_CACHE: cache },
    });
  const run = (...args: string[]) =>
    execFileSync('node', ['scripts/commands/run-bundled.mjs', join(dir, 'command.ts'), ...args], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, STRAITWATCH_SCRIPT_CACHE: cache },
    }).trim();
  /** Make the command's figure `value`, changed after the last build. */
  const change = (value: number) => {
    const built = statSync(join(cache, 'command.mjs')).mtimeMs;
    writeFileSync(figure, `export const figure: number = ${value};\n`);
    // The change is later than the build, whatever the file system's clock resolution.
    const later = new Date(built + 2_000);
    utimesSync(figure, later, later);
  };
  return {
    figure,
    run,
    spawn,
    change,
    bundle: join(cache, 'command.mjs'),
    snapshot: join(cache, 'command.snapshot.blob'),
  };
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
    const { change, run, bundle, snapshot } = createCommand();
    expect(run()).toBe('1  true');
    const built = statSync(bundle).mtimeMs;
    expect(run()).toBe('1  true');
    expect(statSync(bundle).mtimeMs).toBe(built);
    // No main(): no snapshot.
    expect(() => statSync(snapshot)).toThrow();

    change(2);
    expect(run()).toBe('2  true');
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
  }, 30_000);

  it('builds the bundle again when its record is unreadable', () => {
    const { run, bundle } = createCommand();
    expect(run()).toBe('1  true');
    const built = statSync(bundle).mtimeMs;
    writeFileSync(bundle.replace(/\.mjs$/, '.inputs.json'), '{"key": ');
    expect(run('again')).toBe('1 again true');
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
  }, 30_000);

  it('says how it is used when no command is given', () => {
    expect(() =>
      execFileSync('node', ['scripts/commands/run-bundled.mjs'], { cwd: REPO, stdio: 'pipe' }),
    ).toThrow(/usage: node scripts\/commands\/run-bundled\.mjs/);
  });
});

describe('run-bundled, a command with main()', () => {
  it('runs it from a snapshot taken after warmUp(), with its arguments and exit code', () => {
    const { spawn, snapshot } = createCommand(SNAPSHOT_COMMAND);
    const first = spawn('page.html', '--force');
    expect(first).toMatchObject({
      status: 0,
      stdout: '1 page.html,--force warm=true snapshot=true\n',
      stderr: '',
    });
    expect(statSync(snapshot).size).toBeGreaterThan(0);
    expect(spawn('--exit', '3')).toMatchObject({
      status: 3,
      stdout: '1 --exit,3 warm=true snapshot=true\n',
      stderr: '',
    });
  }, 60_000);

  it('takes a new snapshot when a file it was built from changes', () => {
    const { change, run, snapshot } = createCommand(SNAPSHOT_COMMAND);
    expect(run()).toBe('1  warm=true snapshot=true');
    const taken = statSync(snapshot).mtimeMs;
    change(2);
    expect(run()).toBe('2  warm=true snapshot=true');
    expect(statSync(snapshot).mtimeMs).toBeGreaterThan(taken);
  }, 60_000);

  it.each([
    [
      'corrupt (same size)',
      (file: string) => writeFileSync(file, Buffer.alloc(statSync(file).size, 7)),
    ],
    ['truncated', (file: string) => truncateSync(file, 1000)],
    ['missing', (file: string) => rmSync(file)],
  ])(
    'runs the command from its bundle when the snapshot is %s, and takes it again next time',
    (_, spoil) => {
      const { spawn, snapshot } = createCommand(SNAPSHOT_COMMAND);
      expect(spawn('a').stdout).toBe('1 a warm=true snapshot=true\n');
      spoil(snapshot);
      const spoilt = spawn('b', '--exit', '4');
      // Run once, from the bundle (no warm-up there), with its exit code; a warning, no crash.
      expect(spoilt.status).toBe(4);
      expect(spoilt.stdout).toBe('1 b,--exit,4 warm=false snapshot=false\n');
      expect(spoilt.stderr).toMatch(/run-bundled: the startup snapshot of command did not start/);
      expect(spawn('c')).toMatchObject({
        status: 0,
        stdout: '1 c warm=true snapshot=true\n',
        stderr: '',
      });
    },
    60_000,
  );

  it('runs from the bundle, with a warning once, when no snapshot can be taken', () => {
    // An Intl formatter made as the module loads holds a native object V8 cannot put in a snapshot.
    const { spawn, snapshot } = createCommand(
      `const count = new Intl.NumberFormat('en-US');\n${SNAPSHOT_COMMAND.replace('${figure} ', '${count.format(figure)} ')}`,
    );
    const first = spawn('a');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('1 a warm=false snapshot=false\n');
    expect(first.stderr).toMatch(/run-bundled: no startup snapshot for command/);
    expect(() => statSync(snapshot)).toThrow();
    expect(spawn('b')).toMatchObject({
      status: 0,
      stdout: '1 b warm=false snapshot=false\n',
      stderr: '',
    });
  }, 60_000);
});
