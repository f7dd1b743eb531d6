/**
 * Something the extractor saw and did not turn into data, with the reason: a fraction ("about
 * half"), a date no rule reads, a figure `countBasisValue` cannot say. Offsets are into the
 * text the extractor was given. The ingest command prints them for the reviewer.
 */
export interface ExtractionNote {
  readonly start: number;
  readonly end: number;
  /** The words, as in the text. */
  readonly words: string;
  readonly reason: string;
}
