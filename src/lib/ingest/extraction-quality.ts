import type { Count, Incident, SourceQuote } from '../model/schema';

/** Recall and precision of one kind of fact. */
export interface QualityFigures {
  /** Distinct curated facts. */
  readonly curated: number;
  /** Curated facts a draft has too. */
  readonly recalled: number;
  readonly recall: number;
  /** Distinct draft facts. */
  readonly drafted: number;
  /** Draft facts a curated incident has too. */
  readonly correct: number;
  readonly precision: number;
  /** The curated facts no draft has, for the report. */
  readonly missed: readonly string[];
}

export interface ExtractionQuality {
  /** Every curated date reading (`date` and `otherDates`). */
  readonly dates: QualityFigures;
  /** Curated readings by a rule (not `inferred`), and draft readings by a rule. */
  readonly ruleDates: QualityFigures;
  readonly counts: QualityFigures;
  /** Counts with their measure: value, unit, kind, regions and the whole's value all alike. */
  readonly measures: QualityFigures;
  /** The incident's place (`place.feature`). */
  readonly places: QualityFigures;
  /** Drafts whose first quote overlaps a curated incident's main quote, and how many share its category. */
  readonly categories: { readonly compared: number; readonly agreed: number };
}

type Span = readonly [number, number];

/**
 * Measure draft incidents against curated ones from the same source. Facts are matched by
 * value and by where they are said, never by wording, so a draft that found the same fact in
 * the same sentence counts:
 *
 * - a curated date reading is recalled when a draft has a reading with the same value and
 *   precision whose quote overlaps the curated reading's quote; a draft reading is correct when
 *   a curated incident with a reading of that value and precision has a quote overlapping it;
 * - counts likewise, with the same unit and value;
 * - measures likewise, with the same `measureKey` (value, unit, kind, regions, the whole's value);
 * - a curated place is recalled when a draft whose quotes overlap the curated incident's main
 *   quotes (the first, and the one its date is in) has the same `place.feature`; a draft's place
 *   is correct when a curated incident with that feature has a quote overlapping the draft's
 *   first quote.
 *
 * Facts said in the same words at the same place are counted once.
 *
 * @example
 * extractionQuality(curated.incidents, drafts.map((d) => d.incident)).counts.recall // → 1
 */
export function extractionQuality(
  curated: readonly Incident[],
  drafts: readonly Incident[],
): ExtractionQuality {
  const dateFacts = (list: readonly Incident[], ruleOnly: boolean) =>
    list.flatMap((incident) =>
      [incident.properties.date, ...(incident.properties.otherDates ?? [])]
        .filter((r) => !ruleOnly || r.rule !== 'inferred')
        .map((r) => ({
          key: `${r.value} ${r.precision}`,
          label: `${r.value} (${r.precision}, ${r.rule}) “${r.basis}”`,
          span: spanOf(incident.properties.quotes[r.quote]),
          incident,
        })),
    );
  const countFacts = (list: readonly Incident[]) =>
    list.flatMap((incident) =>
      (incident.properties.counts ?? []).map((c) => ({
        key: `${c.value} ${c.unit}`,
        label: `${c.qualifier ? `${c.qualifier} ` : ''}${c.value} ${c.unit} “${c.basis}”`,
        span: spanOf(incident.properties.quotes[c.quote]),
        incident,
      })),
    );
  const measureFacts = (list: readonly Incident[]) =>
    list.flatMap((incident) => {
      const counts = incident.properties.counts ?? [];
      return counts.flatMap((c) =>
        c.measure
          ? [
              {
                key: measureKey(c, counts),
                label: `${measureKey(c, counts)} “${c.measure.words}”`,
                span: spanOf(incident.properties.quotes[c.quote]),
                incident,
              },
            ]
          : [],
      );
    });
  const placeFacts = (list: readonly Incident[]) =>
    list.flatMap((incident) => {
      const { place, quotes, date } = incident.properties;
      if (!place.feature) return [];
      const main = [spanOf(quotes[0]), spanOf(quotes[date.quote])];
      return main.map((span) => ({
        key: place.feature!,
        label: `${place.feature} for ${incident.id}`,
        span,
        incident,
      }));
    });

  const figures = (curatedFacts: Fact[], draftFacts: Fact[], draftsOf: Fact[]): QualityFigures => {
    const c = distinct(curatedFacts);
    const d = distinct(draftFacts);
    const recalledKeys = new Set(
      curatedFacts
        .filter((cf) => draftsOf.some((df) => df.key === cf.key && overlaps(df.span, cf.span)))
        .map(id),
    );
    const missed = c.filter((f) => !recalledKeys.has(id(f)));
    const correct = d.filter((df) =>
      curatedFacts.some(
        (cf) =>
          cf.key === df.key &&
          cf.incident.properties.quotes.some((q) => overlaps(spanOf(q), df.span)),
      ),
    );
    const recalled = c.length - missed.length;
    return {
      curated: c.length,
      recalled,
      recall: ratio(recalled, c.length),
      drafted: d.length,
      correct: correct.length,
      precision: ratio(correct.length, d.length),
      missed: missed.map((f) => `${f.label} at ${f.span[0]}–${f.span[1]}`),
    };
  };

  // Places: one fact per curated incident, recalled through either of its main quotes.
  const curatedPlaces = placeFacts(curated);
  const draftPlaces = drafts.flatMap((incident) =>
    incident.properties.place.feature
      ? [
          {
            key: incident.properties.place.feature,
            label: incident.id,
            span: spanOf(incident.properties.quotes[0]),
            incident,
          },
        ]
      : [],
  );
  const draftPlaceSpans = drafts.flatMap((incident) =>
    incident.properties.quotes.map((q) => ({
      key: incident.properties.place.feature ?? '',
      label: incident.id,
      span: spanOf(q),
      incident,
    })),
  );
  const placeIncidents = [...new Set(curatedPlaces.map((f) => f.incident))];
  const missedPlaces = placeIncidents.filter(
    (incident) =>
      !curatedPlaces
        .filter((f) => f.incident === incident)
        .some((cf) =>
          draftPlaceSpans.some((df) => df.key === cf.key && overlaps(df.span, cf.span)),
        ),
  );
  const correctPlaces = draftPlaces.filter((df) =>
    curated.some(
      (c) =>
        c.properties.place.feature === df.key &&
        c.properties.quotes.some((q) => overlaps(spanOf(q), df.span)),
    ),
  );

  let compared = 0;
  let agreed = 0;
  for (const draft of drafts) {
    const span = spanOf(draft.properties.quotes[0]);
    const match = curated.find((c) => {
      const { quotes, date } = c.properties;
      return overlaps(spanOf(quotes[0]), span) || overlaps(spanOf(quotes[date.quote]), span);
    });
    if (!match) continue;
    compared += 1;
    if (match.properties.category === draft.properties.category) agreed += 1;
  }

  return {
    dates: figures(dateFacts(curated, false), dateFacts(drafts, false), dateFacts(drafts, false)),
    ruleDates: figures(dateFacts(curated, true), dateFacts(drafts, true), dateFacts(drafts, false)),
    counts: figures(countFacts(curated), countFacts(drafts), countFacts(drafts)),
    measures: figures(measureFacts(curated), measureFacts(drafts), measureFacts(drafts)),
    places: {
      curated: placeIncidents.length,
      recalled: placeIncidents.length - missedPlaces.length,
      recall: ratio(placeIncidents.length - missedPlaces.length, placeIncidents.length),
      drafted: draftPlaces.length,
      correct: correctPlaces.length,
      precision: ratio(correctPlaces.length, draftPlaces.length),
      missed: missedPlaces.map((i) => `${i.properties.place.feature} for ${i.id}`),
    },
    categories: { compared, agreed },
  };
}

