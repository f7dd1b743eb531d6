/**
 * `node scripts/commands/run-bundled.mjs scripts/commands/<command>.ts [arguments…]`: runs a TypeScript command
 * from one ES module that esbuild bundled from it and its imports (node_modules too), kept in
 * node_modules/.cache/straitwatch-scripts/ (or $STRAITWATCH_SCRIPT_CACHE) and built again only
 * when a file it was built from changed since, or package-lock.json, Node's version or this
 * file did. `tsx` compiles each of the command's few hundred modules on every run and resolves
 * them through its loader; one prebuilt module starts in a fraction of that (docs/ingest.md,
 * "How long it takes"), which is what `npm run ingest` needs to read a page in under a second.
 *
 * The command sees itself as the module Node ran (`process.argv[1]` is the bundle), so its
 * "am I the main module" check and its arguments are as under `tsx scripts/commands/<command>.ts`.
 *
 * A command that exports `main()` (and optionally `warmUp()`) also gets a V8 startup snapshot,
 * built beside the bundle with the same inputs: its modules already evaluated (compromise's
 * lexicon built when imported is most of the ingest's start) and `warmUp()` run. It then runs in
 * a second Node process started from that snapshot, which calls `main()`. A snapshot that
 * cannot be built is left out (with a warning, once); one that does not start (a corrupt or
 * truncated file, another Node) is removed, and the command runs from the bundle instead.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entryArgument] = process.argv.splice(2, 1);
if (!entryArgument) {
  console.error(
    'usage: node scripts/commands/run-bundled.mjs scripts/commands/<command>.ts [arguments…]',
  );
  process.exit(1);
}
const entry = resolve(entryArgument);
const cacheDir = resolve(
  process.env.STRAITWATCH_SCRIPT_CACHE ?? 'node_modules/.cache/straitwatch-scripts',
);
const name = basename(entry).replace(/\.[cm]?[jt]s$/, '');
const bundle = join(cacheDir, `${name}.mjs`);
const snapshot = join(cacheDir, `${name}.snapshot.blob`);
const record = join(cacheDir, `${name}.inputs.json`);
/** The snapshot's main function writes to this descriptor first: then the command has started. */
const STARTED_FD = 'STRAITWATCH_SNAPSHOT_STARTED_FD';
/**
 * V8 flags of the snapshot, the same when it is built and when it runs (V8 refuses a snapshot
 * built with other flags). Node 20's V8 cannot put a regular expression's machine code in a
 * snapshot, and `warmUp()` runs chrono-node's and compromise's expressions often enough that V8
 * compiles them to machine code; interpreted, they are compiled to bytecode, which the snapshot
 * keeps, and a run does not compile them again.
 */
const SNAPSHOT_FLAGS = ['--regexp-interpret-all'];

/** What the bundle depends on besides its inputs' files (a snapshot: the very Node binary too). */
const key = createHash('sha256')
  .update(`${process.version} ${process.arch} ${process.execPath}`)
  .update(entry)
  .update(readFileSync(new URL(import.meta.url)))
  .update(existsSync('package-lock.json') ? readFileSync('package-lock.json') : '')
  .digest('hex');

const built = freshRecord() ?? (await rebuild());
process.argv[1] = bundle;
if (!(built.snapshotSize !== undefined && runFromSnapshot(built.snapshotSize)))
  await import(pathToFileURL(bundle).href);

/**
 * The record of the bundle when it was built with this key, after the last change to any of our
 * files in it; otherwise (none, another key, a file changed since, an unreadable record) none.
 * @returns {{ key: string; builtAt: number; inputs: string[]; snapshotSize?: number } | undefined}
 */
function freshRecord() {
  if (!existsSync(bundle) || !existsSync(record)) return undefined;
  let built;
  try {
    built = JSON.parse(readFileSync(record, 'utf8'));
  } catch {
    return undefined;
  }
  if (built?.key !== key || !Array.isArray(built.inputs)) return undefined;
  const unchanged = built.inputs.every((/** @type {string} */ input) => {
    try {
      return statSync(input).mtimeMs < built.builtAt;
    } catch {
      return false;
    }
  });
  return unchanged ? built : undefined;
}

