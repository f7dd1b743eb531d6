let formatter: Intl.NumberFormat | undefined;

/**
 * A count as messages write it, with thousands separators. The formatter is made on first use,
 * not when a module loads: making the first one costs tens of milliseconds (ICU's data), which
 * `npm run ingest` would pay on every run for a message it rarely prints, and an `Intl` object
 * made while modules load cannot go into the command's startup snapshot (scripts/commands/run-bundled.mjs).
 *
 * @example
 * formatCount(1234567) // → '1,234,567'
 */
export function formatCount(n: number): string {
  formatter ??= new Intl.NumberFormat('en-US');
  return formatter.format(n);
}
