/**
 * Node-side reader of an upstream repository for `npm run update`: the repository is cloned
 * through the `git` command into a temporary folder (depth 1, blobs fetched only for the files
 * read), and its newest commit (HEAD) gives the commit's full hash, its committer date and the
 * bytes of the files a tabulation is made from, with their SHA-256. The working tree is never
 * read: the files are the commit's blobs. A location that cannot be read is a refusal with
 * git's own reason, never a stack trace.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { UpstreamFile, UpstreamSnapshot } from '../model/record/upstream-file';

/** Why an upstream could not be read (git's message, or a file missing at the commit). */
export class UpstreamReadError extends Error {
  override name = 'UpstreamReadError';
}

/** How long one git command may take before the read is given up (a stalled network). */
const GIT_TIMEOUT_MS = 5 * 60_000;

/**
 * Read `location` (a git URL, or a local repository's path) at its newest commit: every file
 * matching `pattern` (a path in the repository; `*` in its last part matches within one folder,
 * as `data/daily/*.json`). Throws `UpstreamReadError` when the repository cannot be read or no
 * file matches.
 *
 * @example
 * const eskim19 = await readUpstream('https://github.com/eskim19/taiwan-strait-tracker', 'docs/data/tension.json');
 * eskim19.commit // → '466b2f5b…' (40 hex digits)
 */
export async function readUpstream(
  location: string,
  pattern: string,
  now: () => Date = () => new Date(),
): Promise<UpstreamSnapshot> {
  const dir = mkdtempSync(join(tmpdir(), 'straitwatch-upstream-'));
  try {
    // A local folder is cloned through file://, so that --depth and --filter apply to it too.
    const url = isLocalFolder(location) ? pathToFileURL(resolve(location)).href : location;
    const read = now();
    await git(
      [
        'clone',
        '--quiet',
        '--depth',
        '1',
        '--filter=blob:none',
        '--no-checkout',
        '--no-tags',
        '--single-branch',
        '--',
        url,
        'repo',
      ],
      dir,
    );
    const repo = join(dir, 'repo');
    // The sparse checkout fetches the blobs of the files read in one batch, and no others.
    await git(['sparse-checkout', 'set', '--no-cone', `/${pattern}`], repo);
    await git(['checkout', '--quiet'], repo);
    const [commit, committed] = (await git(['log', '-1', '--format=%H%n%cI', 'HEAD'], repo))
      .toString('utf8')
      .trim()
      .split('\n');
    const listed = await listFiles(repo, pattern);
    if (listed.length === 0)
      throw new UpstreamReadError(
        `${pattern.includes('*') ? `no file matches ${pattern}` : `${pattern} is missing`} in ${location} at ${commit}`,
      );
    const files = await readBlobs(repo, listed);
    return {
      repository: location,
      commit: commit!,
      committed: committed!,
      read: read.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      files,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function isLocalFolder(location: string): boolean {
  return (
    !/^[a-z][a-z0-9+.-]*:\/\//i.test(location) &&
    existsSync(location) &&
    statSync(location).isDirectory()
  );
}

/** The blobs of HEAD's tree matching `pattern`, in path order. */
async function listFiles(repo: string, pattern: string): Promise<{ path: string; oid: string }[]> {
  const folder = pattern.includes('/') ? posix.dirname(pattern) : '';
  const name = globRegExp(posix.basename(pattern));
  const out = await git(['ls-tree', '-z', 'HEAD', '--', folder ? `${folder}/` : '.'], repo);
  return out
    .toString('utf8')
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => /^\d+ (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry)!)
    .filter((m) => m[1] === 'blob' && name.test(posix.basename(m[3]!)))
    .map((m) => ({ path: m[3]!, oid: m[2]! }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function globRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

/** The bytes of each blob, read in one `git cat-file --batch`, with their SHA-256. */
async function readBlobs(
  repo: string,
  listed: readonly { path: string; oid: string }[],
): Promise<UpstreamFile[]> {
  const out = await git(['cat-file', '--batch'], repo, listed.map((f) => `${f.oid}\n`).join(''));
  const files: UpstreamFile[] = [];
  let at = 0;
  for (const { path, oid } of listed) {
    const end = out.indexOf(0x0a, at);
    const header = out.subarray(at, end).toString('utf8').split(' ');
    if (header[0] !== oid || header[1] !== 'blob')
      throw new UpstreamReadError(`${path} (${oid}) could not be read: ${header.join(' ')}`);
    const size = Number(header[2]);
    const bytes = new Uint8Array(out.subarray(end + 1, end + 1 + size));
    files.push({ path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
    at = end + 1 + size + 1;
  }
  return files;
}

/** Run git in `cwd`; its stdout, or an UpstreamReadError with what git said. */
function git(args: readonly string[], cwd: string, input?: string): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', args, {
      cwd,
      // Never wait on a prompt for credentials, and give up on a stalled transfer.
      env: {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        GIT_HTTP_LOW_SPEED_LIMIT: '1000',
        GIT_HTTP_LOW_SPEED_TIME: '60',
      },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      timeout: GIT_TIMEOUT_MS,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) =>
      reject(new UpstreamReadError(`git could not be run: ${error.message}`)),
    );
    child.on('close', (code, signal) => {
      if (code === 0) return resolvePromise(Buffer.concat(out));
      const said = Buffer.concat(err)
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('warning: '))
        .join('; ');
      reject(
        new UpstreamReadError(
          `git ${args[0]} failed${signal ? ` (${signal}: it took too long)` : ''}: ${said || `exit ${code}`}`,
        ),
      );
    });
    if (input !== undefined) {
      // git may end before it has read all of its input; its exit status says why.
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(input);
    }
  });
}
