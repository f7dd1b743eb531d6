import * as v from 'valibot';
import { formatDateReading } from '../model/format-date-reading';
import { incidentIssues } from '../model/incident-issues';
import {
  type Count,
  type DateReading,
  type Incident,
  incidentFeatureSchema,
  type LayerFeature,
  type SourceMeta,
  type SourceQuote,
} from '../model/schema';
import { CATEGORY_LABELS } from '../model/vocabulary';
import { chainDates, EMPTY_CHAIN } from './chain-dates';
import { choosePlace } from './choose-place';
import { clauseSpans } from './clause-spans';
import { datedFeature } from './dated-feature';
import { draftCounts } from './draft-counts';
import { extractCounts } from './extract-counts';
import { extractDates } from './extract-dates';
import type { ExtractionNote } from './extraction-note';
import { featureAnchor } from './feature-anchor';
import type { Gazetteer } from './gazetteer-schema';
import { guessCategory } from './guess-category';
import { type GazetteerMatch, matchGazetteer } from './match-gazetteer';
import { sentenceTense } from './sentence-tense';
import { shipNames } from './ship-names';
import { type Sentence, splitSentences } from './split-sentences';

export interface ExtractionInput {
  /** The source's metadata; `id` names the quotes' source and the drafts' ids. */
  readonly source: SourceMeta;
  /** The source text, exactly as stored. */
  readonly text: string;
  readonly gazetteer: Gazetteer;
  /** The layer features by layer id, as `buildModel` gives them. */
  readonly layers: ReadonlyMap<string, readonly LayerFeature[]>;
}

/** A draft incident and how sure the extractor is of it (0–1; see docs/ingest.md). */
export interface Draft {
  readonly incident: Incident;
  readonly confidence: number;
}

export interface Extraction {
  readonly drafts: readonly Draft[];
  /** What was seen and not used, at offsets into the source text. */
  readonly notes: readonly ExtractionNote[];
}

interface Analysis {
  readonly sentence: Sentence;
  readonly dates: ReturnType<typeof extractDates>['dates'];
  readonly counts: ReturnType<typeof extractCounts>['counts'];
  readonly reportWindow: boolean;
  readonly matches: readonly GazetteerMatch[];
  /** The words of the sentence the incident is about, when only part of it (a prior event). */
  readonly focus?: readonly [number, number];
}

