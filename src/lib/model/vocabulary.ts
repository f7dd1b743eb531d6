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

/**
 * What a count counts. Balloons and drones are units of their own: MND counts balloons apart
 * from aircraft sorties, and "four drones" is not a figure of aircraft a reader can compare.
 */
export const COUNT_UNITS = ['aircraft', 'ships', 'troops', 'balloons', 'drones'] as const;
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

/**
 * What a count counts, in the measures of Taiwan MND's daily report (and of the record built
 * from it, src/lib/model/record/), so that a figure can be set against the record:
 * - `aircraft-detected`: PLA aircraft (sorties) detected around Taiwan;
 * - `aircraft-median-or-adiz`: aircraft that crossed the median line or entered the ADIZ (MND
 *   states one combined figure: "N out of N aircraft crossed the median line and entered
 *   Taiwan's … ADIZ");
 * - `navy-vessels`: warships, PLA Navy (PLAN) vessels;
 * - `official-ships`: official ships, such as the coast guard's;
 * - `troops-taking-part`: troops taking part in an exercise (never in the record);
 * - `balloons-detected`: balloons MND detected around Taiwan (its reports give them on a line of
 *   their own; the record's tabulations have no column for them).
 */
export const COUNT_MEASURES = [
  'aircraft-detected',
  'aircraft-median-or-adiz',
  'navy-vessels',
  'official-ships',
  'troops-taking-part',
  'balloons-detected',
] as const;
export type CountMeasure = (typeof COUNT_MEASURES)[number];

/** The unit each measure counts in: a count's measure must fit its unit. */
export const MEASURE_UNITS: Readonly<Record<CountMeasure, CountUnit>> = {
  'aircraft-detected': 'aircraft',
  'aircraft-median-or-adiz': 'aircraft',
  'navy-vessels': 'ships',
  'official-ships': 'ships',
  'troops-taking-part': 'troops',
  'balloons-detected': 'balloons',
};

/** The measures for a reader, as a phrase after the figure ("54 aircraft that …"). */
export const MEASURE_LABELS: Readonly<Record<CountMeasure, string>> = {
  'aircraft-detected': 'aircraft detected around Taiwan',
  'aircraft-median-or-adiz': 'aircraft that crossed the median line or entered the ADIZ',
  'navy-vessels': 'PLA Navy vessels (warships)',
  'official-ships': 'official ships (coast guard)',
  'troops-taking-part': 'troops taking part',
  'balloons-detected': 'balloons detected around Taiwan',
};

/**
 * The parts of Taiwan's ADIZ MND's reports name ("northern, central, southwestern and eastern
 * ADIZ"), as the record writes them. They have no published boundaries (geodata/README.md).
 */
export const ADIZ_REGIONS = [
  'north',
  'central',
  'southwest',
  'southeast',
  'south',
  'east',
] as const;
export type AdizRegion = (typeof ADIZ_REGIONS)[number];

/**
 * How a count's date (the incident's) relates to MND's reporting window, the 24 hours up to
 * 06:00 (UTC+8) on the report's date:
 * - `activity`: the date is the day of the activity, so the report of the next day covers most
 *   of it ("54 aircraft entered … on the last day of the exercises", 10 April → the report of 11
 *   April);
 * - `report`: the date is that of MND's report ("On Monday, the ministry said it had detected …",
 *   "detected up until 6 a.m. (UTC+8) today", "in the 24 hours to 6 a.m.").
 */
export const COUNT_DATED = ['activity', 'report'] as const;
export type CountDated = (typeof COUNT_DATED)[number];

/**
 * What a source claims of its figure beyond the figure:
 * - `highest-since`: no day since `since` had more ("the highest number recorded in a single day
 *   since October 2021").
 */
export const COUNT_CLAIMS = ['highest-since'] as const;
export type CountClaimKind = (typeof COUNT_CLAIMS)[number];
