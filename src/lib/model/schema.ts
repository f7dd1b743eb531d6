/**
 * Valibot schemas for every file in geodata/. Files arrive as `unknown`; these schemas turn
 * them into the typed, readonly model or into issues with a JSON path. Types are inferred
 * from the schemas so the two never drift.
 */
import * as v from 'valibot';
import {
  ADIZ_REGIONS,
  COUNT_CLAIMS,
  COUNT_DATED,
  COUNT_MEASURES,
  COUNT_QUALIFIERS,
  COUNT_UNITS,
  DATE_PRECISIONS,
  DATE_RULES,
  GEOMETRY_PRECISIONS,
  INCIDENT_CATEGORIES,
} from './vocabulary';

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'),
);
const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/** One of a vocabulary's words, saying which they are when it is not (the CSV import says it too). */
const oneOf = <const T extends readonly string[]>(words: T, hint = '') =>
  v.picklist(words, `must be one of ${words.join(', ')}${hint}`);

/** A calendar date `YYYY-MM-DD` that exists (no 31 April, no 29 February 2023). */
export const isoDaySchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
  v.check(isRealDay, 'is not a real calendar date'),
);
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each of which must exist. */
export const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(
    (s) => isRealDay(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s),
    'is not a real calendar date',
  ),
);

/** Answers of `isRealDay` so far: data repeats its dates, and every incident's date is checked. */
const realDays = new Map<string, boolean>();

function isRealDay(s: string): boolean {
  let real = realDays.get(s);
  if (real === undefined) {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    real = t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    if (realDays.size >= 10_000) realDays.clear(); // bounded: never more than 10,000 strings kept
    realDays.set(s, real);
  }
  return real;
}

const lon = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const lat = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
const position = v.pipe(
  v.array(v.number()),
  v.minLength(2, 'a position needs [longitude, latitude]'),
  v.maxLength(3, 'a position has at most [longitude, latitude, altitude]'),
  v.check(
    (p) => v.is(lon, p[0]) && v.is(lat, p[1]),
    'must be [longitude, latitude] within [-180..180, -90..90] (RFC 7946 order)',
  ),
);
const ring = v.pipe(
  v.array(position),
  v.minLength(4, 'a linear ring needs at least 4 positions'),
  // RFC 7946 3.1.6: first and last hold identical values. A last position with more or fewer
  // values than the first is refused by the geometry's one-dimension rule below instead.
  v.check((r) => {
    const a = r[0]!;
    const b = r[r.length - 1]!;
    return a.length !== b.length || a.every((value, i) => value === b[i]);
  }, 'a linear ring must be closed (first position equals last)'),
);
const line = v.pipe(v.array(position), v.minLength(2, 'a line needs at least 2 positions'));

/** Nested coordinate arrays down to positions (arrays of numbers). */
type Coordinates = readonly number[] | readonly Coordinates[];

/**
 * The first position, depth first, whose number of values differs from the first position's:
 * its index path below `coordinates`, its size and the first's; `undefined` when all agree.
 */
function otherDimension(
  coordinates: Coordinates,
): { readonly path: readonly number[]; readonly size: number; readonly first: number } | undefined {
  let first = 0;
  let size = 0;
  const path: number[] = [];
  const differs = (c: Coordinates): boolean => {
    if (c.length === 0) return false; // an empty position or ring is refused on its own
    if (typeof c[0] === 'number') {
      size = c.length;
      first ||= size;
      return size !== first;
    }
    for (let i = 0; i < c.length; i++) {
      path.push(i);
      if (differs((c as readonly Coordinates[])[i]!)) return true;
      path.pop();
    }
    return false;
  };
  return differs(coordinates) ? { path, size, first } : undefined;
}

const POSITION_WORDS: Readonly<Record<number, string>> = {
  2: '[longitude, latitude]',
  3: '[longitude, latitude, altitude]',
};
const dimensionWords = (n: number) =>
  POSITION_WORDS[n] ? `${n} values (${POSITION_WORDS[n]})` : `${n} values`;

const geometryVariant = v.variant('type', [
  v.object({ type: v.literal('Point'), coordinates: position }),
  v.object({ type: v.literal('MultiPoint'), coordinates: v.array(position) }),
  v.object({ type: v.literal('LineString'), coordinates: line }),
  v.object({ type: v.literal('MultiLineString'), coordinates: v.array(line) }),
  v.object({ type: v.literal('Polygon'), coordinates: v.pipe(v.array(ring), v.minLength(1)) }),
  v.object({
    type: v.literal('MultiPolygon'),
    coordinates: v.array(v.pipe(v.array(ring), v.minLength(1))),
  }),
]);

