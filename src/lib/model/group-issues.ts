import type { DataIssue } from './data-issue';
import { numberRanges } from './number-ranges';
import { formatCount } from './format-count';

/** Issues past the first ones, grouped by file, path shape and reason. */
export interface IssueGroup {
  readonly file: string;
  /**
   * The JSON path or column the group's issues share; where they differ only by index, the
   * indices are `[*]` (`properties.quotes[*].start`). Absent when the issues name none.
   */
  readonly path?: string;
  readonly reason: string;
  /** How many issues the group holds. */
  readonly count: number;
  /**
   * Where they are, compressed: `lines 22–50,001`, `features 7, 9, 12–14`, or for features
   * named by id `dm-a, dm-b, dm-c and 4 others`. Absent when the issues name no feature.
   */
  readonly where?: string;
}

export interface GroupedIssues {
  /** How many issues there are in all. */
  readonly total: number;
  /** The first issues, as they came: shown in full. */
  readonly full: readonly DataIssue[];
  /** The rest, one group per file, path shape and reason, in the order each first came. */
  readonly groups: readonly IssueGroup[];
}

/** Feature ids a group lists by name before it only counts them. */
const NAMES_SHOWN = 3;

interface Accumulator {
  readonly file: string;
  readonly reason: string;
  path: string | undefined;
  shape: string | undefined;
  count: number;
  readonly lines: number[];
  readonly features: number[];
  readonly names: string[];
  named: number;
}

/**
 * Many problems made readable: the first `full` (20) issues as they are, then every other issue
 * in a group per file, path shape and reason, with where its issues are ("lines 22–50,001").
 * One pass over the issues, a Map keyed on the group, so 50,000 issues cost what 50 do per
 * issue; the numbers of a group are compressed by `numberRanges`.
 *
 * @example
 * const { full, groups } = groupIssues(issues, { full: 20 });
 * groups.map(formatIssueGroup)
 * // → ['and 49,980 more: big.csv › lat: must be a latitude … between -90 and 90 (lines 22–50,001)']
 */
export function groupIssues(
  issues: readonly DataIssue[],
  options: { readonly full?: number } = {},
): GroupedIssues {
  const full = Math.max(0, options.full ?? 20);
  const byKey = new Map<string, Accumulator>();
  for (let i = full; i < issues.length; i++) {
    const issue = issues[i]!;
    const shape = issue.path?.replace(/\[\d+\]/g, '[*]');
    const key = `${issue.file}\u0000${shape ?? ''}\u0000${issue.reason}`;
    let group = byKey.get(key);
    if (!group) {
      group = {
        file: issue.file,
        reason: issue.reason,
        path: issue.path,
        shape,
        count: 0,
        lines: [],
        features: [],
        names: [],
        named: 0,
      };
      byKey.set(key, group);
    }
    group.count++;
    if (group.path !== issue.path) group.path = group.shape;
    addFeature(group, issue.feature);
  }
  return {
    total: issues.length,
    full: issues.slice(0, full),
    groups: [...byKey.values()].map(toGroup),
  };
}

/** `line 22` and `features[3] (id "x")` are numbers; any other label is a name (an id). */
function addFeature(group: Accumulator, feature: string | undefined): void {
  if (feature === undefined) return;
  const line = /^line (\d+)$/.exec(feature);
  if (line) return void group.lines.push(Number(line[1]));
  const index = /^features\[(\d+)\]/.exec(feature);
  if (index) return void group.features.push(Number(index[1]));
  group.named++;
  if (group.names.length < NAMES_SHOWN) group.names.push(feature);
}

function toGroup(group: Accumulator): IssueGroup {
  const plural = (n: number, one: string) => (n === 1 ? one : `${one}s`);
  const where = [
    group.lines.length ? `${plural(group.lines.length, 'line')} ${numberRanges(group.lines)}` : '',
    group.features.length
      ? `${plural(group.features.length, 'feature')} ${numberRanges(group.features)}`
      : '',
    group.named
      ? group.names.join(', ') +
        (group.named > group.names.length
          ? ` and ${formatCount(group.named - group.names.length)} ${plural(group.named - group.names.length, 'other')}`
          : '')
      : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    file: group.file,
    ...(group.path !== undefined ? { path: group.path } : {}),
    reason: group.reason,
    count: group.count,
    ...(where ? { where } : {}),
  };
}

/**
 * One line for people, after the issues shown in full: how many more, then
 * `file › path: reason (where)` as `formatIssue` says an issue.
 *
 * @example
 * formatIssueGroup({ file: 'big.csv', path: 'lat', reason: 'must be …', count: 49980, where: 'lines 22–50,001' })
 * // → 'and 49,980 more: big.csv › lat: must be … (lines 22–50,001)'
 */
export function formatIssueGroup(group: IssueGroup): string {
  const at = [group.file, group.path].filter(Boolean).join(' › ');
  const where = group.where ? ` (${group.where})` : '';
  return `and ${formatCount(group.count)} more: ${at}: ${group.reason}${where}`;
}
