/**
 * What `npm run update` prints: per tabulation, the commit read, the days added (first and
 * last), each figure revised with the value it replaced, the days upstream no longer has, the
 * rows refused (`file › row › field: reason`) and the record's rows kept in their place; then
 * one summary line.
 */
import { formatIssue } from '../data-issue';
import type { TabulationUpdate } from './plan-record-update';

/**
 * The report's lines; `written` names the files written (none on a dry run).
 *
 * @example
 * recordUpdateReport(plan.updates, plan.writes.map((w) => w.file), false).at(-1)
 * // → 'update: eskim19 21 days added, 1 revised, 0 removed, 0 refused; madeye …; wrote geodata/record/…'
 */
export function recordUpdateReport(
  updates: readonly TabulationUpdate[],
  written: readonly string[],
  dryRun: boolean,
): string[] {
  const lines: string[] = [];
  for (const { tabulation, snapshot, changes, notes, unchanged } of updates) {
    lines.push(
      `${tabulation.id}: ${snapshot.repository} at ${snapshot.commit} (committed ${snapshot.committed}), ${tabulation.path}: ${plural(changes.rows.length, 'row')} in ${tabulation.file}`,
    );
    const { added, revised, removed, refused, kept } = changes;
    if (added.length > 0)
      lines.push(
        `  added ${plural(added.length, 'day')}: first ${added[0]}, last ${added[added.length - 1]}`,
      );
    for (const r of revised)
      lines.push(`  revised ${r.date} ${r.column}: ${cell(r.old)} → ${cell(r.new)}`);
    if (removed.length > 0)
      lines.push(
        `  no longer upstream, removed ${plural(removed.length, 'day')}: ${removed.join(', ')}`,
      );
    for (const issue of refused) lines.push(`  refused ${formatIssue(issue)}`);
    if (kept.length > 0)
      lines.push(`  kept the record's row of ${kept.join(', ')}: the upstream's row was refused`);
    for (const note of notes) lines.push(`  note: ${note}`);
    if (unchanged && refused.length === 0) lines.push('  no change to its rows');
  }
  const tally = updates
    .map(
      ({ tabulation, changes: c }) =>
        `${tabulation.id} ${plural(c.added.length, 'day')} added, ${c.revised.length} revised, ${c.removed.length} removed, ${c.refused.length} refused`,
    )
    .join('; ');
  const outcome = dryRun
    ? `dry run, nothing written${written.length > 0 ? ` (would write ${written.join(', ')})` : ''}`
    : written.length > 0
      ? `wrote ${written.join(', ')}`
      : 'nothing to write';
  lines.push(`update: ${tally}; ${outcome}`);
  return lines;
}

function cell(value: string): string {
  return value === '' ? '(not reported)' : value;
}

function plural(n: number, one: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : `${one}s`}`;
}
