/**
 * How fresh the record is: the span it covers, where each tabulation's CSV came from (commit,
 * its date, when it was read), and how old its newest report is on the reader's clock.
 */
import { dayNumber, isoDay } from '../day-number';
import type { MndRecord, TabulationSpan } from './mnd-record';
import type { TabulationId } from './record-tabulations';

/** Past this many days, the newest report is marked stale. */
export const STALE_AFTER_DAYS = 2;

/** One tabulation's freshness. */
export interface TabulationFreshness {
  readonly id: TabulationId;
  readonly project: string;
  readonly span: TabulationSpan;
  /** The newest report's age in whole days on the reader's clock (see `recordFreshness`). */
  readonly age: number;
  /** Where the CSV came from; absent when provenance.json has no entry for it. */
  readonly source?: {
    readonly repository: string;
    /** The commit as recorded (up to 40 hex digits), and its first 8 for display. */
    readonly commit: string;
    readonly shortCommit: string;
    /** The commit's page, for a repository on GitHub; the app itself never requests it. */
    readonly commitUrl?: string;
    /** The commit's date (a day, or a date and time with its zone). */
    readonly committed: string;
    /** When `npm run update` read it; absent when it was not recorded (then `note` says why). */
    readonly read?: string;
    readonly note?: string;
  };
}

/** The whole record's freshness. */
export interface RecordFreshness {
  /** The first and the last report date of any tabulation. */
  readonly first: string;
  readonly last: string;
  /** The reader's day (`YYYY-MM-DD`, in the reader's time zone) the ages are counted to. */
  readonly today: string;
  /** Whole days from the newest report's date to the reader's day (0: a report of today). */
  readonly age: number;
  /** `age > STALE_AFTER_DAYS`. */
  readonly stale: boolean;
  readonly tabulations: readonly TabulationFreshness[];
}

/**
 * The record's freshness at `now`. A report dated D covers the 24 hours up to 06:00 (UTC+8) on
 * D; its age is the number of calendar days from D to the reader's date at `now`, in the reader's
 * time zone (the runtime's): 0 for the report of today, 1 for yesterday's. The record is stale
 * when its newest report is more than 2 days old: MND publishes every morning, so a current
 * record is at most a day or two behind. Undefined for a record without any day.
 *
 * @example
 * recordFreshness(record, new Date(2026, 11, 3)) // → { last: '2026-08-22', age: 103, stale: true, … }
 */
export function recordFreshness(record: MndRecord, now: Date): RecordFreshness | undefined {
  const tabulations = record.tabulations;
  if (tabulations.length === 0) return undefined;
  const today = isoDay(
    Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 864e5),
  );
  const ageOf = (date: string) => dayNumber(today) - dayNumber(date);
  const first = tabulations.map((t) => t.span.first).sort()[0]!;
  const last = tabulations
    .map((t) => t.span.last)
    .sort()
    .at(-1)!;
  const age = ageOf(last);
  return {
    first,
    last,
    today,
    age,
    stale: age > STALE_AFTER_DAYS,
    tabulations: tabulations.map((t) => {
      // Not provenanceOf: that module brings the file's schema, which the first load need not carry.
      const p = record.provenance?.tabulations.find((x) => x.id === t.id);
      const commitUrl = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/.test(p?.repository ?? '')
        ? `${p!.repository}/commit/${p!.commit}`
        : undefined;
      return {
        id: t.id,
        project: t.project,
        span: t.span,
        age: ageOf(t.span.last),
        ...(p && {
          source: {
            repository: p.repository,
            commit: p.commit,
            shortCommit: p.commit.slice(0, 8),
            ...(commitUrl && { commitUrl }),
            committed: p.committed,
            ...(p.read !== undefined && { read: p.read }),
            ...(p.note !== undefined && { note: p.note }),
          },
        }),
      };
    }),
  };
}
