/**
 * The columns of an incidents CSV (docs/import.md), in the order export writes them. One row is
 * one quote of an incident; rows with the same `id` are one incident. A row may also carry one
 * reading of the date and one figure, both taken from its quote.
 */
export const INCIDENT_CSV_COLUMNS = [
  'id',
  'title',
  'category',
  'date',
  'date_precision',
  'date_rule',
  'date_basis',
  'date_resolution',
  'lat',
  'lon',
  'place',
  'place_precision',
  'place_feature',
  'place_note',
  'actors',
  'note',
  'source',
  'start',
  'end',
  'quote',
  'count',
  'count_unit',
  'count_qualifier',
  'count_basis',
  'count_what',
  'count_measure',
  'count_measure_words',
  'count_regions',
  'count_of',
  'count_dated',
  'count_claim',
  'count_claim_since',
  'count_claim_words',
] as const;

export type IncidentCsvColumn = (typeof INCIDENT_CSV_COLUMNS)[number];

/** Columns a CSV must have in its header. */
export const REQUIRED_CSV_COLUMNS: readonly IncidentCsvColumn[] = [
  'id',
  'title',
  'category',
  'date',
  'date_basis',
  'lat',
  'lon',
  'place',
  'source',
  'quote',
];

/** Columns about the incident as a whole: given on its first row, empty or the same on the rest. */
export const INCIDENT_LEVEL_COLUMNS: readonly IncidentCsvColumn[] = [
  'title',
  'category',
  'lat',
  'lon',
  'place',
  'place_precision',
  'place_feature',
  'place_note',
  'actors',
  'note',
];

/** Columns holding numbers: never formula-escaped on export. */
export const NUMERIC_CSV_COLUMNS: readonly IncidentCsvColumn[] = [
  'lat',
  'lon',
  'start',
  'end',
  'count',
  'count_of',
];

/**
 * A text cell a spreadsheet would run as a formula starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, maybe after apostrophes. Export puts one apostrophe before such a cell and
 * import takes it off again, so the text round-trips verbatim.
 */
export const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
