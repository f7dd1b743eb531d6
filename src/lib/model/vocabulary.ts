/**
 * The closed vocabularies of the model: every enum a geodata file may use, in one place,
 * so parsers, the legend and the docs agree.
 */

/** How far a geometry can be trusted. */
export const GEOMETRY_PRECISIONS = ['exact', 'approximate', 'schematic'] as const;
/**
 * - `exact`: coordinates from a primary source (a treaty, a notice, a surveyed site).
 * - `approximate`: a real place whose coordinates are near, not exact (a town centre for a
 *   base, a hotel area); drawn with a precision halo.
 * - `schematic`: a shape we constructed (a sector split, a corridor edge, a track); drawn dashed.
 */
export type GeometryPrecision = (typeof GEOMETRY_PRECISIONS)[number];

/** How precisely the source pins down an incident's date. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year', 'before'] as const;
/** `before`: the source only says the event happened on or before the given day. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const INCIDENT_CATEGORIES = [
  'air-activity',
  'naval-transit',
  'exercise',
  'meeting',
  'launch',
  'sanction',
  'statement',
  'arms-and-aid',
  'intelligence',
  'conflict',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

/** Human labels for categories, used by the list filter and the legend. */
export const CATEGORY_LABELS: Readonly<Record<IncidentCategory, string>> = {
  'air-activity': 'Air activity',
  'naval-transit': 'Naval transit',
  exercise: 'Exercise',
  meeting: 'Meeting',
  launch: 'Launch',
  sanction: 'Sanction',
  statement: 'Statement',
  'arms-and-aid': 'Arms and aid',
  intelligence: 'Intelligence',
  conflict: 'Conflict',
};

/** What a count counts. */
export const COUNT_UNITS = ['aircraft', 'ships', 'troops'] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

export const COUNT_QUALIFIERS = ['exactly', 'nearly', 'about', 'at least', 'more than'] as const;
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];

/**
 * The rule that turned the source's words into an ISO date. Each rule is recomputed by
 * `resolveDateExpression` in the tests, so a hand-written date cannot drift from its rule.
 */
export const DATE_RULES = [
  /** "April 16", "January 5": month and day; the year is the latest one not after publication. */
  'month-day',
  /** "April 13, 2023", "February 2022": the text carries the year. */
  'explicit',
  /** "Sunday", "on Friday": the latest such weekday on or before publication. */
  'weekday',
  /** "last week": the calendar week (Monday first) before the publication week. */
  'last-week',
  /** "last month": the calendar month before publication. */
  'last-month',
  /** "next month": the calendar month after publication. */
  'next-month',
  /** "last February": the latest February strictly before publication's month. */
  'last-named-month',
  /** "over the weekend": the Saturday–Sunday on or before publication. */
  'weekend',
  /** Worked out from other dated facts in the source; the resolution text says how. */
  'inferred',
] as const;
export type DateRule = (typeof DATE_RULES)[number];