async function rebuild() {
  // Loaded only to build: a run with a fresh bundle never loads esbuild.
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const builtAt = Date.now();
  const options = {
    bundle: true,
    platform: /** @type {const} */ ('node'),
    target: `node${process.versions.node.split('.')[0]}`,
    metafile: true,
    logLevel: /** @type {const} */ ('warning'),
  };
  // Written under another name and renamed: a command started meanwhile reads a whole bundle.
  const partial = `${bundle}.${process.pid}.tmp`;
  const { metafile } = await build({
    ...options,
    entryPoints: [entry],
    outfile: partial,
    format: 'esm',
    // CommonJS packages inside an ES module still call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  renameSync(partial, bundle);
  const exported = Object.values(metafile.outputs).find((o) => o.entryPoint)?.exports ?? [];
  const snapshotSize = exported.includes('main')
    ? await buildSnapshot(build, options, exported.includes('warmUp'))
    : undefined;
  if (snapshotSize === undefined) rmSync(snapshot, { force: true });
  // Packages change with package-lock.json, which is in the key: only our own files are checked.
  const inputs = Object.keys(metafile.inputs)
    .filter((input) => !input.includes('node_modules/'))
    .map((input) => resolve(input));
  const built = { key, builtAt, inputs, ...(snapshotSize === undefined ? {} : { snapshotSize }) };
  writeFileSync(record, `${JSON.stringify(built)}\n`);
  return built;
}

/**
 * Bundle the command as one script (Node's snapshot builder takes no ES module) that imports it,
 * runs its `warmUp()` and names its `main()` as the snapshot's main function; then build the
 * snapshot. Returns its size in bytes, or undefined (with a warning) when it cannot be built,
 * e.g. when a module makes an object Node cannot put in a snapshot (a `TextDecoder`, an `Intl`
 * formatter) as it loads.
 * @param {typeof import('esbuild').build} build
 * @param {import('esbuild').BuildOptions} options
 * @param {boolean} warmUp
 */
async function buildSnapshot(build, options, warmUp) {
  const script = `${snapshot}.${process.pid}.cjs`;
  const partial = `${snapshot}.${process.pid}.tmp`;
  try {
    await build({
      ...options,
      stdin: {
        contents: [
          "import { closeSync, writeSync } from 'node:fs';",
          "import { startupSnapshot } from 'node:v8';",
          `import * as command from ${JSON.stringify(entry)};`,
          warmUp ? 'command.warmUp();' : '',
          'startupSnapshot.setDeserializeMainFunction(() => {',
          `  const fd = Number(process.env.${STARTED_FD});`,
          `  delete process.env.${STARTED_FD};`,
          "  if (fd > 2) { writeSync(fd, 'started'); closeSync(fd); }",
          '  void command.main();',
          '});',
        ].join('\n'),
        resolveDir: dirname(entry),
        sourcefile: `${name}.snapshot-entry.js`,
      },
      outfile: script,
      format: 'cjs',
      // The command's own "am I the main module" check: never, here; main() is called above.
      define: { 'import.meta.url': '""' },
    });
    const result = spawnSync(
      process.execPath,
      [...SNAPSHOT_FLAGS, '--snapshot-blob', partial, '--build-snapshot', script],
      { cwd: cacheDir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
    );
    if (result.status !== 0 || !existsSync(partial)) {
      const reason = result.stderr.split('\n').find((line) => line.trim() !== '') ?? '';
      console.warn(
        `run-bundled: no startup snapshot for ${name}, so it starts slower (node --build-snapshot: ${result.signal ?? `exit ${result.status}`}${reason ? `, ${reason.trim()}` : ''})`,
      );
      return undefined;
    }
    renameSync(partial, snapshot);
    return statSync(snapshot).size;
  } finally {
    rmSync(script, { force: true });
    rmSync(partial, { force: true });
  }
}

/**
 * Run the command in a Node process started from its snapshot, with this one's arguments,
 * standard streams and exit code. False when the snapshot did not start the command (its file
 * is not the one built, or Node could not read it): it is removed, to be built again next time.
 * @param {number} size the snapshot's size when it was built
 */
function runFromSnapshot(size) {
  let started = false;
  /** @type {import('node:child_process').SpawnSyncReturns<Buffer> | undefined} */
  let child;
  if (existsSync(snapshot) && statSync(snapshot).size === size) {
    child = spawnSync(
      process.execPath,
      [...SNAPSHOT_FLAGS, '--snapshot-blob', snapshot, ...process.argv.slice(1)],
      {
        stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
        env: { ...process.env, [STARTED_FD]: '3' },
      },
    );
    started = (child.output?.[3]?.length ?? 0) > 0;
  }
  if (!started) {
    console.warn(
      `run-bundled: the startup snapshot of ${name} did not start${child ? ` (${child.error?.message ?? child.signal ?? `exit ${child.status}`})` : ''}; running without it, it is built again next time`,
    );
    rmSync(record, { force: true });
    rmSync(snapshot, { force: true });
    return false;
  }
  if (child?.signal) process.kill(process.pid, child.signal);
  process.exitCode = child?.status ?? 1;
  return true;
}
