import type { Count } from '../model/schema';
import type { CountDated } from '../model/vocabulary';
import type { CountFinding } from './extract-counts';

/** One sentence of a draft incident (quote `i` is sentence `i`), with the figures found in it. */
export interface DraftCountSentence {
  readonly text: string;
  readonly counts: readonly CountFinding[];
  /** The sentence dates its figures by MND's reporting window (`saysReportWindow`). */
  readonly reportWindow: boolean;
}

/** Where the incident's date was read: its quote, where its words end, and how it was read. */
export interface DraftCountDate {
  readonly quote: number;
  readonly end: number;
  /** The words follow a reporting verb ("said on Monday"). */
  readonly reported: boolean;
  /** Read by a stated inference rather than a rule ("the last day of the exercises"). */
  readonly inferred: boolean;
}

/**
 * The counts of a draft incident, in the order of its sentences, each with its quote index; a
 * part's measure names its whole (`of`: the count it names, "153" in "111 out of 153 aircraft",
 * or the latest earlier count of its unit at least as large), and a whole said again in a part
 * ("out of 153 aircraft") is not counted twice. A measure MND reports says how the count's date
 * relates to the reporting window (`dated`): `report` when the sentence says the window ("up
 * until 6 a.m.", "in the 24 hours to 6 a.m."), or when the date is the day the ministry said it
 * ("said on Monday", "On Monday, the ministry said it had detected …"); else `activity` (the
 * date is the day of the activity: "were operating near the island on Saturday"). A part is
 * dated as its whole.
 *
 * @example
 * draftCounts([{ text, counts: extractCounts(text).counts, reportWindow: true }], undefined)
 * // → [{ unit: 'aircraft', value: 12, …, measure: { kind: 'aircraft-detected', …, dated: 'report' } }, …]
 */
export function draftCounts(
  sentences: readonly DraftCountSentence[],
  date: DraftCountDate | undefined,
): Count[] {
  const counts: Count[] = [];
  sentences.forEach((sentence, quote) => {
    const at: number[] = [];
    for (const finding of sentence.counts) {
      const { count } = finding;
      const same = counts.findIndex((c) => c.unit === count.unit && c.value === count.value);
      if (finding.repeats && same >= 0) {
        at.push(same);
        continue;
      }
      at.push(counts.length);
      const dated = datedOf(sentence, quote, finding, date);
      const { unit, value, qualifier, basis, what, measure, claim } = count;
      counts.push({
        unit,
        value,
        ...(qualifier ? { qualifier } : {}),
        basis,
        quote,
        what,
        ...(measure
          ? {
              measure: {
                ...measure,
                ...(measure.kind === 'troops-taking-part' ? {} : { dated }),
              },
            }
          : {}),
        ...(claim ? { claim } : {}),
      });
    }
    // Parts, once their wholes (which may come after them: "111 out of 153") are in place.
    sentence.counts.forEach((finding, i) => {
      const part = finding.part;
      const index = at[i]!;
      const count = counts[index]!;
      if (!part || !count.measure) return;
      const candidates = counts.map((c, j) => ({ c, j })).filter(({ j }) => j !== index);
      const named = sentence.counts.findIndex((c) => c.start === part.wholeStart);
      const whole =
        named >= 0
          ? at[named]
          : part.value !== undefined
            ? candidates.findLast(({ c }) => c.unit === count.unit && c.value === part.value)?.j
            : candidates.findLast(
                ({ c, j }) => j < index && c.unit === count.unit && c.value >= count.value,
              )?.j;
      if (whole === undefined) return;
      counts[index] = partOfWhole(count, whole, counts);
    });
    // MND's formula: the sorties that crossed the median line or entered the ADIZ are some of
    // the aircraft detected, said in a sentence of their own ("26 sorties crossed the median line
    // …", "Ten sorties crossed …") as often as with "of which". A crossing figure with no whole is
    // a part of the latest earlier figure of aircraft detected at least as large.
    sentence.counts.forEach((finding, i) => {
      const index = at[i]!;
      const count = counts[index]!;
      if (finding.part || count.measure?.kind !== 'aircraft-median-or-adiz') return;
      if (count.measure.of !== undefined) return;
      const whole = counts.findLastIndex(
        (c, j) =>
          j < index &&
          c.unit === 'aircraft' &&
          c.measure?.kind === 'aircraft-detected' &&
          c.value >= count.value,
      );
      if (whole >= 0) counts[index] = partOfWhole(count, whole, counts);
    });
  });
  return counts;
}

/** The count as a part of `counts[whole]`: its measure names the whole and is dated as it is. */
function partOfWhole(count: Count, whole: number, counts: readonly Count[]): Count {
  if (!count.measure) return count;
  const dated = counts[whole]!.measure?.dated ?? count.measure.dated;
  const { kind, words, regions } = count.measure;
  return {
    ...count,
    measure: {
      kind,
      words,
      ...(regions ? { regions } : {}),
      of: whole,
      ...(dated ? { dated } : {}),
    },
  };
}

function datedOf(
  sentence: DraftCountSentence,
  quote: number,
  finding: CountFinding,
  date: DraftCountDate | undefined,
): CountDated {
  if (sentence.reportWindow || date?.reported) return 'report';
  if (
    date &&
    !date.inferred &&
    date.quote === quote &&
    date.end <= finding.start &&
    /\b(?:said|says|reported|announced)\b/.test(sentence.text.slice(date.end, finding.start))
  )
    return 'report';
  return 'activity';
}