/**
 * Every position of one geometry has the same number of values: all [longitude, latitude], or
 * all with an altitude too (geojsonhint's `different-first-size`). This also refuses a ring
 * that closes only in 2D, whose last position has an altitude the first lacks. The issue's
 * path is the first position that differs.
 */
const oneDimension = v.rawCheck<v.InferOutput<typeof geometryVariant>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const other = otherDimension(dataset.value.coordinates);
  if (!other) return;
  let input: unknown = dataset.value;
  const step = (key: string | number): v.IssuePathItem => {
    const parent = input;
    input = (parent as Record<string | number, unknown>)[key];
    return typeof key === 'number'
      ? { type: 'array', origin: 'value', input: parent as unknown[], key, value: input }
      : {
          type: 'object',
          origin: 'value',
          input: parent as Record<string, unknown>,
          key,
          value: input,
        };
  };
  addIssue({
    message: `has ${dimensionWords(other.size)} but the geometry's first position has ${dimensionWords(other.first)}: all positions of one geometry must have the same dimension`,
    path: [step('coordinates'), ...other.path.map(step)],
  });
});

export const geometrySchema = v.pipe(geometryVariant, oneDimension);

/** Properties every feature of a layer file carries (documented in geodata/README.md). */
export const layerFeaturePropertiesSchema = v.object({
  id,
  name: nonEmpty,
  /** What the feature is: `median-line`, `corridor`, `transit`, `adiz`, `adiz-sector`, `site`, `place`, `zone`, … */
  kind: id,
  precision: oneOf(GEOMETRY_PRECISIONS),
  /** Where the geometry comes from, in words a reader can check. */
  source: nonEmpty,
  sourceUrl: v.optional(v.pipe(v.string(), v.url())),
  /** How we drew it, when we did (required for approximate and schematic geometry). */
  drawing: v.optional(nonEmpty),
  /** A date the feature belongs to, e.g. the day of a transit. */
  date: v.optional(isoDate),
  description: v.optional(nonEmpty),
});

export const layerFeatureSchema = v.pipe(
  v.object({
    type: v.literal('Feature'),
    id,
    geometry: geometrySchema,
    properties: layerFeaturePropertiesSchema,
  }),
  v.check((f) => f.id === f.properties.id, 'Feature.id must equal properties.id'),
  v.check(
    (f) => f.properties.precision === 'exact' || f.properties.drawing !== undefined,
    'approximate and schematic features must say how they were drawn (properties.drawing)',
  ),
);

export const quoteSchema = v.object({
  /** The source id (file name without extension in geodata/sources/). */
  source: id,
  /** UTF-16 code-unit offsets into the source text, as `String.prototype.slice` takes them. */
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The exact text; must equal `sourceText.slice(start, end)`. */
  text: v.pipe(v.string(), v.nonEmpty()),
});

/** A reading of when something happened, and the words and rule that gave it. */
export const dateReadingSchema = v.object({
  value: isoDate,
  precision: oneOf(DATE_PRECISIONS),
  rule: oneOf(DATE_RULES),
  /** The words in the quote that the date comes from, e.g. "on Sunday". */
  basis: nonEmpty,
  /** Index into the incident's quotes of the quote holding `basis`. */
  quote: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** How the words became the date, for a reader. */
  resolution: nonEmpty,
});

/**
 * What a count counts, in a field of its own (the README's data model): the measure, the words
 * of the quote that say so, the ADIZ regions named, the count it is part of, and how its date
 * relates to MND's reporting window. `incidentIssues` checks each against the quote.
 */
export const countMeasureSchema = v.object({
  kind: oneOf(COUNT_MEASURES),
  /** The words in the quote that say what is counted, e.g. "had passed the southwestern ADIZ". */
  words: nonEmpty,
  /** The ADIZ regions named for this figure, when named (in `words` or the quote). */
  regions: v.optional(
    v.pipe(
      v.array(oneOf(ADIZ_REGIONS, ' (regions separated by spaces in a CSV)')),
      v.minLength(1, 'list the regions named, or leave regions out'),
      v.check((r) => new Set(r).size === r.length, 'names a region twice'),
    ),
  ),
  /** A part names its whole: the index, among the incident's counts, of the count it is part of. */
  of: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Whether the incident's date is the day of the activity or the date of MND's report. */
  dated: v.optional(oneOf(COUNT_DATED, ', or left out')),
});

/** A claim the source makes of its figure, in its words ("the highest … since October 2021"). */
export const countClaimSchema = v.object({
  kind: oneOf(COUNT_CLAIMS),
  /** The date the claim runs from (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), said in `words`. */
  since: isoDate,
  /** The claim's words, in the count's quote. */
  words: nonEmpty,
});

