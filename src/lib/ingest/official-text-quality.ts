import type { Incident } from '../model/schema';
import type { IncidentCategory } from '../model/vocabulary';
import { measureKey, measureQuality, type QualityFigures } from './extraction-quality';

/**
 * What a careful analyst reads in an official text (tests/fixtures/official/<id>.expected.json),
 * written by hand without offsets: each incident's date as "value precision", its category, the
 * actors named by hull number, its counts as `measureKey` strings ("3 ships" when a figure says no
 * measure); and the words that must never come out: numbers that are not counts (hull numbers,
 * times, type designators) and date words that are not an incident's date (a release's date line,
 * "this year").
 */
export interface ExpectedOfficialFacts {
  readonly incidents: readonly {
    readonly date: string;
    readonly category: IncidentCategory;
    readonly actors?: readonly string[];
    readonly counts: readonly string[];
  }[];
  /** Words that no count's `basis` may be. */
  readonly neverCounts: readonly string[];
  /** Words that no date reading's `basis` may contain. */
  readonly neverDates: readonly string[];
}

export interface OfficialTextQuality {
  /** Dates as "value precision": every reading of every draft, each distinct reading once. */
  readonly dates: QualityFigures;
  /** Counts as "value unit", each matched once. */
  readonly counts: QualityFigures;
  /** Counts with what they count (`measureKey`), each matched once. */
  readonly measures: QualityFigures;
  /** The actors named by hull number, found among the drafts' actors (recall only). */
  readonly actors: QualityFigures;
  /** Expected incidents, and how many have a draft of that date and category. */
  readonly categories: { readonly compared: number; readonly agreed: number };
  /** Expected incidents and drafts: more drafts than incidents is noise for a reviewer. */
  readonly incidents: { readonly expected: number; readonly drafted: number };
  /** Bases of counts or dates that are words the text says must never come out. */
  readonly forbidden: readonly string[];
}

/**
 * Measure the drafts of one official text against what an analyst reads in it. Facts are
 * matched by value, not by where they are said (the expected facts carry no offsets): a date by
 * value and precision, a count by value and unit, a measure by its whole `measureKey`.
 *
 * @example
 * officialTextQuality(expected, drafts.map((d) => d.incident)).counts.recall // → 1
 */
export function officialTextQuality(
  expected: ExpectedOfficialFacts,
  drafts: readonly Incident[],
): OfficialTextQuality {
  const readings = drafts.flatMap((d) => [d.properties.date, ...(d.properties.otherDates ?? [])]);
  const counts = drafts.flatMap((d) => {
    const list = d.properties.counts ?? [];
    return list.map((c) => ({ count: c, key: measureKey(c, list) }));
  });
  const valueUnit = (key: string) => key.split(' ').slice(0, 2).join(' ');
  const expectedCounts = expected.incidents.flatMap((i) => i.counts);
  const actors = new Set(drafts.flatMap((d) => d.properties.actors));
  const expectedActors = expected.incidents.flatMap((i) => i.actors ?? []);
  const neverCount = (basis: string) =>
    expected.neverCounts.some((w) => basis.trim().toLowerCase() === w.toLowerCase());
  const neverDate = (basis: string) =>
    expected.neverDates.some((w) => basis.toLowerCase().includes(w.toLowerCase()));
  return {
    dates: measureQuality(
      [...new Set(expected.incidents.map((i) => i.date))],
      [...new Set(readings.map((r) => `${r.value} ${r.precision}`))],
    ),
    counts: measureQuality(
      expectedCounts.map(valueUnit),
      counts.map(({ key }) => valueUnit(key)),
    ),
    measures: measureQuality(
      expectedCounts,
      counts.map(({ key }) => key),
    ),
    actors: measureQuality(
      expectedActors,
      expectedActors.filter((a) => actors.has(a)),
    ),
    categories: {
      compared: expected.incidents.length,
      agreed: expected.incidents.filter((i) =>
        drafts.some(
          (d) =>
            `${d.properties.date.value} ${d.properties.date.precision}` === i.date &&
            d.properties.category === i.category,
        ),
      ).length,
    },
    incidents: { expected: expected.incidents.length, drafted: drafts.length },
    forbidden: [
      ...counts.filter(({ count }) => neverCount(count.basis)).map(({ count }) => count.basis),
      ...readings.filter((r) => neverDate(r.basis)).map((r) => r.basis),
    ],
  };
}