interface Fact {
  readonly key: string;
  readonly label: string;
  readonly span: Span;
  readonly incident: Incident;
}

function id(f: Fact): string {
  return `${f.key}@${f.span[0]}-${f.span[1]}`;
}

function distinct(facts: readonly Fact[]): Fact[] {
  const seen = new Map<string, Fact>();
  for (const f of facts) if (!seen.has(id(f))) seen.set(id(f), f);
  return [...seen.values()];
}

function spanOf(quote: SourceQuote | undefined): Span {
  return quote ? [quote.start, quote.end] : [-1, -1];
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

function ratio(n: number, of: number): number {
  return of === 0 ? 1 : Math.round((n / of) * 1000) / 1000;
}

/**
 * A count's measure as one comparable string: value, unit, kind, the regions named and the
 * value of the whole it is part of; what dispatch fixtures list as their curated measures.
 *
 * @example
 * measureKey(counts[2], counts) // → '4 aircraft aircraft-median-or-adiz southwest of 18'
 */
export function measureKey(count: Count, counts: readonly Count[]): string {
  const m = count.measure;
  if (!m) return `${count.value} ${count.unit}`;
  const regions = m.regions ? ` ${m.regions.join(' ')}` : '';
  const whole = m.of === undefined ? '' : ` of ${counts[m.of]?.value ?? '?'}`;
  return `${count.value} ${count.unit} ${m.kind}${regions}${whole}`;
}

/**
 * Recall and precision of drafted measures against curated ones given as `measureKey` strings
 * (a dispatch fixture's list), each matched at most once.
 *
 * @example
 * measureQuality(['13 aircraft aircraft-detected'], ['13 aircraft aircraft-detected', '3 ships navy-vessels'])
 * // → { curated: 1, recalled: 1, recall: 1, drafted: 2, correct: 1, precision: 0.5, missed: [] }
 */
export function measureQuality(
  curated: readonly string[],
  drafted: readonly string[],
): QualityFigures {
  const left = [...drafted];
  const missed: string[] = [];
  for (const key of curated) {
    const at = left.indexOf(key);
    if (at < 0) missed.push(key);
    else left.splice(at, 1);
  }
  const recalled = curated.length - missed.length;
  return {
    curated: curated.length,
    recalled,
    recall: ratio(recalled, curated.length),
    drafted: drafted.length,
    correct: recalled,
    precision: ratio(recalled, drafted.length),
    missed,
  };
}

/**
 * Figures of several texts (or fixtures) summed (recall and precision over all their facts).
 *
 * @example
 * sumQuality([a.counts, b.counts]).recall // → 0.96
 */
export function sumQuality(list: readonly QualityFigures[]): QualityFigures {
  const total = (k: 'curated' | 'recalled' | 'drafted' | 'correct') =>
    list.reduce((n, f) => n + f[k], 0);
  return {
    curated: total('curated'),
    recalled: total('recalled'),
    recall: ratio(total('recalled'), total('curated')),
    drafted: total('drafted'),
    correct: total('correct'),
    precision: ratio(total('correct'), total('drafted')),
    missed: list.flatMap((f) => f.missed),
  };
}