export const countSchema = v.object({
  unit: oneOf(COUNT_UNITS),
  value: v.pipe(v.number(), v.integer(), v.minValue(0)),
  qualifier: v.optional(oneOf(COUNT_QUALIFIERS, ', or left out')),
  /** The words in the quote giving the figure, e.g. "54", "four", "18,000". */
  basis: nonEmpty,
  quote: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** What is counted, in the source's terms, e.g. "Chinese aircraft entering the SW and SE ADIZ". */
  what: nonEmpty,
  /** What is counted, as a measure the record knows (optional: older files have none). */
  measure: v.optional(countMeasureSchema),
  /** What the source claims of the figure, checked against the record. */
  claim: v.optional(countClaimSchema),
});

export const incidentPropertiesSchema = v.object({
  id,
  title: nonEmpty,
  category: oneOf(INCIDENT_CATEGORIES),
  /** The date we sort and chart by; the first reading. */
  date: dateReadingSchema,
  /** Other readings of the date in the sources: shown beside the first, never hidden. */
  otherDates: v.optional(v.array(dateReadingSchema)),
  actors: v.array(nonEmpty),
  place: v.object({
    name: nonEmpty,
    precision: oneOf(GEOMETRY_PRECISIONS),
    /** A layer feature this incident happens at, as `layerId/featureId`. */
    feature: v.optional(
      v.pipe(v.string(), v.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be layerId/featureId')),
    ),
    /** Why the point is where it is, when it is not exact. */
    note: v.optional(nonEmpty),
  }),
  /** Figures reported; a unit that is absent was not reported (not zero). */
  counts: v.optional(v.array(countSchema)),
  quotes: v.pipe(v.array(quoteSchema), v.minLength(1, 'an incident needs at least one quote')),
  /** Our short note for the reader; never shown as if it were the source's words. */
  note: v.optional(nonEmpty),
});

export const incidentFeatureSchema = v.pipe(
  v.object({
    type: v.literal('Feature'),
    id,
    geometry: v.object({ type: v.literal('Point'), coordinates: position }),
    properties: incidentPropertiesSchema,
  }),
  v.check((f) => f.id === f.properties.id, 'Feature.id must equal properties.id'),
);

export const sourceMetaSchema = v.object({
  id,
  outlet: nonEmpty,
  title: nonEmpty,
  published: isoDaySchema,
  /**
   * The day the source entered the project (`YYYY-MM-DD`): every shipped source has it; `npm run
   * ingest` and a browser import write it; older stored imports and synthetic data may lack it.
   */
  added: v.optional(isoDaySchema),
  language: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag such as en'),
  ),
  url: v.optional(v.pipe(v.string(), v.url())),
  author: v.optional(nonEmpty),
  /** Hex SHA-256 of the UTF-8 text file. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256')),
  /** Notes on the text as stored (e.g. "translated from …", "caption text kept"). */
  note: v.optional(nonEmpty),
  /** The publication date-time with its zone, when the page gives one; its day is `published`. */
  publishedAt: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
        'must be a date-time with its zone, e.g. 2023-04-15T09:30:00+08:00',
      ),
    ),
  ),
  /** When the page was fetched from `url` (an ISO instant), for a source read from the web. */
  retrieved: v.optional(v.pipe(v.string(), v.isoTimestamp('must be an ISO instant'))),
  /** Hex SHA-256 of the page's bytes (saved or fetched) the text was read from. */
  pageSha256: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256'))),
});

export type Geometry = v.InferOutput<typeof geometrySchema>;
export type LayerFeatureProperties = v.InferOutput<typeof layerFeaturePropertiesSchema>;
export type LayerFeature = Readonly<v.InferOutput<typeof layerFeatureSchema>>;
export type SourceQuote = Readonly<v.InferOutput<typeof quoteSchema>>;
export type DateReading = Readonly<v.InferOutput<typeof dateReadingSchema>>;
export type Count = Readonly<v.InferOutput<typeof countSchema>>;
export type CountMeasureField = Readonly<v.InferOutput<typeof countMeasureSchema>>;
export type CountClaim = Readonly<v.InferOutput<typeof countClaimSchema>>;
export type IncidentProperties = Readonly<v.InferOutput<typeof incidentPropertiesSchema>>;
export type Incident = Readonly<v.InferOutput<typeof incidentFeatureSchema>>;
export type SourceMeta = Readonly<v.InferOutput<typeof sourceMetaSchema>>;