/** A sentence that refers back to the one before: it belongs to the same incident. */
const ANAPHOR =
  /^["“‘']?(?:It|They|This|These|Those|The (?:same )?(?:ship|ships|vessel|vessels|aircraft|destroyer|warship|warships|planes|jets|drills|exercises)|Of (?:these|them|those|which)|Out of (?:which|these|those|them)|Among (?:them|which|these|those)|Including|[\p{L}\p{N}-]+ of (?:the|them|these|those|which))\b/u;

/**
 * Turn a source text into draft incidents, each valid under `incidentFeatureSchema` and
 * passing `incidentIssues`. Pure: no files, no network; the browser can run it too.
 *
 * The rules, in order (docs/ingest.md says more):
 * 1. The text is cut into sentences (`splitSentences`); a sentence repeated later (quotation
 *    marks aside, as a caption shown twice) is left out with a note.
 * 2. A sentence with a date (`extractDates`) starts an incident. A sentence without one joins
 *    the incident of the sentence before it when it is in the same paragraph or begins by
 *    referring back ("It", "The ship", "Four of the aircraft"), unless it tells a further event
 *    ("It also later sanctioned …"). Dates said by reference to an earlier sentence ("That same
 *    day") are read by `chainDates`. Otherwise it starts an undated
 *    incident when it gives a figure, or when it is in the past tense, has a cue for a category
 *    other than `statement` and names a place or an actor; else it is not an incident. A single
 *    sentence dating events in different clauses gives one incident per clause (`facets`).
 * 3. Each incident quotes its sentences at their offsets. Its date is the first reading that is
 *    not just the day something was said, then the others (`otherDates`). An undated incident is
 *    dated by its tense: on or before publication (past) or the week of publication (present);
 *    the future gives no date and no incident.
 * 4. Counts come from `extractCounts`, places and actors from `matchGazetteer` and
 *    `choosePlace`, refined by `datedFeature`; with no place named, an actor's place stands in,
 *    else the place of the sentence before (quoted too); else the incident is left out with a
 *    note. The point is `featureAnchor` of the place's feature.
 * 5. The category is `guessCategory` of the sentences; the confidence and the reasons go into
 *    the note ("Draft (confidence 0.72): …"), as the schema has no field for them. Each draft is
 *    parsed with `incidentFeatureSchema` and checked with `incidentIssues`; one that fails is
 *    left out with a note (the tests prove none does on the seed and the fixtures).
 *
 * @example
 * const { drafts, notes } = extractIncidents({ source, text, gazetteer, layers: model.layers });
 * drafts[0]?.incident.properties.date // → { value: '2023-04-15', rule: 'weekday', … }
 */
export function extractIncidents(input: ExtractionInput): Extraction {
  const { source, text } = input;
  const features = new Map<string, LayerFeature>();
  for (const [layerId, list] of input.layers)
    for (const f of list) features.set(`${layerId}/${f.id}`, f);
  const notes: ExtractionNote[] = [];
  const shifted = (sentence: Sentence, list: readonly ExtractionNote[]) =>
    list.map((n) => ({ ...n, start: n.start + sentence.start, end: n.end + sentence.start }));

  // 1–2: sentences into groups, each group one incident.
  const groups: { sentences: Analysis[]; context: Analysis | undefined }[] = [];
  const seen = new Map<string, number>();
  let last: Analysis | undefined;
  let previous: Analysis[] | undefined;
  let previousParagraph = -1;
  let chain = EMPTY_CHAIN;
  for (const sentence of splitSentences(text)) {
    // Captions repeated with other quotation marks are still repeats.
    const key = sentence.text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
    const earlier = seen.get(key);
    if (earlier !== undefined && sentence.text.length > 20) {
      notes.push({
        start: sentence.start,
        end: sentence.end,
        words: sentence.text,
        reason: `repeats the sentence at ${earlier} (quotation marks aside), so it is left out`,
      });
      continue;
    }
    seen.set(key, sentence.start);
    const found = extractDates(sentence.text, source.published);
    const dates = chainDates(sentence.text, found.dates, chain);
    chain = dates.chain;
    const counts = extractCounts(sentence.text);
    notes.push(
      ...shifted(sentence, found.notes),
      ...shifted(sentence, dates.notes),
      ...shifted(sentence, counts.notes),
    );
    const analysis: Analysis = {
      sentence,
      dates: dates.dates,
      counts: counts.counts,
      reportWindow: counts.reportWindow,
      matches: matchGazetteer(sentence.text, input.gazetteer),
    };
    const follows =
      previous !== undefined &&
      (sentence.paragraph === previousParagraph ||
        ANAPHOR.test(sentence.text) ||
        namesShipOf(sentence.text, previous)) &&
      !isSequel(sentence.text);
    previousParagraph = sentence.paragraph;
    if (analysis.dates.length > 0 || (!follows && startsUndated(analysis))) {
      previous = [analysis];
      groups.push({ sentences: previous, context: last });
    } else if (follows) {
      previous!.push(analysis);
    } else {
      previous = undefined;
    }
    last = analysis;
  }

  // 3–5: each group into a draft incident, checked as the model would check it.
  const sources = new Map([[source.id, { meta: source, text }]]);
  const drafts: Draft[] = [];
  for (const { sentences: whole, context } of groups) {
    for (const { sentences: group, split } of facets(whole, features)) {
      const built = buildDraft(group, context, input, features, drafts.length + 1, split);
      if ('reason' in built) {
        const first = group[0]!.sentence;
        notes.push({ start: first.start, end: first.end, words: first.text, reason: built.reason });
        continue;
      }
      const parsed = v.safeParse(incidentFeatureSchema, built.incident);
      const problems = parsed.success
        ? incidentIssues('draft', parsed.output, sources)
        : parsed.issues.map((i) => ({ reason: i.message }));
      if (problems.length > 0) {
        const first = group[0]!.sentence;
        notes.push({
          start: first.start,
          end: first.end,
          words: first.text,
          reason: `the draft failed the model's checks (${problems.map((p) => p.reason).join('; ')}), so it is left out`,
        });
        continue;
      }
      drafts.push(built);
    }
  }
  return { drafts, notes: notes.sort((a, b) => a.start - b.start) };
}

/**
 * One sentence that dates events in different clauses ("Li's trip – which will last until April
 * 19 – comes after a visit to Moscow last month, and when G7 diplomats arrived in Karuizawa on
 * Sunday") tells several events: one incident for each clause's date, with the places and
 * figures of its clause (or, for the place, of the nearest clause before or after that names
 * one). A date of an earlier event the sentence mentions (`prior`: "in response to her recent
 * visit") is always an incident of its own, placed from the words after it. Other groups stay
 * whole.
 */
function facets(
  group: Analysis[],
  features: ReadonlyMap<string, LayerFeature>,
): { sentences: Analysis[]; split?: { n: number; of: number } }[] {
  const priors = group.flatMap((a) => a.dates.filter((d) => d.prior).map((d) => ({ a, d })));
  const main =
    priors.length === 0
      ? group
      : group.map((a) => ({ ...a, dates: a.dates.filter((d) => !d.prior) }));
  const own = clauseFacets(main, features);
  if (priors.length === 0) return own.map((sentences) => ({ sentences }));
  const all = [
    ...own,
    ...priors.map(({ a, d }) => {
      const clauses = clauseSpans(a.sentence.text);
      const clause = clauses.find(([s, e]) => d.start >= s && d.start < e) ?? [
        0,
        a.sentence.text.length,
      ];
      const after = a.matches.filter((m) => m.start >= d.start);
      return [
        {
          ...a,
          dates: [d],
          focus: [d.start, clause[1]] as const,
          counts: a.counts.filter((c) => c.start >= d.start && c.start < clause[1]),
          matches: choosePlace(after, features)?.how === 'named' ? after : a.matches,
        },
      ];
    }),
  ];
  return all.map((sentences, i) => ({ sentences, split: { n: i + 1, of: all.length } }));
}

/** The per-clause incidents of a single sentence with dates in several clauses (see `facets`). */
function clauseFacets(
  group: Analysis[],
  features: ReadonlyMap<string, LayerFeature>,
): Analysis[][] {
  const a = group[0]!;
  if (group.length !== 1) return [group];
  const clauses = clauseSpans(a.sentence.text);
  const clauseOf = (at: number) => clauses.findIndex(([s, e]) => at >= s && at < e);
  const events = a.dates.filter((d) => !d.reported);
  const byClause = new Map<number, (typeof events)[number][]>();
  for (const d of events)
    byClause.set(clauseOf(d.start), [...(byClause.get(clauseOf(d.start)) ?? []), d]);
  if (byClause.size < 2 || new Set(events.map((d) => d.reading.value)).size < 2) return [group];
  const reported = a.dates.filter((d) => d.reported);
  return [...byClause].map(([k, dates]) => {
    const own = a.matches.filter((m) => clauseOf(m.start) === k);
    const nearest = [k, ...clauses.keys()]
      .filter((j, at, all) => all.indexOf(j) === at)
      .sort((x, y) => Math.abs(x - k) - Math.abs(y - k) || y - x)
      .map((j) => a.matches.filter((m) => clauseOf(m.start) === j))
      .find((m) => choosePlace(m, features)?.how === 'named');
    const matches = nearest ? [...new Set([...own, ...nearest])] : a.matches;
    return [
      {
        ...a,
        dates: [...dates, ...reported],
        counts: a.counts.filter((c) => clauseOf(c.start) === k),
        matches: [...matches].sort((x, y) => x.start - y.start),
      },
    ];
  });
}

/**
 * A sentence that begins with a ship the incident before named ("The Mustin conducted the routine
 * transit …" after "USS Mustin (DDG 89) conducted a routine Taiwan Strait transit Aug. 18"): it
 * tells more of the same event.
 */
function namesShipOf(text: string, group: readonly Analysis[]): boolean {
  return group.some(({ sentence }) =>
    shipNames(sentence.text).some(({ name }) =>
      new RegExp(`^(?:The\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text),
    ),
  );
}

/**
 * A sentence that tells a further event of the same actor ("It also later sanctioned …"):
 * it refers back, but starts an incident of its own.
 */
function isSequel(text: string): boolean {
  return (
    /^\S+(?:\s+also)?\s+(?:later|subsequently|afterwards)\b/i.test(text) &&
    sentenceTense(text)?.tense === 'past'
  );
}

function startsUndated(a: Analysis): boolean {
  if (a.counts.length > 0) return true;
  const tense = sentenceTense(a.sentence.text);
  const category = guessCategory(a.sentence.text);
  return (
    tense?.tense === 'past' &&
    category.category !== 'statement' &&
    category.score >= 1 &&
    a.matches.length > 0
  );
}

function buildDraft(
  group: readonly Analysis[],
  context: Analysis | undefined,
  input: ExtractionInput,
  features: ReadonlyMap<string, LayerFeature>,
  n: number,
  split?: { n: number; of: number },
): Draft | { reason: string } {
  const { source } = input;
  const quotes: SourceQuote[] = group.map(({ sentence }) => ({
    source: source.id,
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
  }));

  // Dates: what the sentences date first, what they only say was said last.
  const found = group.flatMap((a, quote) => a.dates.map((d) => ({ ...d, quote })));
  const ordered = [
    ...found.filter((d) => !d.reported && d.reading.rule !== 'inferred'),
    ...found.filter((d) => !d.reported && d.reading.rule === 'inferred'),
    ...found.filter((d) => d.reported),
  ];
  const readings: DateReading[] = [];
  for (const d of ordered) {
    const { value, precision, rule, basis, resolution } = d.reading;
    const reading = { value, precision, rule, basis, quote: d.quote, resolution };
    if (!readings.some((r) => r.value === reading.value && r.basis === reading.basis))
      readings.push(reading);
  }
  let dateFrom: 'rule' | 'words' | 'tense' = 'rule';
  if (readings.length === 0) {
    const first = group[0]!.sentence;
    const tense = sentenceTense(first.text);
    if (!tense || tense.tense === 'future')
      return { reason: 'undated and about the future (or without a verb), so no incident' };
    const basis = first.text.slice(tense.start, tense.end);
    readings.push(
      tense.tense === 'past'
        ? {
            value: source.published,
            precision: 'before',
            rule: 'inferred',
            basis,
            quote: 0,
            resolution: `Undated, and told in the past tense (“${basis}”) in a source published ${formatDateReading({ value: source.published, precision: 'day' })} → on or before then.`,
          }
        : {
            value: mondayOf(source.published),
            precision: 'week',
            rule: 'inferred',
            basis,
            quote: 0,
            resolution: `Undated, and told in the present tense (“${basis}”) in a source published ${formatDateReading({ value: source.published, precision: 'day' })} → under way in the week of publication.`,
          },
    );
    dateFrom = 'tense';
  } else if (readings[0]!.rule === 'inferred') {
    dateFrom = 'words';
  }
  const [date, ...otherDates] = readings as [DateReading, ...DateReading[]];

  const first = ordered[0];
  const counts: Count[] = draftCounts(
    group.map((a) => ({ text: a.sentence.text, counts: a.counts, reportWindow: a.reportWindow })),
    first && {
      quote: first.quote,
      end: first.end,
      reported: first.reported,
      inferred: first.reading.rule === 'inferred',
    },
  );
  const matches = group.flatMap((a) =>
    a.matches.map((m) => ({
      ...m,
      start: m.start + a.sentence.start,
      end: m.end + a.sentence.start,
    })),
  );
  let place = choosePlace(matches, features);
  // No place and no actor with one: the sentence before may name the place (it is then quoted).
  const fromContext = !place && context ? choosePlace(context.matches, features) : undefined;
  if (fromContext?.how === 'named') {
    place = fromContext;
    quotes.push({
      source: source.id,
      start: context!.sentence.start,
      end: context!.sentence.end,
      text: context!.sentence.text,
    });
  }
  if (!place) return { reason: 'names no place, nor does the sentence before, so no incident' };
  const placeFrom = fromContext ? 'context' : place.how;
  const named = place;
  const dated =
    placeFrom === 'named' && date.precision === 'day'
      ? datedFeature(place.ref, date.value, input.layers)
      : undefined;
  if (dated) place = { ...place, ...dated };
  // Ships named with their hull numbers are actors too ("USS Chung-Hoon (DDG 93)").
  const actors = [
    ...new Set([
      ...group.flatMap((a) => shipNames(a.sentence.text).map((ship) => ship.actor)),
      ...matches.flatMap((m) => (m.entry.target.actor ? [m.entry.target.actor] : [])),
    ]),
  ];
  // A prior event's category comes from its own words where they have a cue.
  const focus = group.length === 1 ? group[0]!.focus : undefined;
  const focused = focus && guessCategory(group[0]!.sentence.text.slice(focus[0], focus[1]));
  const category =
    focused && focused.score > 0
      ? focused
      : guessCategory(group.map((a) => a.sentence.text).join(' '));
  const isPoint = place.feature.geometry.type === 'Point';
  const region = placeFrom !== 'named' || place.match.entry.region === true || !isPoint;
  // Days the sentences date things on; the day something was said is not another event.
  const distinctDays = new Set(found.filter((d) => !d.reported).map((d) => d.reading.value)).size;

  const confidence = round2(
    Math.min(
      0.95,
      Math.max(
        0.05,
        0.1 +
          { rule: 0.35, words: 0.2, tense: 0.05 }[dateFrom] -
          (dateFrom === 'rule' && found.every((d) => d.reported) ? 0.05 : 0) +
          (placeFrom !== 'named' ? 0.05 : region ? 0.2 : 0.3) +
          (counts.length > 0 ? 0.1 : 0) +
          (category.score >= 2 ? 0.15 : category.score >= 1 ? 0.1 : 0) -
          (distinctDays > 1 ? 0.1 : 0),
      ),
    ),
  );

  const placeName = place.match.entry.names[0]!;
  const placeNote = [
    {
      named: dated
        ? `The source says “${place.match.text}” (${named.feature.properties.name}); shown at ${place.feature.properties.name}, the feature of that layer for the incident's day.`
        : `The source says “${place.match.text}”; shown at ${place.feature.properties.name}.`,
      actor: `No place is named; shown at ${place.feature.properties.name}, standing for ${place.match.entry.target.actor}.`,
      context: `No place is named; the sentence before (the last quote) says “${place.match.text}”, shown at ${place.feature.properties.name}.`,
    }[placeFrom],
    dated ? undefined : place.match.entry.note,
    isPoint ? undefined : 'The point is a point on the feature, not a reported position.',
    place.others.length > 0
      ? `Other places named: ${[...new Set(place.others.map((m) => m.text))].join(', ')}.`
      : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  // Parts ("four of which …") are in their wholes.
  const countWords = counts
    .filter((c) => c.measure?.of === undefined)
    .map((c) => `${c.value} ${c.unit}`)
    .join(', ');
  const note = [
    `Draft (confidence ${confidence.toFixed(2)}):`,
    category.score > 0
      ? `category “${category.category}” guessed from ${category.cues.map((c) => `“${c}”`).join(', ')};`
      : 'no category cue, so “statement”;',
    `date from ${{ rule: 'a date rule', words: 'words read by inference', tense: 'the tense only' }[dateFrom]};`,
    `place ${{ named: 'named', actor: 'stands in for an actor', context: 'from the sentence before' }[placeFrom]} (${place.ref}).`,
    split
      ? `One of ${split.of} incidents read from one sentence that dates events in ${split.of} clauses (this is number ${split.n}).`
      : undefined,
    distinctDays > 1
      ? `The sentences give ${distinctDays} different dates: they may tell more than one event.`
      : undefined,
    'Review before moving it to geodata/incidents/.',
  ]
    .filter(Boolean)
    .join(' ');

  const id = `${source.id}-draft-${String(n).padStart(2, '0')}`;
  const incident: Incident = {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: featureAnchor(place.feature) },
    properties: {
      id,
      title: `${CATEGORY_LABELS[category.category]}: ${placeName}${countWords ? ` (${countWords})` : ''}`,
      category: category.category,
      date,
      ...(otherDates.length > 0 ? { otherDates } : {}),
      actors,
      place: {
        name: placeName,
        precision: region ? 'schematic' : place.feature.properties.precision,
        feature: place.ref,
        note: placeNote,
      },
      ...(counts.length > 0 ? { counts } : {}),
      quotes,
      note,
    },
  };
  return { incident, confidence };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function mondayOf(iso: string): string {
  const day = new Date(`${iso}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}
