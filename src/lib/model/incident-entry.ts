import type { Count, DateReading, SourceQuote } from './schema';
import type { GeometryPrecision, IncidentCategory } from './vocabulary';

/**
 * A date as every view shows it: the value and its precision always; the words it was read
 * from, the rule and the resolution where they are known (a fully loaded incident has them; a
 * row read by bounding box stores only the date).
 */
export type EntryDateReading = Pick<DateReading, 'value' | 'precision'> &
  Partial<Pick<DateReading, 'rule' | 'basis' | 'quote' | 'resolution'>>;

/** A figure as every view shows it; the words it was read from where they are known. */
export type EntryCount = Pick<Count, 'unit' | 'value' | 'qualifier'> &
  Partial<Pick<Count, 'basis' | 'quote' | 'what'>>;

/**
 * What every view needs of an incident: the list, the map and its popup, the counts chart and
 * the evidence panel. A structural supertype of `Incident`, so a model incident is its own
 * entry (no copy); the parts only a fully loaded incident has are optional, and a row read by
 * bounding box is an entry with only what its file stores (`boxReadEntry`), nothing invented.
 */
export interface IncidentEntry {
  readonly id: string;
  readonly geometry: { readonly coordinates: readonly number[] };
  readonly properties: {
    readonly title: string;
    readonly category: IncidentCategory;
    readonly date: EntryDateReading;
    readonly otherDates?: readonly DateReading[];
    /** Who acted; empty when the file does not say. */
    readonly actors: readonly string[];
    readonly place: {
      readonly name: string;
      readonly precision: GeometryPrecision;
      readonly feature?: string;
      readonly note?: string;
    };
    /** Figures reported; a unit that is absent was not reported (not zero). */
    readonly counts?: readonly EntryCount[];
    readonly quotes: readonly SourceQuote[];
    readonly note?: string;
  };
}
