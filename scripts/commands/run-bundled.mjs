/**
 * `node scripts/commands/run-bundled.mjs scripts/commands/<command>.ts [arguments…]`: runs a TypeScript command
 * from one ES module that esbuild bundled from it and its imports (node_modules too), kept in
 * node_modules/.cache/straitwatch-scripts/ (or $STRAITWATCH_SCRIPT_CACHE) and built again only
 * when a file it was built from changed since, or package-lock.json, Node's version or this
 * file did. `tsx` compiles each of the command's few hundred modules on every run and resolves
 * them through its loader; one prebuilt module starts in a fraction of that (docs/ingest.md,
 * "Measured here"), which is what `npm run ingest` needs to read a page in under a second.
 *
 * The command sees itself as the module Node ran (`process.argv[1]` is the bundle), so its
 * "am I the main module" check and its arguments are as under `tsx scripts/commands/<command>.ts`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
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
const record = join(cacheDir, `${name}.inputs.json`);

/** What the bundle depends on besides its inputs' files. */
const key = createHash('sha256')
  .update(process.version)
  .update(entry)
  .update(readFileSync(new URL(import.meta.url)))
  .update(existsSync('package-lock.json') ? readFileSync('package-lock.json') : '')
  .digest('hex');

if (!isFresh()) await rebuild();
process.argv[1] = bundle;
await import(pathToFileURL(bundle).href);

/** Whether the bundle was built with this key, after the last change to any of our files in it. */
function isFresh() {
  if (!existsSync(bundle) || !existsSync(record)) return false;
  /** @type {{ key: string; builtAt: number; inputs: string[] }} */
  const built = JSON.parse(readFileSync(record, 'utf8'));
  if (built.key !== key) return false;
  return built.inputs.every((input) => {
    try {
      return statSync(input).mtimeMs < built.builtAt;
    } catch {
      return false;
    }
  });
}

async function rebuild() {
  // Loaded only to build: a run with a fresh bundle never loads esbuild.
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const builtAt = Date.now();
  // Written under another name and renamed: a command started meanwhile reads a whole bundle.
  const partial = `${bundle}.${process.pid}.tmp`;
  const { metafile } = await build({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    metafile: true,
    logLevel: 'warning',
    // CommonJS packages inside an ES module still call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  renameSync(partial, bundle);
  // Packages change with package-lock.json, which is in the key: only our own files are checked.
  const inputs = Object.keys(metafile.inputs)
    .filter((input) => !input.includes('node_modules/'))
    .map((input) => resolve(input));
  writeFileSync(record, `${JSON.stringify({ key, builtAt, inputs })}\n`);
}
