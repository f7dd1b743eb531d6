/**
 * A file read from an upstream repository at a commit, as `npm run update` hands it to the
 * model: its path in the repository, its bytes and their SHA-256. Nothing is trusted yet.
 */
export interface UpstreamFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/** An upstream repository read at its newest commit (by `readUpstream`, src/lib/data/). */
export interface UpstreamSnapshot {
  /** The repository as it was given: a URL, or a local path for a mirror. */
  readonly repository: string;
  /** The commit read (40 hex digits), its committer date-time, and when it was read (UTC). */
  readonly commit: string;
  readonly committed: string;
  readonly read: string;
  /** Every file read, in path order. */
  readonly files: readonly UpstreamFile[];
}
